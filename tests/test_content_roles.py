"""Every content type, with real accounts: an Editor opens, adds and changes it; a Publisher
also publishes, withdraws and deletes; an Editor cannot publish or delete. No superuser."""

from collections.abc import Callable
from dataclasses import dataclass
from datetime import date

import pytest
from django.apps import apps
from django.contrib import admin
from django.contrib.auth.models import Group
from django.urls import reverse

from portal.content.admin import ContentAdmin, PublishableAdmin
from portal.directory.models import ContactPoint, DirectorySettings, Organisation
from portal.guides.models import FAQEntry, Guide, PlanStep, QuickExitSettings, Step, StepLink
from portal.pages.models import Page
from portal.seminars.models import Article, Event, Speaker, Talk, Topic
from tests import content_factories as make
from tests.admin_forms import form_data
from tests.editors_helpers import logged_in, staff_user

pytestmark = pytest.mark.django_db


@dataclass
class Case:
    model: type
    make: Callable
    field: str  # a form field to change...
    changed: Callable  # ...and where the change lands: obj -> the value saved

    def __str__(self):
        return self.model._meta.model_name


def translated(name):
    return lambda obj: getattr(obj, name)


CASES = [
    # The event form carries its talks: the change goes to a talk (an inline child).
    Case(Event, make.event, "talks-0-title_en", lambda obj: obj.talks.get().title_en),
    Case(Speaker, make.speaker, "role_en", translated("role_en")),
    Case(Topic, make.topic, "description_en", translated("description_en")),
    Case(Article, make.article, "summary_en", translated("summary_en")),
    Case(Page, make.page, "summary_en", translated("summary_en")),
    Case(Guide, make.guide, "steps-0-title_en", lambda obj: obj.steps.get().title_en),
    # The step form carries its links (inlines cannot nest under the guide).
    Case(Step, make.step, "links-0-label_en", lambda obj: obj.links.get().label_en),
    Case(FAQEntry, make.faq_entry, "topic_en", translated("topic_en")),
    Case(PlanStep, make.plan_step, "title_en", translated("title_en")),
    Case(QuickExitSettings, make.quick_exit, "exit_url", translated("exit_url")),
    # The organisation form carries its contact points.
    Case(
        Organisation,
        make.organisation,
        "contact_points-0-label_en",
        lambda obj: obj.contact_points.get().label_en,
    ),
    Case(DirectorySettings, make.directory_settings, "editors_email", translated("editors_email")),
]
NEW_VALUES = {"exit_url": "https://example.org/weather", "editors_email": "desk@example.org"}
PUBLISHABLE = [
    case
    for case in CASES
    if issubclass(admin.site.get_model_admin(case.model).__class__, PublishableAdmin)
]
# Edited only inside their parent's form, with the parent's permissions checked too.
INLINE_CHILDREN = [Talk, StepLink, ContactPoint, Step]


def admin_url(model, view, *args):
    meta = model._meta
    return reverse(f"admin:{meta.app_label}_{meta.model_name}_{view}", args=args)


@pytest.fixture
def editor(client, django_user_model):
    return logged_in(client, staff_user(django_user_model, "editor", "Editors"))


@pytest.fixture
def publisher(client, django_user_model):
    return logged_in(client, staff_user(django_user_model, "publisher", "Publishers"))


def test_every_content_admin_uses_the_shared_workflow():
    for case in CASES:
        assert admin.site.is_registered(case.model)
        assert isinstance(admin.site.get_model_admin(case.model), ContentAdmin), case
    assert {str(case) for case in PUBLISHABLE} == {
        "event", "speaker", "topic", "article", "page", "guide", "faqentry", "planstep",
        "organisation",
    }  # fmt: skip


