"""The help directory in a real Chromium: usable without JavaScript on a small phone in
Arabic, numbers left-to-right inside the right-to-left page, and no axe-core violation."""

import pytest

from tests.browser.axe import axe_violations
from tests.directory_factories import make_org

pytestmark = pytest.mark.django_db(transaction=True)


@pytest.fixture
def entries(site):
    make_org(
        "child-line-casa",
        kind="child-protection",
        name_ar="خط حماية الطفولة بالدار البيضاء",
        regions=["casablanca-settat"],
        audiences=["under-18"],
        contacts=[("phone", "05 22 00 00 01"), ("whatsapp", "06 61 00 00 02")],
    )
    make_org(
        "child-line-national",
        kind="child-protection",
        name_ar="خط وطني لحماية الطفولة",
        audiences=["under-18"],
        contacts=[("short-code", "2511")],
    )
    make_org("legal-line", kind="legal-aid", contacts=[("phone", "05 37 00 00 03")])
    make_org("draft-child-line", kind="child-protection", status="draft")
    return site


def test_filter_to_child_protection_without_javascript_in_arabic_at_320px(
    new_page, entries, artifacts
):
    page, watch = new_page(width=320, javascript=False)
    assert page.goto(f"{entries}/ar/directory/").status == 200
    page.select_option("#id_kind", "child-protection")
    with page.expect_navigation():
        page.click(".directory-filters button[type=submit]")
    assert "kind=child-protection" in page.url
    cards = page.locator("article.directory-entry")
    slugs = sorted(
        href.strip("/").split("/")[-1]
        for href in cards.locator("h3 a").evaluate_all("(links) => links.map(a => a.pathname)")
    )
    assert slugs == ["child-line-casa", "child-line-national"]
    assert cards.count() == page.locator("article.directory-entry--child-protection").count()
    assert "نتيجتان" in page.locator("#results-title").inner_text()

    assert page.evaluate("getComputedStyle(document.body).direction") == "rtl"
    numbers = page.locator("article.directory-entry .tel")
    assert numbers.count() == 3
    for index in range(numbers.count()):
        number = numbers.nth(index)
        assert number.evaluate("(el) => getComputedStyle(el).direction") == "ltr"
        assert number.evaluate("(el) => getComputedStyle(el.closest('article')).direction") == (
            "rtl"
        )
    assert "05 22 00 00 01" in numbers.all_inner_texts()
    scroll_width = page.evaluate("document.documentElement.scrollWidth")
    assert scroll_width <= 320, f"scrolls sideways ({scroll_width}px)"
    page.screenshot(path=artifacts / "ar-directory-child-protection-320.png", full_page=True)
    assert watch.foreign_requests == []
    assert watch.csp_violations == []
    assert page.context.cookies() == []


@pytest.mark.parametrize("language", ["ar", "fr", "en"])
def test_directory_and_detail_pages_pass_axe(new_page, entries, language):
    for path in (
        "directory/",
        "directory/?kind=child-protection&anonymous=on",
        "directory/child-line-casa/",
        "directory/e-blagh/",
    ):
        page, watch = new_page(width=360, locale=language)
        assert page.goto(f"{entries}/{language}/{path}").status == 200
        violations = axe_violations(page)
        assert violations == [], f"{language} {path}: {violations}"
        assert page.evaluate("document.documentElement.scrollWidth") <= 360, path
        assert watch.foreign_requests == []
        assert watch.csp_violations == []
