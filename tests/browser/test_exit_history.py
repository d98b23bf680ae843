"""The safe-browsing page tells the truth about the quick exit: each of its sentences about
Back and the history list is checked against what Chromium does, with and without
JavaScript. The neutral site is answered locally; no request leaves the machine."""

import sqlite3
import tempfile
from html import unescape
from pathlib import Path

import pytest

from portal.guides.models import DEFAULT_EXIT_URL
from tests.browser.conftest import ARGS, CHROMIUM

pytestmark = pytest.mark.django_db(transaction=True)

EXIT_PAGE = "<!doctype html><title>Weather</title><p>Sunny</p>"
SAFE_BROWSING = "/{code}/help/safe-browsing/"

# What the page says, in each language, and what the tests below hold it to.
CLAIMS = {
    # test_exit_with_javascript_replaces_only_the_current_page
    "only-current": {
        "ar": "لا يستبدل الزر إلا الصفحة التي أنت فيها.",
        "fr": "Le bouton ne remplace que la page où vous êtes.",
        "en": "The button replaces only the page you are on.",
    },
    "back-earlier": {
        "ar": "تعود إلى صفحة البوابة التي فتحتها قبلها",
        "fr": "vous revenez à la page du portail que vous aviez ouverte juste avant",
        "en": "you go back to the portal page you opened before it",
    },
    # test_exit_without_javascript_keeps_the_page_one_back_away
    "no-js-back": {
        "ar": "يُرجع زر «رجوع» الصفحة التي كنت فيها نفسها",
        "fr": "« Retour » ramène même la page où vous étiez",
        "en": "Back even brings back the page you were on",
    },
    # test_every_page_stays_in_the_history_list
    "history-list": {
        "ar": "كل صفحة فتحتها في هذه البوابة تبقى في قائمة سجلّ التصفح",
        "fr": "Chaque page de ce portail que vous avez ouverte reste dans la liste de "
        "l'historique",
        "en": "Every page of this portal you opened stays in the browser's history list",
    },
    # test_nothing_is_stored
    "nothing-stored": {
        "ar": "لا تضع هذه البوابة أي ملف تعريف ارتباط (cookie)، ولا تحفظ أي شيء في متصفحك",
        "fr": "Ce portail ne dépose aucun cookie, n'enregistre rien dans votre navigateur",
        "en": "This portal sets no cookie, stores nothing in your browser",
    },
}


def fake_exit_site(page_or_context):
    page_or_context.route(
        "https://www.bbc.com/**",
        lambda route: route.fulfill(status=200, content_type="text/html", body=EXIT_PAGE),
    )


def session_history(page):
    """The tab's own history entries (what Back and Forward walk), from Chromium itself."""
    cdp = page.context.new_cdp_session(page)
    history = cdp.send("Page.getNavigationHistory")
    return [entry["url"] for entry in history["entries"]], history["currentIndex"]


@pytest.mark.parametrize("code", ["ar", "fr", "en"])
def test_the_page_says_what_the_tests_check(client, seeded, code):
    html = unescape(client.get(SAFE_BROWSING.format(code=code)).content.decode())
    for claim, texts in CLAIMS.items():
        assert texts[code] in html, claim
    # The untrue sentence of old is gone.
    assert "does not bring it back" not in html and "ne la fait pas revenir" not in html


def visit_then_exit(page, site):
    earlier, current = f"{site}/en/", f"{site}/en/help/"
    page.goto(earlier)
    page.goto(current)
    page.locator(".quick-exit__button").click()
    page.wait_for_url(DEFAULT_EXIT_URL)
    return earlier, current


def test_exit_with_javascript_replaces_only_the_current_page(new_page, site):
    page, _watch = new_page(width=360, locale="en")
    fake_exit_site(page)
    earlier, current = visit_then_exit(page, site)
    entries, index = session_history(page)
    # Only the current page was replaced: the earlier portal page is still there...
    assert entries[-2:] == [earlier, DEFAULT_EXIT_URL] and index == len(entries) - 1
    assert current not in entries
    # ...one Back press away.
    page.go_back()
    assert page.url == earlier


def test_exit_without_javascript_keeps_the_page_one_back_away(new_page, site):
    page, _watch = new_page(width=360, javascript=False, locale="en")
    fake_exit_site(page)
    earlier, current = visit_then_exit(page, site)
    entries, _index = session_history(page)
    assert entries[-3:] == [earlier, current, DEFAULT_EXIT_URL]
    page.go_back()
    assert page.url == current


@pytest.mark.parametrize("javascript", [True, False])
def test_every_page_stays_in_the_history_list(browser, site, javascript):
    """Chromium's own history list (the History database of a real profile) still holds
    every portal page after the exit, JavaScript or not."""
    with tempfile.TemporaryDirectory() as profile:
        # The shared browser keeps no profile on disk; its Playwright starts one that does.
        context = browser.browser_type.launch_persistent_context(
            profile, executable_path=CHROMIUM, args=ARGS, java_script_enabled=javascript
        )
        fake_exit_site(context)
        page = context.new_page()
        earlier, current = visit_then_exit(page, site)
        context.close()
        database = Path(profile) / "Default" / "History"
        with sqlite3.connect(database) as connection:
            urls = {row[0] for row in connection.execute("SELECT url FROM urls")}
    assert {earlier, current} <= urls


@pytest.mark.parametrize("javascript", [True, False])
def test_nothing_is_stored(new_page, site, javascript):
    page, _watch = new_page(width=360, javascript=javascript, locale="en")
    for path in ("/en/", "/en/help/safe-browsing/", "/en/help/plan/?a=1&b=2&c=2&d=1"):
        page.goto(f"{site}{path}")
    assert page.context.cookies() == []
    if javascript:
        assert page.evaluate("localStorage.length + sessionStorage.length") == 0
