"""What a victim's browser keeps and sends after visiting every public page in every
language: no cookie, no storage, no request to another host, no CSP violation. And an editor's
whole admin flow (login with a second factor, edit, save) runs under the CSP without a single
violation."""

import pytest

from tests.conftest import public_paths
from tests.security_helpers import browser_login, make_editor

pytestmark = pytest.mark.django_db(transaction=True)

# Records CSP violation events as the page reports them (securitypolicyviolation), in
# addition to the console messages PageWatch collects.
RECORD_VIOLATIONS = """
window.__csp = [];
document.addEventListener('securitypolicyviolation', (e) => {
  window.__csp.push(e.violatedDirective + ' ' + e.blockedURI);
});
"""


def test_public_pages_leave_no_trace(new_page, site):
    paths = public_paths()
    assert len(paths) >= 12
    page, watch = new_page(width=360)
    page.add_init_script(RECORD_VIOLATIONS)
    header_errors = []
    page.on(
        "console",
        lambda message: (
            "Permissions-Policy" in message.text and header_errors.append(message.text)
        ),
    )
    for path in paths:
        response = page.goto(f"{site}{path}")
        assert response.status == 200, path
        page.wait_for_load_state("load")
        assert page.evaluate("window.__csp") == [], path
        storage = page.evaluate("localStorage.length + sessionStorage.length")
        assert storage == 0, path
    assert page.context.cookies() == []
    assert watch.foreign_requests == []
    assert watch.csp_violations == []
    # Every feature our Permissions-Policy names is one Chromium knows.
    assert header_errors == []


def test_admin_login_edit_and_save_without_csp_violations(new_page, site, django_user_model):
    from portal.seminars.models import Article

    _user, device = make_editor(django_user_model)
    article = Article.objects.first()
    page, watch = new_page(width=1280)
    page.add_init_script(RECORD_VIOLATIONS)
    browser_login(page, site, device)
    assert page.evaluate("window.__csp") == []
    page.goto(f"{site}/admin/seminars/article/")
    assert page.evaluate("window.__csp") == []
    page.goto(f"{site}/admin/seminars/article/{article.pk}/change/")
    page.locator(".ui-tabs-nav").first.wait_for()
    page.locator(".ui-tabs-nav a", has_text="FR").first.click()
    page.fill("#id_title_fr", "Titre modifié par le test")
    assert page.evaluate("window.__csp") == []
    page.click("input[name=_save]")
    page.wait_for_url(f"{site}/admin/seminars/article/")
    assert page.locator(".messagelist .success").count() == 1
    assert page.evaluate("window.__csp") == []
    article.refresh_from_db()
    assert article.title_fr == "Titre modifié par le test"
    assert watch.foreign_requests == []
    assert watch.csp_violations == []
    # The admin's cookies: Secure, HttpOnly session, SameSite=Strict, no Domain.
    cookies = {cookie["name"]: cookie for cookie in page.context.cookies()}
    session = next(c for name, c in cookies.items() if name.endswith("sessionid"))
    assert session["httpOnly"] and session["secure"] and session["sameSite"] == "Strict"


def test_every_admin_page_type_runs_under_the_strict_policy(new_page, site, django_user_model):
    """Why the admin needs no policy of its own: Django 6.1's admin ships no inline script
    or style, and the translation tabs use our copy of jQuery UI. Walk every model's list,
    add and change page and prove it."""
    from django.contrib import admin
    from django.urls import reverse

    _user, device = make_editor(django_user_model)
    page, watch = new_page(width=1280)
    page.add_init_script(RECORD_VIOLATIONS)
    browser_login(page, site, device)
    for model in admin.site._registry:
        meta = model._meta
        urls = [
            reverse(f"admin:{meta.app_label}_{meta.model_name}_changelist"),
            reverse(f"admin:{meta.app_label}_{meta.model_name}_add"),
        ]
        first = model.objects.first()
        if first is not None:
            urls.append(
                reverse(f"admin:{meta.app_label}_{meta.model_name}_change", args=[first.pk])
            )
        for url in urls:
            response = page.goto(f"{site}{url}")
            assert response.status in {200, 403}, url
            page.wait_for_load_state("load")
            assert page.evaluate("window.__csp") == [], url
    assert watch.csp_violations == []
    assert watch.foreign_requests == []


def test_the_violation_recorder_sees_a_violation(new_page, site):
    page, _watch = new_page()
    page.add_init_script(RECORD_VIOLATIONS)
    page.goto(f"{site}/ar/")
    page.evaluate("document.body.setAttribute('style', 'color: red')")
    page.wait_for_function("window.__csp.length > 0")
    assert page.evaluate("window.__csp")[0].startswith("style-src")
