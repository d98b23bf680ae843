"""Draft changes to live content: an Editor's change to a published object waits for a
second person (a Publisher) and the public sees nothing of it until then."""

import html

import pytest
from django.contrib.admin.models import LogEntry
from django.core import mail
from django.test import Client
from django.urls import reverse
from reversion.models import Version

from portal.directory.models import Organisation
from portal.guides.models import FAQEntry, Guide
from portal.pages.models import Page
from portal.review.models import PendingChange
from portal.seminars.models import Article, Event, Speaker, Talk
from tests.editors_helpers import logged_in, staff_user
from tests.review_helpers import form_data, post_change

pytestmark = pytest.mark.django_db

MARK = "Zzattente"


def account(django_user_model, name, group):
    return logged_in(Client(), staff_user(django_user_model, name, group))


@pytest.fixture
def editor(django_user_model, seeded):
    return account(django_user_model, "editor", "Editors")


@pytest.fixture
def publisher(django_user_model, seeded):
    return account(django_user_model, "publisher", "Publishers")


@pytest.fixture
def publisher2(django_user_model, seeded):
    return account(django_user_model, "publisher2", "Publishers")


def page(client, url):
    """What a visitor reads at `url` (entities decoded: titles have apostrophes)."""
    response = client.get(url)
    assert response.status_code == 200, url
    return html.unescape(response.content.decode())


def change_url(obj):
    meta = obj._meta
    return reverse(f"admin:{meta.app_label}_{meta.model_name}_change", args=[obj.pk])


def approve(client, change, **data):
    return client.post(reverse("admin:review_pendingchange_approve", args=[change.pk]), data)


# (model, the published object, the public addresses that show its French title)
def published_article():
    return Article.objects.published().first()


def published_page():
    return Page.objects.published().get(slug="contact")


def published_event():
    return Event.objects.published().first()


def published_guide():
    return Guide.objects.published().get(slug="safe-browsing")


def published_faq():
    return FAQEntry.objects.published().first()


def public_organisation():
    return Organisation.objects.public().first()


# (model, the published object, its public addresses, the French field that shows there).
# Add a content type here and the test below covers it.
CASES = [
    (
        Article,
        published_article,
        lambda a: [a.get_absolute_url(), "/fr/news/", "/fr/", "/fr/news/feed/"],
        "title_fr",
    ),
    (Page, published_page, lambda p: ["/fr/contact/", "/fr/", "/fr/about/"], "title_fr"),
    (Event, published_event, lambda e: ["/fr/events/" + e.slug + "/", "/fr/"], "title_fr"),
    (Guide, published_guide, lambda g: [g.get_absolute_url(), "/fr/help/"], "title_fr"),
    (FAQEntry, published_faq, lambda f: ["/fr/faq/"], "question_fr"),
    (
        Organisation,
        public_organisation,
        lambda o: [o.get_absolute_url(), "/fr/directory/", "/fr/directory.json"],
        "name_fr",
    ),
]
IDS = [case[0]._meta.model_name for case in CASES]


def french(obj, path_fn):
    from django.utils import translation

    with translation.override("fr"):
        return [
            path if path.startswith("/fr/") else obj.get_absolute_url() for path in path_fn(obj)
        ]


