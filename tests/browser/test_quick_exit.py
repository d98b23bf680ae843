"""The quick exit and the urgent button, in Chromium, at phone and laptop widths, in Arabic
and French. The neutral site is never contacted: the browser's request for it is answered
locally, and the test checks where the browser went."""

import pytest

from portal.guides.models import DEFAULT_EXIT_URL
from portal.seminars.models import Article, Event

pytestmark = pytest.mark.django_db(transaction=True)

CASES = [(width, code) for width in (320, 1280) for code in ("ar", "fr")]
TWO_MORE = {
    "ar": "Shift: اضغط مرتين أخريين للخروج.",
    "fr": "Maj : appuyez encore 2 fois pour quitter.",
}
EXIT_PAGE = "<!doctype html><title>Weather</title><p>Sunny</p>"


def fake_exit_site(page):
    """Answer the neutral site's address locally, so no request leaves the machine."""
    page.route(
        "https://www.bbc.com/**",
        lambda route: route.fulfill(status=200, content_type="text/html", body=EXIT_PAGE),
    )


def portal_page(site, code):
    return f"{site}/{code}/help/"


@pytest.mark.parametrize(("width", "code"), CASES)
def test_quick_exit_is_first_after_skip_link_and_big_enough(new_page, site, width, code):
    page, watch = new_page(width=width, locale=code)
    page.goto(portal_page(site, code))
    page.keyboard.press("Tab")
    assert page.evaluate("document.activeElement.className") == "skip-link"
    page.keyboard.press("Tab")
    focused = page.evaluate(
        "(() => { const e = document.activeElement; const r = e.getBoundingClientRect();"
        " return {cls: e.className, href: e.href, rel: e.rel, w: r.width, h: r.height,"
        " top: r.top, left: r.left, right: r.right}; })()"
    )
    assert focused["cls"] == "quick-exit__button"
    assert focused["href"] == DEFAULT_EXIT_URL
    assert focused["rel"] == "nofollow noreferrer"
    assert focused["w"] >= 44 and focused["h"] >= 44
    # Fully on screen at this width.
    assert focused["top"] >= 0 and focused["left"] >= 0 and focused["right"] <= width
    assert page.evaluate("document.documentElement.scrollWidth") <= width
    assert watch.csp_violations == []


@pytest.mark.parametrize(("width", "code"), CASES)
def test_quick_exit_stays_visible_without_covering_focused_content(new_page, site, width, code):
    page, _watch = new_page(width=width, locale=code)
    page.goto(f"{site}/{code}/help/now/")
    # Tab deep into the page: whatever has focus is on top where it is drawn, never
    # hidden under the sticky quick-exit bar.
    for key in ["Tab"] * 25 + ["Shift+Tab"] * 22:
        page.keyboard.press(key)
        hidden_by = page.evaluate(
            "(() => { const e = document.activeElement; const r = e.getBoundingClientRect();"
            " const x = r.left + r.width / 2, y = r.top + Math.min(r.height / 2, 10);"
            " const top = document.elementFromPoint(x, y);"
            " if (!top || e.contains(top) || top.contains(e)) return null;"
            " return top.closest('.quick-exit') ? e.outerHTML.slice(0, 80) : null; })()"
        )
        assert hidden_by is None
    # The focused element scrolls clear of the bar: the bar is lower than the scroll padding.
    bar = page.locator(".quick-exit").bounding_box()
    padding = page.evaluate(
        "parseFloat(getComputedStyle(document.documentElement).scrollPaddingBlockStart)"
    )
    assert bar["height"] < padding
    box = page.locator(".quick-exit__button").bounding_box()
    assert box["y"] >= 0 and box["y"] + box["height"] <= 800
    assert box["width"] >= 44 and box["height"] >= 44


