"""The help directory as a visitor uses it: filters that combine, emergency numbers first,
only published and sourced entries, bad input answered calmly, a JSON export for partners."""

import json
import re
from datetime import timedelta

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.utils import timezone

from portal.directory.models import DirectorySettings, Organisation
from tests.directory_factories import make_org

pytestmark = pytest.mark.django_db

RESULT = re.compile(
    r'<article class="card directory-entry[^"]*">\s*<h3><a href="/\w+/directory/([\w-]+)/"'
)


def result_slugs(client, query="", language="en"):
    response = client.get(f"/{language}/directory/{query}")
    assert response.status_code == 200
    return set(RESULT.findall(response.content.decode())), response


@pytest.fixture
def entries():
    yesterday = timezone.now() - timedelta(days=1)
    make_org(
        "child-casa",
        kind="child-protection",
        regions=["casablanca-settat"],
        audiences=["under-18"],
        languages=["ar", "ary"],
        is_24_7=True,
        is_anonymous=True,
        contacts=[("phone", "05 22 00 00 01")],
    )
    make_org(
        "child-national",
        kind="child-protection",
        regions=["nationwide"],
        audiences=["under-18"],
        languages=["fr"],
    )
    make_org(
        "women-souss",
        kind="women-support",
        regions=["souss-massa"],
        audiences=["women"],
        languages=["zgh"],
        is_24_7=True,
        is_anonymous=False,
        contacts=[("whatsapp", "+212 6 61 00 00 02")],
    )
    make_org(
        "removal-online",
        kind="removal-tool",
        regions=["online", "international"],
        audiences=["everyone"],
        languages=["en"],
        is_anonymous=True,
        contacts=[("web-form", "https://example.org/remove")],
    )
    make_org(
        "legal-rabat",
        kind="legal-aid",
        regions=["rabat-sale-kenitra"],
        audiences=["adults"],
        languages=["fr"],
        contacts=[("email", "help@example.org")],
    )
    make_org("emergency-line", kind="emergency", contacts=[("short-code", "177")])
    # Never public: a draft, one published without a source, one never verified, one
    # withdrawn, one not yet due.
    make_org("hidden-draft", kind="child-protection", status=Organisation.Status.DRAFT)
    make_org("hidden-no-source", kind="child-protection", source_url="")
    make_org("hidden-unverified", kind="child-protection", verified_on=None)
    make_org("hidden-withdrawn", kind="child-protection", withdraw_at=yesterday)
    make_org(
        "hidden-future", kind="child-protection", publish_at=timezone.now() + timedelta(days=2)
    )


HIDDEN = {
    "hidden-draft",
    "hidden-no-source",
    "hidden-unverified",
    "hidden-withdrawn",
    "hidden-future",
}
NON_EMERGENCY = {"child-casa", "child-national", "women-souss", "removal-online", "legal-rabat"}


@pytest.mark.parametrize(
    ("query", "expected"),
    [
        ("", NON_EMERGENCY),
        ("?kind=child-protection", {"child-casa", "child-national"}),
        ("?kind=emergency", {"emergency-line"}),
        ("?kind=legal-aid", {"legal-rabat"}),
        # A region brings its own services plus the nationwide and online ones.
        ("?region=casablanca-settat", {"child-casa", "child-national", "removal-online"}),
        ("?region=souss-massa", {"women-souss", "child-national", "removal-online"}),
        ("?region=international", {"removal-online"}),
        ("?region=nationwide", {"child-national"}),
        # "Everyone" serves every audience too.
        ("?audience=under-18", {"child-casa", "child-national", "removal-online"}),
        ("?audience=women", {"women-souss", "removal-online"}),
        ("?audience=adults", {"legal-rabat", "removal-online"}),
        ("?language=zgh", {"women-souss"}),
        ("?language=fr", {"child-national", "legal-rabat"}),
        ("?language=ary", {"child-casa"}),
        ("?open_24_7=on", {"child-casa", "women-souss"}),
        ("?anonymous=on", {"child-casa", "removal-online"}),
        # Combinations narrow down.
        ("?kind=child-protection&region=casablanca-settat&open_24_7=on", {"child-casa"}),
        ("?kind=child-protection&region=souss-massa", {"child-national"}),
        ("?kind=child-protection&language=ar&anonymous=on", {"child-casa"}),
        ("?audience=women&open_24_7=on", {"women-souss"}),
        (
            "?region=casablanca-settat&audience=under-18&anonymous=on",
            {"child-casa", "removal-online"},
        ),
        ("?kind=women-support&anonymous=on", set()),
        ("?kind=legal-aid&region=casablanca-settat", set()),
    ],
)
def test_filters_and_their_combinations(client, entries, query, expected):
    slugs, response = result_slugs(client, query)
    assert slugs == expected
    count = len(expected)
    assert f"{count} result{'' if count == 1 else 's'}</h2>" in response.content.decode()


def test_nothing_found_says_so_and_keeps_the_emergency_numbers(client, entries):
    slugs, response = result_slugs(client, "?kind=women-support&anonymous=on")
    html = response.content.decode()
    assert slugs == set()
    assert "Nothing matches all these filters" in html
    assert 'href="tel:177"' in html


def test_emergency_numbers_come_first_on_every_filtered_page(client, entries):
    _slugs, response = result_slugs(client, "?kind=legal-aid")
    html = response.content.decode()
    assert html.index('href="tel:177"') < html.index('id="filters-title"')
    assert '<bdi dir="ltr" class="tel">177</bdi>' in html