def test_every_content_model_says_whether_it_is_live_and_children_name_their_parent():
    guide = make.guide()
    step = guide.steps.get()
    link = step.links.get()
    assert not guide.is_live() and not step.is_live() and not link.is_live()
    guide.status = Guide.Status.PUBLISHED
    guide.save()
    step = Step.objects.get(pk=step.pk)
    assert step.review_parent() == guide and step.is_live()
    assert StepLink.objects.get(pk=link.pk).review_parent() == step
    assert StepLink.objects.get(pk=link.pk).is_live()
    assert make.quick_exit().is_live() and make.directory_settings().is_live()
    event = make.event()
    assert event.talks.get().review_parent() == event
    organisation = make.organisation()
    assert organisation.contact_points.get().review_parent() == organisation
    assert ContactPoint.REVIEW_SENSITIVE_FIELDS == ("value",)
    assert Organisation.REVIEW_SENSITIVE_FIELDS == ("address", "website")
    assert StepLink.REVIEW_SENSITIVE_FIELDS == ("url",)


def test_groups_hold_every_content_permission_and_nothing_over_accounts():
    editors = Group.objects.get(name="Editors").permissions
    publishers = Group.objects.get(name="Publishers").permissions
    for model in [case.model for case in CASES] + INLINE_CHILDREN:
        meta = model._meta
        codes = {f"{action}_{meta.model_name}" for action in ("add", "change", "view")}
        assert codes <= set(
            editors.filter(content_type__app_label=meta.app_label).values_list(
                "codename", flat=True
            )
        ), model
        publisher_codes = set(
            publishers.filter(content_type__app_label=meta.app_label).values_list(
                "codename", flat=True
            )
        )
        assert (
            codes | {f"delete_{meta.model_name}", f"publish_{meta.model_name}"} <= publisher_codes
        ), model
        assert f"publish_{meta.model_name}" in [code for code, _name in meta.permissions]
    for group in (editors, publishers):
        assert not group.filter(
            content_type__app_label__in=["auth", "otp_totp", "otp_static", "django_otp"]
        ).exists()
    assert not editors.filter(codename__startswith="delete_").exists()
    assert not editors.filter(codename__startswith="publish_").exists()
    assert set(
        editors.filter(content_type__model="contactchangelog").values_list("codename", flat=True)
    ) == {"view_contactchangelog"}


@pytest.mark.parametrize("case", CASES, ids=str)
def test_editor_opens_adds_and_changes(editor, case):
    obj = case.make()
    assert editor.get(admin_url(case.model, "changelist")).status_code == 200
    add = editor.get(admin_url(case.model, "add"))
    # Settings are one row: "add" is offered only while there is none.
    singleton = case.model in (QuickExitSettings, DirectorySettings)
    assert add.status_code == (403 if singleton else 200)
    url = admin_url(case.model, "change", obj.pk)
    page = editor.get(url)
    assert page.status_code == 200
    data = form_data(page.content.decode(), case.model._meta.model_name)
    assert case.field in data, sorted(data)
    value = NEW_VALUES.get(case.field, "Changed by an editor")
    data[case.field] = value
    response = editor.post(url, data)
    assert response.status_code == 302, (
        response.context["adminform"].form.errors if response.context else response
    )
    if obj.is_live():
        # Settings are always live: once the review app is installed, an Editor's change to
        # them waits for a Publisher instead of reaching the site.
        assert case.changed(type(obj).objects.get(pk=obj.pk)) == value or waits_for_review(obj)
    else:
        assert case.changed(type(obj).objects.get(pk=obj.pk)) == value


def waits_for_review(obj):
    if not apps.is_installed("portal.review"):
        return False
    from portal.review.models import PendingChange

    return PendingChange.pending_for(obj) is not None


@pytest.mark.parametrize("case", PUBLISHABLE, ids=str)
def test_editor_cannot_publish_or_delete(editor, case):
    obj = case.make()
    changelist = editor.get(admin_url(case.model, "changelist")).content.decode()
    assert 'value="send_to_review"' in changelist
    assert 'value="publish"' not in changelist and 'value="delete_selected"' not in changelist
    editor.post(
        admin_url(case.model, "changelist"), {"action": "publish", "_selected_action": [obj.pk]}
    )
    assert type(obj).objects.get(pk=obj.pk).status == "draft"
    assert editor.get(admin_url(case.model, "delete", obj.pk)).status_code == 403
    assert editor.post(admin_url(case.model, "delete", obj.pk), {"post": "yes"}).status_code == 403
    assert type(obj).objects.filter(pk=obj.pk).exists()