@pytest.mark.parametrize(("width", "code"), CASES)
def test_clicking_quick_exit_leaves_and_replaces_the_history_entry(new_page, site, width, code):
    page, _watch = new_page(width=width, locale=code)
    fake_exit_site(page)
    page.goto(f"{site}/{code}/")
    page.goto(portal_page(site, code))
    length = page.evaluate("history.length")
    page.locator(".quick-exit__button").click()
    page.wait_for_url(DEFAULT_EXIT_URL)
    assert page.evaluate("history.length") == length
    page.go_back()
    assert page.url == f"{site}/{code}/"


@pytest.mark.parametrize(("width", "code"), CASES)
def test_three_shift_presses_exit_and_back_does_not_return(new_page, site, width, code):
    page, _watch = new_page(width=width, locale=code)
    fake_exit_site(page)
    page.goto(f"{site}/{code}/")
    page.goto(portal_page(site, code))
    status = page.locator("[data-quick-exit-status]")
    page.keyboard.press("Shift")
    # A progress count, and a message in the page's language for screen readers.
    assert page.locator(".quick-exit__progress .is-on").count() == 1
    assert status.inner_text() == TWO_MORE[code]
    page.keyboard.press("Shift")
    assert page.locator(".quick-exit__progress .is-on").count() == 2
    with page.expect_navigation(url=DEFAULT_EXIT_URL):
        page.keyboard.press("Shift")
    page.go_back()
    assert page.url == f"{site}/{code}/"


def test_shift_inside_a_shortcut_does_not_count(new_page, site):
    page, _watch = new_page(width=1280, locale="fr")
    page.goto(portal_page(site, "fr"))
    page.keyboard.press("Shift")
    page.keyboard.press("Shift+A")
    page.keyboard.press("Shift")
    page.keyboard.press("Shift")
    assert page.url == portal_page(site, "fr")
    assert page.locator(".quick-exit__progress .is-on").count() == 2


def test_presses_expire_after_five_seconds(new_page, site):
    page, _watch = new_page(width=1280, locale="ar")
    page.clock.install()
    page.goto(portal_page(site, "ar"))
    page.keyboard.press("Shift")
    page.keyboard.press("Shift")
    page.clock.run_for(5100)
    assert page.locator(".quick-exit__progress .is-on").count() == 0
    expired = page.locator("[data-quick-exit]").get_attribute("data-msg-expired")
    assert page.locator("[data-quick-exit-status]").inner_text() == expired
    page.keyboard.press("Shift")
    assert page.url == portal_page(site, "ar")


def test_blank_is_removed_when_coming_back_from_the_page_cache(new_page, site):
    page, _watch = new_page(width=360, locale="ar")
    page.goto(portal_page(site, "ar"))
    page.evaluate("document.documentElement.classList.add('quick-exit-blank')")
    page.evaluate("window.dispatchEvent(new PageTransitionEvent('pageshow', {persisted: true}))")
    assert "quick-exit-blank" not in page.evaluate("document.documentElement.className")


def test_quick_exit_works_without_javascript(new_page, site):
    page, _watch = new_page(width=320, javascript=False, locale="ar")
    fake_exit_site(page)
    page.goto(portal_page(site, "ar"))
    page.locator(".quick-exit__button").click()
    page.wait_for_url(DEFAULT_EXIT_URL)
    assert "Sunny" in page.content()


@pytest.mark.parametrize(("width", "code"), CASES)
def test_urgent_guide_is_one_tap_away_from_any_page(new_page, site, width, code):
    article = Article.objects.published().first()
    event = Event.objects.published().first()
    starts = [
        "/",
        f"/news/{article.slug}/",
        f"/events/{event.slug}/",
        "/directory/",
        "/directory/e-blagh/",
        "/faq/",
        "/help/plan/",
    ]
    page, _watch = new_page(width=width, locale=code)
    for start in starts:
        page.goto(f"{site}/{code}{start}")
        button = page.locator(".urgent-button")
        assert button.is_visible()
        box = button.bounding_box()
        assert box["height"] >= 44
        button.click()
        page.wait_for_url(f"{site}/{code}/help/now/")
        assert page.locator("ol.steps > li").count() >= 5
