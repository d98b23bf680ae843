"""The pages editors add, as visitors see them: the menu from the database, topics, and an
untranslated page shown in Arabic with a notice, all accessible at phone width."""

import pytest

from portal.pages.models import Page
from tests.browser.axe import axe_violations

pytestmark = pytest.mark.django_db(transaction=True)


@pytest.mark.parametrize(
    ("path", "locale"),
    [
        ("/fr/news/", "fr"),
        ("/en/news/topic/study-days/", "en"),
        ("/fr/untranslated/", "fr"),
        ("/ar/privacy/", "ar"),
    ],
)
def test_editor_pages_are_accessible_on_a_phone(new_page, site, artifacts, path, locale):
    Page.objects.create(
        title_ar="صفحة غير مترجمة",
        title_fr="Page non traduite",
        slug="untranslated",
        body_ar="<p>هذا النص بالعربية فقط.</p>",
        status="published",
        menu="footer",
    )
    page, watch = new_page(width=320, locale=locale)
    response = page.goto(f"{site}{path}")
    assert response.status == 200
    assert page.evaluate("document.documentElement.scrollWidth") <= 320
    page.screenshot(path=artifacts / f"editors{path.replace('/', '-')}320.png", full_page=True)
    assert axe_violations(page) == []
    assert watch.foreign_requests == [] and watch.csp_violations == []
    if path == "/fr/untranslated/":
        body = page.locator("main .body")
        assert body.get_attribute("lang") == "ar"
        assert body.evaluate("el => getComputedStyle(el).direction") == "rtl"
        assert page.locator(".notice--translation").count() == 1
        # Its title is translated, so the menu entry is plain French.
        link = page.locator('.footer-links a[href="/fr/untranslated/"]')
        assert link.inner_text() == "Page non traduite" and link.get_attribute("lang") is None
