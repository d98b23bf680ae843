"""Every admin save keeps a revision that editors can compare and restore; the menus come
from the database but the error pages survive without it."""

import pytest
from django.db import OperationalError
from django.urls import reverse
from reversion.models import Version

from portal.pages.apps import PagesConfig
from portal.pages.models import Page
from tests.editors_helpers import change_form, logged_in, staff_user

pytestmark = pytest.mark.django_db


@pytest.fixture
def editor(client, django_user_model, seeded):
    return logged_in(client, staff_user(django_user_model, "editor", "Editors"))


def test_each_save_keeps_a_revision_to_compare_and_restore(editor):
    # A draft, so the Editor's saves are direct: changes to published content wait for
    # review instead (tests/test_review.py), and get their revision when approved.
    Page.objects.filter(slug="about").update(status="draft")
    page = Page.objects.get(slug="about")
    change_url = reverse("admin:pages_page_change", args=[page.pk])
    for title in ("First wording", "Second wording"):
        page.refresh_from_db()
        response = editor.post(change_url, change_form(page, title_en=title))
        assert response.status_code == 302
    versions = Version.objects.get_for_object(page)  # newest first
    assert versions.count() == 3  # the two saves, after the launch content's own revision
    assert "Launch content" in versions[2].revision.comment
    newest, oldest = versions[0], versions[1]
    assert newest.revision.user.username == "editor"

    history = editor.get(reverse("admin:pages_page_history", args=[page.pk]))
    assert history.status_code == 200
    compare = editor.get(
        reverse("admin:pages_page_compare", args=[page.pk]),
        {"version_id1": oldest.pk, "version_id2": newest.pk},
    )
    assert compare.status_code == 200
    html = compare.content.decode()
    assert "First wording" in html and "Second wording" in html

    revision_url = reverse("admin:pages_page_revision", args=[page.pk, oldest.pk])
    assert "First wording" in editor.get(revision_url).content.decode()
    old_state = oldest._object_version.object
    response = editor.post(revision_url, change_form(old_state))
    assert response.status_code == 302
    page.refresh_from_db()
    assert page.title_en == "First wording"


def test_an_editor_restoring_a_published_version_does_not_publish(editor, django_user_model):
    import reversion

    page = Page.objects.get(slug="about")
    with reversion.create_revision():
        page.title_en = "Published wording"
        page.save()  # published, as seeded
    published_version = Version.objects.get_for_object(page)[0]
    with reversion.create_revision():
        page.title_en = "Withdrawn wording"
        page.status = "draft"
        page.save()
    revision_url = reverse("admin:pages_page_revision", args=[page.pk, published_version.pk])
    old_state = published_version._object_version.object
    response = editor.post(revision_url, change_form(old_state))
    assert response.status_code == 302
    page.refresh_from_db()
    assert page.title_en == "Published wording"  # the words come back...
    assert page.status == "draft"  # ...but it stays offline
    assert editor.get("/en/about/").status_code == 404


def test_menus_come_from_published_pages(client, seeded):
    html = client.get("/en/").content.decode()
    assert 'href="/en/about/"' in html and 'href="/en/privacy/"' in html
    Page.objects.filter(slug="about").update(menu="none")
    assert 'href="/en/about/"' not in client.get("/en/").content.decode()


def test_untranslated_menu_entry_is_marked_as_arabic(client, seeded):
    Page.objects.create(
        title_ar="صفحة جديدة", slug="new", body_ar="<p>م</p>", status="published", menu="footer"
    )
    html = client.get("/en/").content.decode()
    assert '<a href="/en/new/" lang="ar" dir="rtl">صفحة جديدة</a>' in html
    assert '<a href="/en/privacy/">Privacy</a>' in html


def test_not_found_page_renders_when_the_menu_query_fails(client, seeded, monkeypatch):
    def broken(self, request):
        raise OperationalError("database is down")

    monkeypatch.setattr(PagesConfig, "menu_items", broken)
    response = client.get("/fr/no-such-page/")
    assert response.status_code == 404
    html = response.content.decode()
    assert "Page introuvable" in html and "Page not found" not in html
    assert 'href="tel:19"' in html


def test_server_error_page_skips_the_database_menu(rf, seeded, django_assert_num_queries):
    from django.utils import translation

    from portal.core.views import server_error

    with translation.override("en"), django_assert_num_queries(0):
        response = server_error(rf.get("/en/broken/"))
    assert response.status_code == 500
    html = response.content.decode()
    assert 'href="tel:19"' in html
    assert 'href="/en/about/"' not in html  # the database menu entry is left out


def test_launch_pages_load_once_and_never_overwrite_editors_work(seeded):
    import io

    from django.core.management import call_command

    assert set(Page.objects.values_list("slug", flat=True)) == {
        "about",
        "contact",
        "privacy",
        "accessibility",
    }
    Page.objects.filter(slug="about").update(title_en="Edited by an editor")
    call_command("load_demo", stdout=io.StringIO())
    assert Page.objects.count() == 4
    assert Page.objects.get(slug="about").title_en == "Edited by an editor"


@pytest.mark.parametrize("code", ["ar", "fr", "en"])
def test_contact_page_points_to_the_directory_and_official_channels(client, seeded, code):
    html = client.get(f"/{code}/contact/").content.decode()
    body = html.split('<div class="body"')[1].split("</div>")[0]
    assert f'href="/{code}/directory/"' in body
    assert 'href="https://www.e-blagh.ma/"' in body
    assert client.get(f"/{code}/directory/").status_code == 200
