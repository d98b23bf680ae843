"""In a real browser, with the admin in Arabic and in French: French and English fields and
editors run left to right, Arabic ones right to left; the editor's toolbar, the date picker
and the time-zone note speak the admin's language; no known English admin string is shown."""

import pytest
from django.urls import reverse

from tests.admin_english import english_in_text
from tests.browser.conftest import PageWatch
from tests.browser.test_editor_workflow import editor_groups, log_in, make_staff  # noqa: F401

pytestmark = pytest.mark.django_db(transaction=True)

# Icon-font ligatures ("undo" drawn as an arrow) are not text: hidden before reading.
SCREEN_TEXT = """() => {
  document.querySelectorAll('.material-icons').forEach(el => { el.style.display = 'none'; });
  return [document.body.innerText,
  ...[...document.querySelectorAll('[title],[aria-label],[placeholder],input[type=submit]')]
    .filter(el => el.offsetParent !== null || el.closest('.prose-menubar'))
    .map(el => [el.title, el.getAttribute('aria-label'), el.placeholder, el.value]
      .filter(Boolean).join(' '))].join('\\n');
}"""


def direction(page, selector):
    return page.eval_on_selector(selector, "el => getComputedStyle(el).direction")


MONTHS = {
    "ar": ["يناير", "فبراير", "مارس", "أبريل", "ماي", "يونيو", "يوليوز", "غشت"],
    "fr": ["janvier", "février", "mars", "avril", "mai", "juin", "juillet", "août"],
}
MONTHS["ar"] += ["شتنبر", "أكتوبر", "نونبر", "دجنبر"]
MONTHS["fr"] += ["septembre", "octobre", "novembre", "décembre"]
WORDS = {"ar": ("rtl", "غامق", "ملاحظة", "حفظ"), "fr": ("ltr", "gras", "Note", "Enregistrer")}


def check_admin_in(browser, site, language):
    page_direction, bold, note_start, save = WORDS[language]
    # A browser three hours ahead of the server, so that the admin shows its time-zone note.
    context = browser.new_context(locale=language, timezone_id="Asia/Dubai")
    page = context.new_page()
    watch = PageWatch(page, site)
    log_in(page, site, f"nadia_{language}")
    page.goto(site + reverse("admin:seminars_article_add"))
    page.wait_for_selector(
        "#tab_id_body_fr .prose-menubar__button[data-translated]", state="attached"
    )

    assert page.eval_on_selector("html", "el => el.dir") == page_direction
    for code, expected in (("ar", "rtl"), ("fr", "ltr"), ("en", "ltr")):
        page.click(f'a[href="#tab_id_body_{code}"]')
        assert direction(page, f"#tab_id_body_{code} [contenteditable=true]") == expected
        assert direction(page, f"#id_title_{code}") == expected
        assert direction(page, f"#id_cover_alt_{code}") == expected
    assert direction(page, "#id_slug") == "ltr"
    assert direction(page, "#id_source_url") == "ltr"

    titles = page.eval_on_selector_all(
        "#tab_id_body_ar .prose-menubar__button", "els => els.map(el => el.title)"
    )
    assert bold in titles and "bold" not in titles, titles

    page.click("#calendarlink0")  # the date picker of "published on"
    caption = page.locator(".calendarbox:visible caption").inner_text()
    assert caption.split()[0].lower() in MONTHS[language], caption
    note = page.locator(".timezonewarning").first.inner_text()
    assert note.startswith(note_start), note

    text = page.evaluate(SCREEN_TEXT)
    assert save in text  # the text read is the admin's, in its language
    assert english_in_text(text, language) == [], english_in_text(text, language)
    assert watch.csp_violations == [], watch.csp_violations
    context.close()


# One test for both languages: a second transactional test in this module would reload the
# launch content over a flushed database (tests/conftest.py's LaunchRows), which fails.
def test_admin_directions_and_words(browser, site, django_user_model, editor_groups):  # noqa: F811
    for language in ("ar", "fr"):
        # One account per language: a TOTP code is accepted once only.
        make_staff(django_user_model, f"nadia_{language}", "Editors")
        check_admin_in(browser, site, language)
