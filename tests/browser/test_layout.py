"""The Arabic pages as a phone and a laptop show them: no sideways scrolling, right to left,
accessible, and nothing fetched from another host."""

import pytest

from portal.seminars.models import Article
from tests.browser.axe import axe_violations

pytestmark = pytest.mark.django_db(transaction=True)

WIDTHS = [320, 360, 1280]


def pages(site):
    article = Article.objects.published().first()
    return {"home": f"{site}/ar/", "article": f"{site}/ar/news/{article.slug}/"}


@pytest.mark.parametrize("width", WIDTHS)
def test_arabic_pages_fit_the_screen_and_pass_axe(new_page, site, artifacts, width):
    for name, url in pages(site).items():
        page, watch = new_page(width=width)
        response = page.goto(url)
        assert response.status == 200
        assert page.evaluate("document.documentElement.dir") == "rtl"
        assert page.evaluate("getComputedStyle(document.body).direction") == "rtl"
        scroll_width = page.evaluate("document.documentElement.scrollWidth")
        assert scroll_width <= width, f"{name} at {width}px scrolls sideways ({scroll_width}px)"
        page.screenshot(path=artifacts / f"ar-{name}-{width}.png", full_page=True)
        violations = axe_violations(page)
        assert violations == [], f"{name} at {width}px: {violations}"
        assert watch.foreign_requests == [], watch.foreign_requests
        assert watch.csp_violations == [], watch.csp_violations


def test_arabic_text_with_poor_contrast_is_caught(new_page, site):
    """The contrast fix works: grey-on-white Arabic is a violation, not a silent pass."""
    page, _watch = new_page()
    page.goto(f"{site}/ar/")
    page.evaluate(
        "() => { const p = document.querySelector('main p'); p.style.color = '#bbbbbb'; }"
    )
    ids = [violation["id"] for violation in axe_violations(page)]
    assert "color-contrast" in ids


def test_no_cookie_or_storage_after_visiting(new_page, site):
    page, _watch = new_page()
    for url in pages(site).values():
        page.goto(url)
    assert page.context.cookies() == []
    assert page.evaluate("localStorage.length + sessionStorage.length") == 0