@pytest.mark.parametrize(("model", "factory", "paths", "field"), CASES, ids=IDS)
def test_editor_change_to_live_content_waits_for_a_second_publisher(
    model, factory, paths, field, editor, publisher, publisher2, django_capture_on_commit_callbacks
):
    obj = factory()
    old_title = getattr(obj, field)
    urls = french(obj, paths)
    anonymous = Client()
    assert all(old_title in page(anonymous, url) for url in urls if not url.endswith(".json"))

    with django_capture_on_commit_callbacks(execute=True):
        response = post_change(editor, change_url(obj), **{field: f"{old_title} {MARK}"})
    assert response.status_code == 302
    assert "saved for review" in editor.get(response.url).content.decode()

    # Nothing changed for the public: not the detail, lists, home, feed, menus, sitemap.
    obj.refresh_from_db()
    assert getattr(obj, field) == old_title and obj.status == "published"
    for url in [*urls, "/sitemap.xml"]:
        assert MARK not in page(anonymous, url), url
    change = PendingChange.objects.get(state="pending")
    assert change.author.username == "editor" and not change.four_eyes
    assert LogEntry.objects.filter(change_message="Change submitted for review.").exists()
    # One e-mail per Publisher, with the link and no content.
    assert sorted(m.to[0] for m in mail.outbox) == [
        "publisher2@example.org",
        "publisher@example.org",
    ]
    assert all(change.get_absolute_url() in m.body and MARK not in m.body for m in mail.outbox)

    # The Editor sees the pending version in the form, with the banner.
    html = editor.get(change_url(obj)).content.decode()
    assert MARK in html and "Saving replaces the pending change" in html
    # The Publisher's form shows the live version, and the queue lists the change.
    assert MARK not in form_data(publisher.get(change_url(obj)).content.decode())[field]
    index = publisher.get(reverse("admin:index")).content.decode()
    assert change.get_absolute_url() in index and "editor" in index

    # The author cannot approve.
    assert approve(editor, change).status_code == 403
    review = publisher.get(change.get_absolute_url()).content.decode()
    assert "<ins" in review and MARK in review
    assert approve(publisher2, change).status_code == 302
    change.refresh_from_db()
    assert change.state == "approved" and change.decided_by.username == "publisher2"

    obj.refresh_from_db()
    assert getattr(obj, field) == f"{old_title} {MARK}" and obj.status == "published"
    for url in urls:
        assert MARK in page(anonymous, url), url
    version = Version.objects.get_for_object(obj).first()
    assert version.revision.user.username == "publisher2"
    assert "editor" in version.revision.comment


def test_a_publisher_cannot_approve_their_own_change_but_a_second_can(publisher, publisher2):
    article = published_article()
    # Published content a Publisher changes goes live at once...
    post_change(publisher, change_url(article), title_fr="Directement")
    article.refresh_from_db()
    assert article.title_fr == "Directement"
    # ...and a change they submit (as a four-eyes change would be) cannot be approved by them.
    change = PendingChange.objects.create(
        content_type_id=__import__("django.contrib.contenttypes.models", fromlist=["ContentType"])
        .ContentType.objects.get_for_model(Article)
        .pk,
        object_id=str(article.pk),
        object_repr="x",
        payload={"objects": [], "created": []},
        author=publisher.get(reverse("admin:index")).wsgi_request.user,
    )
    assert approve(publisher, change).status_code == 403
    assert PendingChange.objects.get(pk=change.pk).state == "pending"


def test_a_new_save_replaces_the_pending_change(editor, django_user_model):
    other = account(django_user_model, "editor2", "Editors")
    article = published_article()
    post_change(editor, change_url(article), title_fr="Première")
    post_change(other, change_url(article), title_en="Second")
    states = list(PendingChange.objects.order_by("pk").values_list("state", flat=True))
    assert states == ["superseded", "pending"]
    latest = PendingChange.objects.get(state="pending")
    # The second Editor saved on top of the pending version: both edits are in it.
    fields = latest.payload["objects"][0]["fields"]
    assert fields["title_fr"] == "Première" and fields["title_en"] == "Second"


def test_draft_content_is_saved_directly(editor):
    article = published_article()
    Article.objects.filter(pk=article.pk).update(status="draft")
    post_change(editor, change_url(article), title_fr="Brouillon changé")
    article.refresh_from_db()
    assert article.title_fr == "Brouillon changé"
    assert not PendingChange.objects.exists()


