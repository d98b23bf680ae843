"""The admin's translation tabs work in a real browser, with nothing loaded from a CDN."""

import pytest

from tests.security_helpers import browser_login, make_editor

pytestmark = pytest.mark.django_db(transaction=True)


def test_translation_tabs_render_offline(new_page, site, django_user_model):
    _user, device = make_editor(django_user_model)
    page, watch = new_page(width=1280)
    browser_login(page, site, device)
    page.goto(f"{site}/admin/seminars/article/add/")
    tabs = page.locator(".ui-tabs-nav").first
    tabs.wait_for()
    labels = page.locator(".ui-tabs-nav").first.inner_text().lower()
    assert "ar" in labels and "fr" in labels and "en" in labels
    # Switching to the French tab shows the French field and hides the Arabic one.
    page.locator(".ui-tabs-nav a", has_text="FR").first.click()
    assert page.locator("#id_title_fr").is_visible()
    assert not page.locator("#id_title_ar").is_visible()
    assert watch.foreign_requests == []
    assert watch.csp_violations == []
