"""Editors write, Publishers publish: in the form, by posting the field, and in bulk."""

import re

import pytest
from django.contrib.admin.models import LogEntry
from django.urls import reverse
from reversion.models import Version

from portal.pages.models import Page
from portal.seminars.models import Article
from tests.editors_helpers import article_form, change_form, logged_in, staff_user

pytestmark = pytest.mark.django_db

ADD = "admin:seminars_article_add"
CHANGELIST = "admin:seminars_article_changelist"


@pytest.fixture
def editor(client, django_user_model, seeded):
    return logged_in(client, staff_user(django_user_model, "editor", "Editors"))


@pytest.fixture
def publisher(client, django_user_model, seeded):
    return logged_in(client, staff_user(django_user_model, "publisher", "Publishers"))


def test_groups_exist_with_the_right_permissions():
    from django.contrib.auth.models import Group

    editors = set(Group.objects.get(name="Editors").permissions.values_list("codename", flat=True))
    publishers = set(
        Group.objects.get(name="Publishers").permissions.values_list("codename", flat=True)
    )
    for model in ("article", "event", "page"):
        assert {f"add_{model}", f"change_{model}"} <= editors
        assert f"publish_{model}" not in editors
        assert f"publish_{model}" in publishers
    assert "delete_article" not in editors


def test_editor_form_offers_only_draft_and_review(editor):
    html = editor.get(reverse(ADD)).content.decode()
    assert '<option value="draft"' in html and '<option value="review"' in html
    assert 'value="published"' not in html and 'value="archived"' not in html
    # The publication window is a Publisher's decision too.
    assert 'name="publish_at_0"' not in html


@pytest.mark.parametrize("status", ["published", "archived"])
def test_editor_cannot_publish_by_posting_the_field(editor, status):
    response = editor.post(reverse(ADD), article_form(status=status))
    assert response.status_code == 200  # the form comes back with an error
    assert "errorlist" in response.content.decode()
    assert not Article.objects.filter(title_fr="Article d'essai").exists()


def test_editor_saves_a_draft_and_sends_it_to_review(editor):
    response = editor.post(reverse(ADD), article_form(status="review"))
    assert response.status_code == 302
    article = Article.objects.get(title_fr="Article d'essai")
    assert article.status == "review"
    assert article.slug == "article-dessai"  # from the French title, Arabic does not slugify


def test_editor_cannot_change_the_status_of_published_content(editor):
    article = Article.objects.published().first()
    url = reverse("admin:seminars_article_change", args=[article.pk])
    html = editor.get(url).content.decode()
    assert 'name="status"' not in html  # shown read-only
    response = editor.post(url, change_form(article, status="draft", title_en="Edited"))
    assert response.status_code == 302
    article.refresh_from_db()
    assert article.status == "published"  # the posted status is ignored...
    # ...and the edit waits for a Publisher (tests/test_review.py), without the status.
    from portal.review.models import PendingChange

    pending = PendingChange.objects.get(state="pending").payload["objects"][0]["fields"]
    assert pending["title_en"] == "Edited" and pending["status"] == "published"


def test_editor_cannot_publish_in_bulk(editor):
    draft = Article.objects.create(
        title_ar="مسودة",
        title_fr="Brouillon",
        slug="brouillon",
        summary_ar="م",
        body_ar="<p>م</p>",
        published_on="2026-11-28",
    )
    changelist = editor.get(reverse(CHANGELIST)).content.decode()
    assert 'value="publish"' not in changelist and 'value="archive"' not in changelist
    assert 'value="send_to_review"' in changelist
    editor.post(reverse(CHANGELIST), {"action": "publish", "_selected_action": [draft.pk]})
    draft.refresh_from_db()
    assert draft.status == "draft"
    editor.post(reverse(CHANGELIST), {"action": "send_to_review", "_selected_action": [draft.pk]})
    draft.refresh_from_db()
    assert draft.status == "review"