def test_unpublished_or_unverified_entries_are_never_public(client, entries):
    for language in ("ar", "fr", "en"):
        slugs, response = result_slugs(client, "?kind=child-protection", language)
        assert not slugs & HIDDEN
        html = response.content.decode()
        for slug in HIDDEN:
            assert slug not in html
            assert client.get(f"/{language}/directory/{slug}/").status_code == 404
        data = json.loads(client.get(f"/{language}/directory.json").content)
        assert not {entry["slug"] for entry in data["organisations"]} & HIDDEN


def test_json_export_lists_exactly_the_public_entries(client, entries):
    response = client.get("/fr/directory.json")
    assert response.status_code == 200
    assert response["Content-Type"] == "application/json"
    assert response["Access-Control-Allow-Origin"] == "*"
    assert not response.cookies
    data = json.loads(response.content)
    assert data["language"] == "fr"
    slugs = [entry["slug"] for entry in data["organisations"]]
    assert set(slugs) == NON_EMERGENCY | {"emergency-line"}
    assert slugs[0] == "emergency-line"
    assert data["count"] == 6
    casa = next(entry for entry in data["organisations"] if entry["slug"] == "child-casa")
    assert casa["name"] == "Organisation child-casa"
    assert casa["regions"] == ["casablanca-settat"]
    assert casa["languages"] == ["ar", "ary"]
    assert casa["url"] == "http://testserver/fr/directory/child-casa/"
    assert casa["last_verified_on"] == timezone.localdate().isoformat()
    assert casa["contact_points"] == [
        {
            "kind": "phone",
            "value": "+212522000001",
            "display": "05 22 00 00 01",
            "href": "tel:+212522000001",
            "label": "",
            "hours": "",
        }
    ]
    arabic = json.loads(client.get("/ar/directory.json").content)
    assert arabic["organisations"][0]["name"] == "منظمة emergency-line"


def test_detail_page_links_numbers_whatsapp_and_websites_safely(client, entries):
    DirectorySettings.objects.create(editors_email="editors@example.org")
    html = client.get("/ar/directory/child-casa/").content.decode()
    assert (
        '<a class="tel-link" href="tel:+212522000001">'
        '<bdi dir="ltr" class="tel">05 22 00 00 01</bdi></a>' in html
    )
    assert "آخر تحقق" in html and 'datetime="' + timezone.localdate().isoformat() + '"' in html
    assert 'href="mailto:editors@example.org?subject=' in html
    html = client.get("/en/directory/women-souss/").content.decode()
    assert 'href="https://wa.me/212661000002" rel="noopener noreferrer"' in html
    assert '<bdi dir="ltr" class="tel">06 61 00 00 02</bdi>' in html
    html = client.get("/ar/directory/removal-online/").content.decode()
    assert "<dd>عبر الإنترنت، دولي</dd>" in html  # an Arabic comma between Arabic words
    html = client.get("/en/directory/removal-online/").content.decode()
    assert "<dd>Online, International</dd>" in html
    assert '<a href="https://example.org/remove" rel="noopener noreferrer">' in html
    assert 'href="https://example.org/source" rel="noopener noreferrer"' in html


def test_report_link_only_when_editors_set_an_address(client, entries):
    html = client.get("/en/directory/legal-rabat/").content.decode()
    assert "Report a wrong number" not in html
    DirectorySettings.objects.create(editors_email="editors@example.org")
    html = client.get("/en/directory/legal-rabat/").content.decode()
    assert "Report a wrong number" in html
    assert "mailto:editors@example.org?subject=Wrong%20information" in html


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


@pytest.mark.parametrize(
    "query",
    [
        "?kind=not-a-kind",
        "?region=atlantis",
        "?audience=" + "x" * 20000,
        "?kind=legal-aid&kind=child-protection",
        "?page=abc",
        "?page=99999",
        "?page=-1",
        "?language=%00%ff",
        "?open_24_7=" + "1" * 5000,
        "?kind[]=ngo&region=",
    ],
)
def test_bad_input_is_answered_calmly(client, entries, query):
    slugs, response = result_slugs(client, query)
    html = response.content.decode()
    # The directory itself, with its filters and entries, not an error page ("Help directory"
    # alone is in every page's menu).
    assert "<h1>Help directory</h1>" in html
    assert '<form class="directory-filters" method="get" action="/en/directory/"' in html
    assert slugs


def test_unknown_filter_value_is_ignored_with_a_plain_message(client, entries):
    slugs, response = result_slugs(client, "?kind=not-a-kind&language=fr")
    assert slugs == {"child-national", "legal-rabat"}
    assert "was not understood and was ignored" in response.content.decode()


def test_repeated_filter_uses_the_last_value_and_says_so(client, entries):
    slugs, response = result_slugs(client, "?kind=legal-aid&kind=child-protection")
    assert slugs == {"child-casa", "child-national"}
    assert "more than once" in response.content.decode()


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


def test_a_flood_of_parameters_is_a_400_not_a_500(client, entries):
    query = "&".join(f"kind={number}" for number in range(1200))
    response = client.get(f"/en/directory/?{query}")
    assert response.status_code == 400


def test_only_reading_is_allowed(client, entries):
    assert client.post("/en/directory/", {"kind": "ngo"}).status_code == 405
    assert client.post("/en/directory.json").status_code == 405
