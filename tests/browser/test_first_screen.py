"""The first screen on a cheap phone (issue 14): at 360x740 and 320x640, in ar, fr and en,
with and without JavaScript, the quick exit, the site name, the urgent button and the page's
own heading are visible without scrolling; the menu is one disclosure that opens and closes by
keyboard; the urgent guide's removal buttons open the tools themselves."""

import pytest

from portal.core.emergency import STOPNCII_URL, TAKE_IT_DOWN_URL
from tests.browser.axe import axe_violations

pytestmark = pytest.mark.django_db(transaction=True)

SCREENS = [(360, 740), (320, 640)]
PAGES = {
    "home": "",
    "urgent": "help/now/",
    "plan": "help/plan/?a=1&b=1&c=2&d=1",
    "directory": "directory/",
}
ALWAYS = (".quick-exit__button", ".site-name", ".urgent-button", ".site-menu__toggle")


def within(page, selector, height):
    box = page.locator(selector).first.bounding_box()
    assert box is not None, f"{selector} is not shown"
    return box["y"] >= 0 and box["y"] + box["height"] <= height


@pytest.mark.parametrize(("width", "height"), SCREENS, ids=["360", "320"])
def test_first_screen_holds_exit_name_urgent_button_and_heading(
    new_page, site, artifacts, width, height
):
    # One test per screen, the languages and JavaScript on and off in loops: the launch
    # content is restored once per test, which is what costs most here.
    for code in ("ar", "fr", "en"):
        for javascript in (True, False):
            page, watch = new_page(width=width, height=height, javascript=javascript, locale=code)
            for name, path in PAGES.items():
                where = f"{code} {name} at {width}px, JavaScript {javascript}"
                assert page.goto(f"{site}/{code}/{path}").status == 200
                for selector in ALWAYS:
                    assert within(page, selector, height), f"{where}: {selector} not in view"
                top = page.locator("main h1").bounding_box()["y"]
                assert top + 30 <= height, f"{where}: the heading starts at {top}"
                if width == 360:
                    assert top <= 400, f"{where}: the heading starts at {top}"
                assert page.evaluate("document.documentElement.scrollWidth") <= width, where
                if javascript:
                    # The page is the same without JavaScript: axe once is enough.
                    page.screenshot(path=artifacts / f"first-screen-{code}-{name}-{width}.png")
                    assert axe_violations(page) == [], where
            assert watch.foreign_requests == [] and watch.csp_violations == []


@pytest.mark.parametrize("javascript", [True, False], ids=["js", "nojs"])
@pytest.mark.parametrize(("width", "height"), SCREENS, ids=["360", "320"])
def test_urgent_guide_first_screen_holds_numbers_and_both_removal_tools(
    new_page, site, javascript, width, height
):
    for code in ("ar", "fr", "en"):
        page, _watch = new_page(width=width, height=height, javascript=javascript, locale=code)
        page.goto(f"{site}/{code}/help/now/")
        check_urgent_first_screen(page, code, height)


def check_urgent_first_screen(page, code, height=740):
    for selector in (
        ".urgent-first__calm",
        ".urgent-first__rule",
        ".urgent-first a[href='tel:19']",
        ".urgent-first a[href='tel:112']",
    ):
        assert within(page, selector, height), f"{code}: {selector}"
    buttons = page.locator(".removal-buttons__tool")
    assert [buttons.nth(i).get_attribute("href") for i in range(2)] == [
        STOPNCII_URL,
        TAKE_IT_DOWN_URL,
    ]
    for index in range(2):
        item = f".removal-buttons__item:nth-child({index + 1})"
        assert within(page, f"{item} .removal-buttons__tool", height), code
        if height >= 740:
            # At 320x640 the line saying whom each tool is for pushes "What is this?" just
            # below the fold in French; the buttons themselves are on the first screen.
            assert within(page, f"{item} .removal-buttons__about", height), code
    about = page.locator(".removal-buttons__about")
    assert [about.nth(i).get_attribute("href") for i in range(2)] == [
        f"/{code}/directory/stopncii/",
        f"/{code}/directory/take-it-down/",
    ]
    # The numbers are given once at the top, not in a strip above it as well.
    assert page.locator(".help-strip").count() == 0
    assert page.locator("a[href='tel:177']").count() <= 2


@pytest.mark.parametrize("javascript", [True, False], ids=["js", "nojs"])
def test_menu_opens_and_closes_by_keyboard(new_page, site, artifacts, javascript):
    page, _watch = new_page(width=360, height=740, javascript=javascript)
    page.goto(f"{site}/ar/")
    toggle = page.locator(".site-menu__toggle")
    first_link = page.locator(".site-nav a").first
    assert not first_link.is_visible()
    # Tab from the top of the page reaches the toggle, as a keyboard user would.
    for _ in range(20):
        page.keyboard.press("Tab")
        if page.evaluate("document.activeElement.matches('.site-menu__toggle')"):
            break
    assert page.evaluate("document.activeElement.matches('.site-menu__toggle')")
    page.keyboard.press("Enter")
    assert first_link.is_visible()
    assert page.evaluate("document.querySelector('.site-menu').open")
    page.screenshot(path=artifacts / f"menu-open-ar-360-{javascript}.png")
    page.keyboard.press("Tab")
    assert page.evaluate("document.activeElement.closest('.site-nav') !== null")
    toggle.focus()
    page.keyboard.press(" ")
    assert not first_link.is_visible()
    assert toggle.evaluate("(el) => el.tagName") == "SUMMARY"


def test_wide_screen_shows_the_menu_open_without_its_toggle(new_page, site):
    for javascript in (False, True):
        page, _watch = new_page(width=1280, height=800, javascript=javascript)
        page.goto(f"{site}/fr/")
        assert page.locator(".site-nav a").first.is_visible()
        assert not page.locator(".site-menu__toggle").is_visible()
    # axe needs JavaScript to run its checks (its promise never settles without it).
    assert axe_violations(page) == []