def test_publisher_publishes_in_the_form(publisher):
    response = publisher.post(reverse(ADD), article_form(status="published"))
    assert response.status_code == 302
    article = Article.objects.get(title_fr="Article d'essai")
    assert article.is_visible
    assert publisher.get(article.get_absolute_url()).status_code == 200


def test_publisher_publishes_and_archives_in_bulk(publisher):
    page = Page.objects.create(
        title_ar="صفحة",
        title_fr="Page",
        slug="page-essai",
        body_ar="<p>ن</p>",
        status="review",
    )
    url = reverse("admin:pages_page_changelist")
    publisher.post(url, {"action": "publish", "_selected_action": [page.pk]})
    page.refresh_from_db()
    assert page.status == "published"
    publisher.post(url, {"action": "archive", "_selected_action": [page.pk]})
    page.refresh_from_db()
    assert page.status == "archived"
    # Who did it, and when, is in the history.
    entries = LogEntry.objects.filter(object_id=str(page.pk), user__username="publisher")
    assert entries.count() == 2
    # ...and each bulk change is a revision that can be restored.
    versions = Version.objects.get_for_object(page)
    assert [v.field_dict["status"] for v in versions] == ["archived", "published"]


def test_admin_shows_who_changed_what(publisher):
    publisher.post(reverse(ADD), article_form(status="draft"))
    article = Article.objects.get(title_fr="Article d'essai")
    changelist = publisher.get(reverse(CHANGELIST)).content.decode()
    # The "last changed" cell of the new row names who saved it (the name is in the page's
    # header too, so only the cell counts).
    row = re.search(rf"<tr>(?:(?!</tr>).)*?/{article.pk}/change/.*?</tr>", changelist, re.S)
    cell = re.search(r'<td class="field-last_changed">([^<]*)</td>', row.group(0))
    assert cell.group(1).endswith(" · publisher")
    history = publisher.get(reverse("admin:seminars_article_history", args=[article.pk]))
    assert history.status_code == 200
    assert re.search(r"<td>\s*publisher\s*</td>", history.content.decode())


def test_admin_lists_show_translation_completeness(publisher):
    publisher.post(reverse(ADD), article_form())
    html = publisher.get(reverse(CHANGELIST)).content.decode()
    assert "lang-status--missing" in html and "EN ✗" in html
    assert "FR ✓" in html


def test_editor_cannot_schedule_or_withdraw_by_posting_the_window(editor):
    response = editor.post(
        reverse(ADD),
        article_form(
            status="review",
            publish_at_0="2026-01-01",
            publish_at_1="00:00:00",
            withdraw_at_0="2026-01-02",
            withdraw_at_1="00:00:00",
        ),
    )
    assert response.status_code == 302
    article = Article.objects.get(title_fr="Article d'essai")
    assert article.publish_at is None and article.withdraw_at is None


@pytest.mark.parametrize("status", ["published", "archived"])
def test_saving_refuses_a_publishing_status_from_an_editor_whatever_the_form(
    rf, django_user_model, status
):
    """The form offers an Editor only draft and review; the save itself refuses the rest, for
    any way in that skips the form (a custom form, an import, a future action)."""
    from django.contrib import admin
    from django.core.exceptions import PermissionDenied

    request = rf.post("/admin/seminars/article/add/")
    request.user = staff_user(django_user_model, "editor", "Editors")
    article = Article(title_ar="مقال", slug="not-yet", status=status, published_on="2026-11-28")
    with pytest.raises(PermissionDenied):
        admin.site._registry[Article].save_model(request, article, form=None, change=False)
    assert not Article.objects.filter(slug="not-yet").exists()
    # A Publisher's save goes through.
    request.user = staff_user(django_user_model, "publisher", "Publishers")
    admin.site._registry[Article].save_model(request, article, form=None, change=False)
    assert Article.objects.get(slug="not-yet").status == status