@pytest.mark.parametrize("case", PUBLISHABLE, ids=str)
def test_publisher_publishes_withdraws_and_deletes(publisher, case):
    obj = case.make()
    changelist = admin_url(case.model, "changelist")
    for action, status in (("publish", "published"), ("archive", "archived")):
        response = publisher.post(changelist, {"action": action, "_selected_action": [obj.pk]})
        assert response.status_code == 302
        assert type(obj).objects.get(pk=obj.pk).status == status
    response = publisher.post(admin_url(case.model, "delete", obj.pk), {"post": "yes"})
    assert response.status_code == 302
    assert not type(obj).objects.filter(pk=obj.pk).exists()


def test_publisher_deletes_a_step_and_nobody_deletes_the_quick_exit(publisher):
    step = make.step()
    response = publisher.post(admin_url(Step, "delete", step.pk), {"post": "yes"})
    assert response.status_code == 302 and not Step.objects.filter(pk=step.pk).exists()
    quick_exit = make.quick_exit()
    assert publisher.get(admin_url(QuickExitSettings, "delete", quick_exit.pk)).status_code == 403


def test_editors_and_publishers_read_the_contact_change_log_and_nobody_writes_it(editor):
    from portal.directory.changes import ContactChangeLog

    assert editor.get(admin_url(ContactChangeLog, "changelist")).status_code == 200
    assert editor.get(admin_url(ContactChangeLog, "add")).status_code == 403


@pytest.mark.parametrize(
    ("factory", "text"), [(make.guide, "دليل تجريبي"), (make.organisation, "منظمة test-entry")]
)
def test_editor_previews_a_draft_guide_and_directory_entry(editor, factory, text):
    obj = factory()
    change = editor.get(admin_url(type(obj), "change", obj.pk)).content.decode()
    preview = admin_url(type(obj), "preview", obj.pk, "ar")
    assert f'href="{preview}"' in change
    response = editor.get(preview)
    assert response.status_code == 200 and text in response.content.decode()
    assert response["X-Robots-Tag"] == "noindex, nofollow"


def test_guide_preview_shows_its_steps_and_their_links(editor):
    """The guide page gets its steps from its view: the preview must get them too."""
    guide = make.guide()
    response = editor.get(admin_url(type(guide), "preview", guide.pk, "ar"))
    html = response.content.decode()
    assert '<h2 class="step__title">خطوة</h2>' in html
    assert '<a href="https://example.org/" rel="noopener noreferrer">رابط</a>' in html


def test_content_without_a_public_page_offers_no_preview(editor):
    speaker = make.speaker()
    html = editor.get(admin_url(Speaker, "change", speaker.pk)).content.decode()
    assert "previewlink" not in html
    assert editor.get(admin_url(Speaker, "preview", speaker.pk, "ar")).status_code == 404


def make_live(obj):
    """Publish `obj` (or, for a child without a status, its parent) as a Publisher would."""
    target = obj
    while not hasattr(target, "status") and hasattr(target, "review_parent"):
        target = target.review_parent()
    if hasattr(target, "status"):
        fields = {"status": "published"}
        if hasattr(target, "verified_on"):
            # A directory entry is published only with its source, checked.
            fields |= {"source_url": "https://example.org/s", "verified_on": date.today()}
        type(target).objects.filter(pk=target.pk).update(**fields)
    return type(obj).objects.get(pk=obj.pk)


@pytest.mark.parametrize("case", CASES, ids=str)
def test_an_editors_change_to_live_content_of_every_type_waits_for_review(editor, case):
    """The review mechanism covers every content type, children and settings included."""
    obj = make_live(case.make())
    assert obj.is_live()
    before = case.changed(obj)
    url = admin_url(case.model, "change", obj.pk)
    data = form_data(editor.get(url).content.decode(), case.model._meta.model_name)
    data[case.field] = NEW_VALUES.get(case.field, "Changed by an editor")
    assert editor.post(url, data).status_code == 302
    assert case.changed(type(obj).objects.get(pk=obj.pk)) == before  # the site is unchanged
    assert waits_for_review(obj)
