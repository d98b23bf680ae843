"""An editor writes an article in Arabic and French in the admin's tabs, previews it, a
Publisher publishes it, and an anonymous visitor reads it: accessible, nothing from another
host, no Content-Security-Policy violation along the way."""

import pytest
from django.contrib.auth.models import Group
from django_otp.plugins.otp_totp.models import TOTPDevice

from portal.seminars.models import Article
from tests.browser.axe import axe_violations
from tests.security_helpers import current_code

pytestmark = pytest.mark.django_db(transaction=True)

PASSWORD = "a-long-browser-test-password"
AR_TITLE = "كيف تحمي حساباتك"
FR_TITLE = "Comment protéger vos comptes"
AR_BODY = "غير كلمة السر وفعّل التحقق بخطوتين."
FR_BODY = "Changez votre mot de passe et activez la validation en deux étapes."


@pytest.fixture
def editor_groups():
    """The groups come from data migrations, which an earlier transactional test's flush
    removed: run the same migration code again."""
    import importlib

    from django.apps import apps

    for module in (
        "portal.seminars.migrations.0003_editor_groups",
        "portal.pages.migrations.0002_editor_groups",
    ):
        importlib.import_module(module).forwards(apps, None)


def make_staff(django_user_model, name, group):
    user = django_user_model.objects.create_user(name, f"{name}@example.org", PASSWORD)
    user.is_staff = True
    user.save()
    user.groups.add(Group.objects.get(name=group))
    # Every staff account logs in with a TOTP code as second factor.
    TOTPDevice.objects.create(user=user, name="phone", confirmed=True)


def log_in(page, site, name):
    page.goto(f"{site}/admin/login/?next=/admin/")
    page.fill("#id_username", name)
    page.fill("#id_password", PASSWORD)
    page.fill("#id_otp_token", current_code(TOTPDevice.objects.get(user__username=name)))
    page.click("input[type=submit]")
    page.wait_for_url(f"{site}/admin/")


def write_in_tab(page, field, code, text, rich=False):
    page.click(f'a[href="#tab_id_{field}_{code}"]')
    if rich:
        editor = page.locator(f"#tab_id_{field}_{code} [contenteditable=true]")
        editor.click()
        page.keyboard.type(text)
    else:
        page.fill(f"#id_{field}_{code}", text)


def test_editor_writes_previews_publisher_publishes_visitor_reads(
    new_page, site, django_user_model, artifacts, editor_groups
):
    make_staff(django_user_model, "editor", "Editors")
    make_staff(django_user_model, "publisher", "Publishers")

    page, watch = new_page(width=1280)
    log_in(page, site, "editor")
    page.goto(f"{site}/admin/seminars/article/add/")
    for code, title, summary, body in (
        ("ar", AR_TITLE, "نصائح بسيطة.", AR_BODY),
        ("fr", FR_TITLE, "Des conseils simples.", FR_BODY),
    ):
        write_in_tab(page, "title", code, title)
        write_in_tab(page, "summary", code, summary)
        write_in_tab(page, "body", code, body, rich=True)
    # The Arabic editor runs right to left.
    direction = page.eval_on_selector(
        "#tab_id_body_ar [contenteditable=true]", "el => getComputedStyle(el).direction"
    )
    assert direction == "rtl"
    page.fill("#id_published_on", "2026-11-28")
    assert page.locator("#id_status option[value=published]").count() == 0
    page.select_option("#id_status", "review")
    page.click("input[name=_continue]")
    page.wait_for_selector(".messagelist .success")
    page.screenshot(path=artifacts / "admin-article-editor.png", full_page=True)
    assert watch.csp_violations == [], watch.csp_violations
    article = Article.objects.get(title_fr=FR_TITLE)
    assert article.slug == "comment-proteger-vos-comptes"
    assert article.status == "review"
    assert AR_BODY in article.body_ar and FR_BODY in article.body_fr

    with page.context.expect_page() as popup:
        page.click(f'a[href="/admin/seminars/article/{article.pk}/preview/fr/"]')
    preview = popup.value
    preview.wait_for_load_state()
    assert FR_BODY in preview.content()
    assert preview.locator(".preview-banner").count() == 1
    assert watch.csp_violations == [], watch.csp_violations
    assert watch.foreign_requests == [], watch.foreign_requests

    page, watch = new_page(width=1280)
    log_in(page, site, "publisher")
    page.goto(f"{site}/admin/seminars/article/{article.pk}/change/")
    page.select_option("#id_status", "published")
    page.click("input[name=_save]")
    page.wait_for_selector(".messagelist .success")
    article.refresh_from_db()
    assert article.status == "published"
    # Two revisions now: compare them from the history.
    page.goto(f"{site}/admin/seminars/article/{article.pk}/history/")
    page.click("#change-history input[type=submit]")
    page.wait_for_url("**/history/compare/**")
    page.screenshot(path=artifacts / "admin-compare.png", full_page=True)
    diff = page.locator("#content").inner_text()
    assert "- قيد المراجعة" in diff and "+ منشور" in diff  # In review -> Published
    assert watch.csp_violations == [], watch.csp_violations

    for code, title, body in (("ar", AR_TITLE, AR_BODY), ("fr", FR_TITLE, FR_BODY)):
        page, watch = new_page(width=360, locale=code)
        response = page.goto(f"{site}/{code}/news/{article.slug}/")
        assert response.status == 200
        assert page.locator("h1").inner_text() == title
        assert body in page.locator("main").inner_text()
        page.screenshot(path=artifacts / f"{code}-new-article.png", full_page=True)
        assert axe_violations(page) == []
        assert watch.foreign_requests == [] and watch.csp_violations == []
        assert page.context.cookies() == []
