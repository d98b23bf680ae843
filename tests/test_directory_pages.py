"""The help directory's pages beyond the filters: staleness, paging, a fixed number of
queries, the way in from the menu and the home page, and the launch content."""

from datetime import timedelta

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.utils import timezone

from portal.directory.models import Organisation
from tests.directory_factories import make_org, result_slugs

pytestmark = pytest.mark.django_db


def test_stale_entries_say_so_on_the_page(client, settings):
    settings.DIRECTORY_STALE_AFTER_DAYS = 30
    make_org("old-line", verified_on=timezone.localdate() - timedelta(days=31))
    make_org("new-line")
    assert (
        "has not been checked for a long time"
        in client.get("/en/directory/old-line/").content.decode()
    )
    assert (
        "has not been checked for a long time"
        not in client.get("/en/directory/new-line/").content.decode()
    )


def test_pages_keep_the_filters(client):
    for number in range(25):
        make_org(f"line-{number:02d}", kind="legal-aid")
    make_org("other", kind="ngo")
    slugs, response = result_slugs(client, "?kind=legal-aid")
    assert len(slugs) == 20
    assert "?kind=legal-aid&amp;page=2" in response.content.decode()
    slugs, _response = result_slugs(client, "?kind=legal-aid&page=2")
    assert len(slugs) == 5 and "other" not in slugs


def queries_for_directory(client):
    with CaptureQueriesContext(connection) as context:
        assert client.get("/en/directory/?region=casablanca-settat").status_code == 200
    return len(context.captured_queries)


@pytest.mark.slow
def test_query_count_does_not_grow_with_the_number_of_entries(client):
    def add(count, start):
        for number in range(start, start + count):
            make_org(
                f"entry-{number:03d}",
                regions=["casablanca-settat", "nationwide"],
                audiences=["everyone", "women"],
                languages=["ar", "fr"],
                contacts=[
                    ("phone", f"05 22 00 {number // 100:02d} {number % 100:02d}"),
                    ("short-code", "19"),
                ],
            )
        make_org(f"emergency-{start}", kind="emergency")

    add(5, 0)
    with_five = queries_for_directory(client)
    add(195, 5)
    assert Organisation.objects.count() == 202
    assert queries_for_directory(client) == with_five


def test_menu_and_home_page_lead_to_the_directory(client, seeded):
    for language, label in (
        ("ar", "دليل المساعدة"),
        ("fr", "Annuaire de l&#x27;aide"),
        ("en", "Help directory"),
    ):
        html = client.get(f"/{language}/").content.decode()
        assert f'<a href="/{language}/directory/">{label}</a>' in html
        assert f'href="/{language}/directory/?kind=removal-tool"' in html
    html = client.get("/en/directory/").content.decode()
    assert '<a href="/en/directory/" aria-current="page">Help directory</a>' in html


def test_seeded_directory_shows_the_emergency_numbers_and_published_entries(client, seeded):
    html = client.get("/ar/directory/").content.decode()
    for number in ("19", "177", "112", "15"):
        assert f'<a class="tel-link" href="tel:{number}">' in html
    slugs, _response = result_slugs(client, "?kind=removal-tool", "ar")
    assert slugs == {"stopncii", "take-it-down", "google-removal"}
    slugs, _response = result_slugs(client, "?kind=child-protection", "ar")
    assert slugs == set()  # ONDE and EMC stay drafts until editors confirm them
