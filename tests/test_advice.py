"""Advice that is right for each person (issue 14), as a visitor reads it: the urgent guide
brings in a trusted adult for anyone under 18 right after "do not pay / stop contact", the
crisis box appears where it is needed with only sourced numbers, the portal says it is not a
police service, and no page promises numbers "at any time" that the directory has not
confirmed."""

import re
from datetime import timedelta
from html import unescape

import pytest
from django.utils import timezone

from portal.directory.models import Organisation
from portal.guides.models import Guide
from portal.seminars.models import Article
from tests.directory_factories import make_org

pytestmark = pytest.mark.django_db

CRISIS = {
    "ar": "لا يلزمك أن تذكر الصور لتحصل على المساعدة.",
    "fr": "Vous n'avez pas besoin de parler des images pour obtenir de l'aide.",
    "en": "You do not have to mention the images to get help.",
}


def page(client, path):
    response = client.get(path)
    assert response.status_code == 200, path
    return unescape(response.content.decode())


def step_keys(guide):
    return list(guide.steps.order_by("order", "pk").values_list("key", flat=True))


def test_urgent_guide_brings_in_a_trusted_adult_right_after_pay_and_contact(client, seeded):
    keys = step_keys(Guide.objects.get(is_urgent=True))
    assert keys.index("trusted-adult") == keys.index("stop-contact") + 1
    assert keys.index("dont-pay") < keys.index("stop-contact")
    html = page(client, "/en/help/now/")
    assert "Under 18? Tell an adult you trust now" in html
    # The guide says what is different for a minor.
    assert "with three differences" in html and "use Take It Down, not StopNCII" in html
    # Take It Down needs the originals: no new copies, but nothing deleted.
    assert "Keep the originals where they are, without deleting them" in html
    for warning in ("another scam", "give up and move on", "fake or made with AI"):
        assert warning in html, warning


@pytest.mark.parametrize("code", ["ar", "fr", "en"])
def test_crisis_box_on_the_urgent_guide_and_every_plan(client, seeded, code):
    for path in (f"/{code}/help/now/", f"/{code}/help/plan/?a=1&b=1&c=2&d=1"):
        html = page(client, path)
        assert html.count('<aside class="crisis"') == 1, path
        assert CRISIS[code] in html, path
        for number in ("15", "112", "19"):
            assert f'href="tel:{number}"' in html
        # Listening lines the fact sheet keeps in draft are not shown.
        for draft in ("2511", "8350"):
            assert f"tel:{draft}" not in html


def test_crisis_box_on_an_article_that_speaks_of_suicide_only(client, seeded):
    article = Article.objects.published().first()
    # The study day's article speaks of victims who tried to take their own lives.
    assert 'class="crisis"' in page(client, f"/ar{article.get_absolute_url()[3:]}")
    article.body_en = "<p>A report on the study day.</p>"
    article.title_en = article.summary_en = "Study day"
    article.save()
    assert 'class="crisis"' not in page(client, f"/en{article.get_absolute_url()[3:]}")
    faq = page(client, "/en/faq/")
    assert CRISIS["en"] in faq  # a question there is about hurting oneself


def test_editors_add_listening_lines_to_the_crisis_box(client, seeded):
    """A listening line reaches the box once it is a published, sourced directory entry of
    the psychological-support kind; a draft never does."""
    make_org("listening-line", kind="psychological-support", contacts=(("phone", "0522000000"),))
    make_org(
        "listening-draft",
        kind="psychological-support",
        contacts=(("phone", "0537000000"),),
        status=Organisation.Status.DRAFT,
    )
    html = page(client, "/en/help/now/")
    box = re.search(r'<aside class="crisis".*?</aside>', html, re.S).group(0)
    assert "tel:+212522000000" in box and "/en/directory/listening-line/" in box
    assert "+212537000000" not in box


@pytest.mark.parametrize(
    ("path", "text"),
    [
        ("/en/", "It is not a police service"),
        ("/fr/", "Ce n'est pas un service de police"),
        ("/ar/", "ليست مصلحة للشرطة"),
        ("/en/about/", "it is not a police service"),
        ("/fr/about/", "ce n'est pas un service de police"),
        ("/ar/about/", "ليست مصلحة للشرطة"),
    ],
)
def test_home_and_about_say_the_portal_is_independent(client, seeded, path, text):
    assert text in page(client, path)


def test_error_pages_promise_at_any_time_only_for_e_blagh(client, seeded):
    """The directory confirms no hours for 19, 177 and 112; the fact sheet confirms that
    E-Blagh accepts reports at any time."""
    from django.conf import settings

    for name in ("500.html", "503.html"):
        source = (settings.BASE_DIR / "templates" / name).read_text(encoding="utf-8")
        assert "work at any time" not in source
        assert "E-Blagh accepts reports at any time" in source
    html = unescape(client.get("/fr/directory/police-19/").content.decode())
    assert "24 heures sur 24" not in html and "Non confirmé" in html


def test_the_crisis_box_names_a_few_listening_lines_and_links_to_the_rest(client, seeded):
    """A person thinking of hurting themselves gets a short list, not a directory: the box
    shows the first three lines that have a number (by name), then one link to every
    listening line in the directory. An entry without a number is not among the three."""
    make_org(
        "line-0-web-only",
        kind="psychological-support",
        contacts=(("web-form", "https://example.org/"),),
    )
    for n in range(1, 6):
        make_org(f"line-{n}", kind="psychological-support", contacts=(("phone", f"052200000{n}"),))
    html = page(client, "/en/help/now/")
    box = re.search(r'<aside class="crisis".*?</aside>', html, re.S).group(0)
    shown = re.findall(r"/en/directory/(line-\d[^/]*)/", box)
    assert shown == ["line-1", "line-2", "line-3"]
    assert "tel:+212522000004" not in box
    more = re.search(r'<a href="([^"]+)">More listening lines</a>', box)
    assert more and more.group(1) == "/en/directory/?kind=psychological-support"
    listed = page(client, more.group(1))
    for n in range(1, 6):
        assert f"/en/directory/line-{n}/" in listed


def test_the_crisis_box_has_no_more_link_when_every_line_is_shown(client, seeded):
    make_org("line-1", kind="psychological-support", contacts=(("phone", "0522000001"),))
    box = re.search(r'<aside class="crisis".*?</aside>', page(client, "/en/help/now/"), re.S)
    assert "tel:+212522000001" in box.group(0)
    assert "More listening lines" not in box.group(0)


def test_a_listening_line_not_checked_for_too_long_leaves_the_crisis_box(client, seeded, settings):
    days = settings.DIRECTORY_STALE_AFTER_DAYS
    today = timezone.localdate()
    make_org("line-checked", kind="psychological-support", contacts=(("phone", "0522000001"),))
    make_org(
        "line-old",
        kind="psychological-support",
        contacts=(("phone", "0522000002"),),
        verified_on=(today - timedelta(days=days + 1)).isoformat(),
    )
    make_org(
        "line-just-in-time",
        kind="psychological-support",
        contacts=(("phone", "0522000003"),),
        verified_on=(today - timedelta(days=days)).isoformat(),
    )
    box = re.search(r'<aside class="crisis".*?</aside>', page(client, "/en/help/now/"), re.S)
    assert "tel:+212522000001" in box.group(0) and "tel:+212522000003" in box.group(0)
    assert "tel:+212522000002" not in box.group(0)