def test_inline_changes_are_captured_and_applied_with_deletions(editor, publisher):
    from django.contrib.auth.models import Permission

    # Removing a talk needs delete_talk, which the Editors group may not hold: this Editor
    # gets it on their account, so the removal is theirs and must still wait for review.
    user = editor.get(reverse("admin:index")).wsgi_request.user
    user.user_permissions.add(Permission.objects.get(codename="delete_talk"))
    event = published_event()
    talks = list(event.talks.order_by("order"))
    assert len(talks) >= 2
    kept, removed = talks[0], talks[1]
    data = form_data(editor.get(change_url(event)).content.decode())
    prefix = next(
        key.rsplit("-", 1)[0]
        for key, value in data.items()
        if value == str(kept.pk) and key.endswith("-id")
    )
    index_removed = next(
        key.rsplit("-", 1)[0]
        for key, value in data.items()
        if value == str(removed.pk) and key.endswith("-id")
    )
    data[f"{prefix}-title_fr"] = f"Exposé {MARK}"
    data[f"{index_removed}-DELETE"] = "on"
    data["_save"] = "Save"
    assert editor.post(change_url(event), data).status_code == 302
    # Nothing happened to the live talks.
    assert Talk.objects.filter(pk=removed.pk).exists()
    assert MARK not in Talk.objects.get(pk=kept.pk).title_fr
    anonymous = Client()
    assert MARK not in page(anonymous, f"/fr/events/{event.slug}/")
    # The Editor's form shows the pending version: without the deleted talk.
    shown = form_data(editor.get(change_url(event)).content.decode())
    ids = {
        value for key, value in shown.items() if key.startswith("talks-") and key.endswith("-id")
    }
    assert MARK in shown[f"{prefix}-title_fr"] and str(removed.pk) not in ids

    change = PendingChange.objects.get(state="pending")
    review = publisher.get(change.get_absolute_url()).content.decode()
    assert "(removed)" in review and MARK in review
    assert approve(publisher, change).status_code == 302
    assert not Talk.objects.filter(pk=removed.pk).exists()
    assert MARK in Talk.objects.get(pk=kept.pk).title_fr
    assert MARK in page(anonymous, f"/fr/events/{event.slug}/")


def test_preview_shows_the_pending_version_without_changing_anything(editor, publisher):
    article = published_article()
    post_change(editor, change_url(article), title_fr=f"Aperçu {MARK}")
    change = PendingChange.objects.get(state="pending")
    preview = publisher.get(reverse("admin:review_pendingchange_preview", args=[change.pk, "fr"]))
    assert preview.status_code == 200 and MARK in preview.content.decode()
    assert "no-store" in preview["Cache-Control"] and "private" in preview["Cache-Control"]
    assert "noindex" in preview["X-Robots-Tag"]
    article.refresh_from_db()
    assert MARK not in article.title_fr
    # An Editor may read their own change but not another's.
    assert editor.get(change.get_absolute_url()).status_code == 200


def test_a_speaker_change_waits_for_review(editor, publisher):
    speaker = Speaker.objects.first()
    assert speaker.is_live()
    assert post_change(editor, change_url(speaker), name_fr=f"Nom {MARK}").status_code == 302
    speaker.refresh_from_db()
    assert MARK not in speaker.name_fr
    assert PendingChange.objects.filter(state="pending").count() == 1


def test_restoring_an_old_version_of_live_content_waits_for_review(editor, publisher):
    import reversion

    from tests.editors_helpers import change_form

    contact = published_page()
    with reversion.create_revision():
        contact.title_en = "Old wording"
        contact.save()
    old_version = Version.objects.get_for_object(contact)[0]
    with reversion.create_revision():
        contact.title_en = "Current wording"
        contact.save()
    url = reverse("admin:pages_page_revision", args=[contact.pk, old_version.pk])
    response = editor.post(url, change_form(old_version._object_version.object))
    assert response.status_code == 302
    contact.refresh_from_db()
    assert contact.title_en == "Current wording"
    assert "Current wording" in page(Client(), "/en/contact/")
    change = PendingChange.objects.get(state="pending")
    assert change.payload["objects"][0]["fields"]["title_en"] == "Old wording"


def test_approval_changes_only_what_the_change_changed(editor, publisher, publisher2):
    article = published_article()
    post_change(editor, change_url(article), title_fr=f"Titre {MARK}")
    # Meanwhile a Publisher corrects another field and takes the article offline.
    post_change(publisher, change_url(article), title_en="Corrected by the publisher")
    Article.objects.filter(pk=article.pk).update(status="archived")
    change = PendingChange.objects.get(state="pending")
    review = publisher2.get(change.get_absolute_url()).content.decode()
    # The diff shows what approving changes: the French title, not the English one.
    assert MARK in review and "title [fr]" in review and "title [en]" not in review
    assert approve(publisher2, change).status_code == 302
    article.refresh_from_db()
    assert article.title_fr == f"Titre {MARK}"
    assert article.title_en == "Corrected by the publisher"  # not reverted...
    assert article.status == "archived"  # ...and not republished
