"""In Chromium, with the admin in Arabic: an Editor changes a published article, visitors
still read the old title, a Publisher finds the change in the queue, reads the word diff,
previews it and approves it, and visitors then read the new title. Screenshots of the queue
and the diff go to test-artifacts/."""

import pytest

from portal.seminars.models import Article
from tests.browser.test_editor_workflow import log_in, make_staff

pytestmark = pytest.mark.django_db(transaction=True)

NEW_WORDS = "عنوان جديد بعد المراجعة"


@pytest.fixture
def editor_groups():
    import importlib

    from django.apps import apps

    for module in (
        "portal.seminars.migrations.0003_editor_groups",
        "portal.pages.migrations.0002_editor_groups",
    ):
        importlib.import_module(module).forwards(apps, None)


def test_editor_change_waits_for_a_publisher_in_the_arabic_admin(
    new_page, site, django_user_model, artifacts, editor_groups
):
    make_staff(django_user_model, "editor", "Editors")
    make_staff(django_user_model, "publisher", "Publishers")
    article = Article.objects.published().first()
    old_title = article.title_ar
    public = f"{site}/ar/news/{article.slug}/"

    page, watch = new_page(width=1280)
    log_in(page, site, "editor")
    page.goto(f"{site}/admin/seminars/article/{article.pk}/change/")
    page.fill("#id_title_ar", f"{old_title} {NEW_WORDS}")
    page.click("input[name=_save]")
    page.wait_for_load_state()
    # The message and the banner, in Arabic.
    assert "حُفظ تعديلك في انتظار المراجعة" in page.content()
    assert "تعرض هذه الاستمارة النسخة التي في انتظار المراجعة" in page.content()

    visitor, _watch = new_page()
    visitor.goto(public)
    assert NEW_WORDS not in visitor.content() and old_title in visitor.text_content("h1")

    reviewer, review_watch = new_page(width=1280)
    log_in(reviewer, site, "publisher")
    queue = reviewer.locator("#review-queue")
    assert "في انتظار مراجعتك" in queue.text_content() and "editor" in queue.text_content()
    reviewer.screenshot(path=str(artifacts / "review-queue-ar.png"), full_page=True)
    queue.locator("a").first.click()
    reviewer.wait_for_load_state()
    inserted = reviewer.locator('.word-diff ins[lang="ar"]').first
    assert inserted.text_content() == NEW_WORDS  # whole words, in one run
    assert inserted.get_attribute("dir") == "rtl"
    reviewer.screenshot(path=str(artifacts / "review-diff-ar.png"), full_page=True)

    with reviewer.expect_popup() as popup:
        reviewer.locator(".review-previews a").first.click()
    preview = popup.value
    preview.wait_for_load_state()
    assert NEW_WORDS in preview.content()
    preview.close()
    visitor.goto(public)
    assert NEW_WORDS not in visitor.content()  # previewing changed nothing

    reviewer.click(".review-approve input[type=submit]")
    reviewer.wait_for_load_state()
    visitor.goto(public)
    assert NEW_WORDS in visitor.text_content("h1")
    for w in (watch, review_watch):
        assert w.foreign_requests == [] and w.csp_violations == []
