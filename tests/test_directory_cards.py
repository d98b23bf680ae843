"""The directory's cards since they are worked out in Python (portal/directory/cards.py and
markup.py, issue 13): every kind of contact, every state of a fact, the translated labels with
their fallback, the same on the list and on the entry's page, in a small fixed number of
queries."""

from datetime import timedelta

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.utils import timezone

from portal.directory.models import ContactPoint, DirectorySettings
from tests.directory_factories import make_org

pytestmark = pytest.mark.django_db

CONTACTS = (
    ("phone", "0537123456"),
    ("whatsapp", "0612345678"),
    ("email", "help@example.org"),
    ("web-form", "https://example.org/form"),
    ("app", "https://example.org/app"),
)


@pytest.fixture
def every_kind():
    DirectorySettings.objects.create(editors_email="editors@example.org")
    entry = make_org(
        "every-kind",
        contacts=CONTACTS,
        regions=("casablanca-settat", "online"),
        languages=("ar", "fr"),
        hours_en="Monday to Friday <9-17>",
        is_free=False,
        is_anonymous=True,
        description_en="Helps & listens.",
        verified_on=timezone.localdate() - timedelta(days=2000),
    )
    # A label written in Arabic only: the French page falls back to it, as the model does.
    ContactPoint.objects.filter(organisation=entry, kind="app").update(
        label_ar="التطبيق", hours_en="Always"
    )
    return entry


def pages(client, language="en"):
    listed = client.get(f"/{language}/directory/?region=casablanca-settat").content.decode()
    own = client.get(f"/{language}/directory/every-kind/").content.decode()
    return listed, own


def test_every_kind_of_contact_shows_on_the_list_and_on_its_page(client, every_kind):
    for html in pages(client):
        assert (
            '<a class="tel-link" href="tel:+212537123456"><bdi dir="ltr" class="tel">'
            "05 37 12 34 56</bdi></a>"
        ) in html
        assert (
            '<a class="tel-link" href="https://wa.me/212612345678" rel="noopener noreferrer">'
            '<bdi dir="ltr" class="tel">06 12 34 56 78</bdi></a>'
        ) in html
        assert (
            '<a href="mailto:help@example.org"><bdi dir="ltr">help@example.org</bdi></a>' in html
        )
        assert (
            '<a href="https://example.org/form" rel="noopener noreferrer">Open the online form</a>'
        ) in html
        assert (
            '<a href="https://example.org/app" rel="noopener noreferrer">Get the app</a>' in html
        )
        assert '<span class="contact__kind">App · التطبيق</span>' in html
        assert '<span class="contact__hours">Always</span>' in html


def test_facts_checks_and_warnings_show_on_the_list_and_on_its_page(client, every_kind):
    for html in pages(client):
        assert "<dt>Where</dt><dd>Casablanca-Settat, Online</dd>" in html
        assert "<dt>Languages</dt><dd>Arabic, French</dd>" in html
        assert "<dt>Hours</dt><dd>Monday to Friday &lt;9-17&gt;</dd>" in html
        assert "<dt>Anonymous</dt><dd>You need not give your name</dd>" in html
        assert "<dt>Cost</dt><dd>Not free</dd>" in html
        assert "Helps &amp; listens.</p>" in html
        assert "has not been checked for a long time" in html
        assert 'href="mailto:editors@example.org?subject=Wrong%20information' in html
        checked = (timezone.localdate() - timedelta(days=2000)).isoformat()
        assert f'Last checked: <time datetime="{checked}">' in html


def test_unknown_facts_are_left_out_and_open_hours_said_in_words(client):
    make_org("unknown", is_24_7=False, contacts=())
    make_org("always", is_24_7=True, is_free=True, is_anonymous=False)
    html = client.get("/en/directory/").content.decode()
    unknown = html.split("/en/directory/unknown/")[1].split("</article>")[0]
    assert "<dt>Hours</dt><dd>Not confirmed</dd>" in unknown
    assert "Anonymous" not in unknown and "Cost" not in unknown
    assert 'class="contact-list"' not in unknown
    always = html.split("/en/directory/always/")[1].split("</article>")[0]
    assert "<dt>Hours</dt><dd>24 hours a day, 7 days a week</dd>" in always
    assert "<dt>Anonymous</dt><dd>You must give your name</dd>" in always
    assert "<dt>Cost</dt><dd>Free</dd>" in always
    assert "has not been checked" not in always


def test_the_french_page_translates_the_cards(client, every_kind):
    for html in pages(client, "fr"):
        assert "<dt>Coût</dt><dd>Payant</dd>" in html
        assert "Obtenir l'application" in html
        assert '<span class="contact__kind">Application · التطبيق</span>' in html


def test_the_list_runs_few_queries(client, every_kind, settings):
    settings.PAGE_CACHE = False
    make_org("police", kind="emergency", contacts=(("short-code", "19"),))
    with CaptureQueriesContext(connection) as queries:
        response = client.get("/ar/directory/?region=casablanca-settat")
    assert response.status_code == 200
    # Was 14: one query each for the offered kinds and audiences, four prefetches, and the
    # emergency numbers' contacts apart from the cards'.
    assert len(queries.captured_queries) <= 10
