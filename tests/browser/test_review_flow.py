"""In Chromium, with the admin in Arabic, real Editors and Publishers accounts: an Editor
changes a step of the urgent guide and the phone number of a published directory entry;
visitors still read the old step and the old number; a Publisher finds both changes in the
queue, reads each word diff, previews them, approves them (the number with its four-eyes
check and source); visitors then read the new step and the new number.

Screenshots go to test-artifacts/: the queue (review-queue-ar.png), the guide's diff
(review-diff-ar.png) and the number's (review-diff-number-ar.png). Every admin screen of the
flow is read for known English admin strings (tests/admin_english.py); none may show."""

import importlib

import pytest
from django.apps import apps
from django.utils import timezone

from portal.directory.models import ContactPoint, Organisation
from portal.directory.phones import normalise_phone
from portal.guides.models import Guide
from tests.admin_english import english_in_text
from tests.browser.conftest import PageWatch
from tests.browser.test_admin_language import SCREEN_TEXT
from tests.browser.test_editor_workflow import log_in, make_staff

pytestmark = pytest.mark.django_db(transaction=True)

NEW_WORDS = "ثم اتصل بمن تثق به"
APPROVED = "تمت الموافقة على التعديل وأصبح منشورا للعموم."
# No seeded published entry has a full phone number (those are short numbers and forms), so
# the test publishes the seeded ONDE line, and its editor types the number of another seeded
# entry (EMC's helpline): a real, sourced number, in a test database only.
ENTRY = "onde-2511"
NEW_NUMBER = "06 24 40 58 89"


@pytest.fixture
def editor_groups():
    """The groups come from data migrations, which an earlier transactional test's flush
    removed: run every content app's grant again."""
    for module in (
        "portal.seminars.migrations.0003_editor_groups",
        "portal.seminars.migrations.0008_editor_groups_every_model",
        "portal.pages.migrations.0002_editor_groups",
        "portal.guides.migrations.0005_editor_groups",
        "portal.directory.migrations.0004_editor_groups",
    ):
        importlib.import_module(module).forwards(apps, None)


@pytest.fixture
def published_phone_entry(seeded):
    entry = Organisation.objects.get(slug=ENTRY)
    Organisation.objects.filter(pk=entry.pk).update(
        status=Organisation.Status.PUBLISHED, verified_on=timezone.localdate()
    )
    phone = entry.contact_points.get(kind="phone")
    assert Organisation.objects.public().filter(pk=entry.pk).exists()
    return entry, phone


def shown(value):
    return ContactPoint(kind="phone", value=value).display


def assert_no_english(page, screens):
    """Nothing of the admin's known English on this screen (icons' ligatures hidden)."""
    # SCREEN_TEXT first: it hides the editor's icon-font ligatures ("undo" drawn as an arrow).
    leaks = english_in_text(page.evaluate(SCREEN_TEXT), "ar")
    leaks += english_in_text(page.inner_text("body"), "ar")
    assert not leaks, f"{page.url}: {sorted(set(leaks))}"
    screens.append(page.url)


def test_editor_changes_wait_for_a_publisher_in_the_arabic_admin(
    new_page, site, django_user_model, artifacts, editor_groups, published_phone_entry
):
    make_staff(django_user_model, "editor", "Editors")
    make_staff(django_user_model, "publisher", "Publishers")
    entry, phone = published_phone_entry
    old_number, new_number = shown(phone.value), shown(normalise_phone(NEW_NUMBER))
    assert old_number != new_number
    guide = Guide.objects.get(is_urgent=True)
    step = guide.steps.order_by("order", "pk").first()
    old_step = step.title_ar
    urgent = f"{site}/ar/help/now/"
    entry_page, directory = f"{site}/ar/directory/{entry.slug}/", f"{site}/ar/directory/"
    screens = []

    # The Editor, in Arabic: the urgent guide's first step, then the entry's number.
    page, watch = new_page(width=1280)
    log_in(page, site, "editor")
    assert_no_english(page, screens)
    page.goto(f"{site}/admin/guides/guide/{guide.pk}/change/")
    assert (
        page.get_attribute("html", "lang") == "ar" and page.get_attribute("html", "dir") == "rtl"
    )
    assert_no_english(page, screens)
    field = page.locator("#id_steps-0-title_ar")
    assert field.input_value() == old_step
    field.fill(f"{old_step} {NEW_WORDS}")
    page.click("input[name=_save]")
    page.wait_for_load_state()
    assert "حُفظ تعديلك في انتظار المراجعة" in page.inner_text("body")
    assert_no_english(page, screens)

    page.goto(f"{site}/admin/directory/organisation/{entry.pk}/change/")
    assert_no_english(page, screens)
    number = page.locator(f'input[name="contact_points-{phone_index(entry, phone)}-value"]')
    assert normalise_phone(number.input_value()) == phone.value
    number.fill(NEW_NUMBER)
    page.click("input[name=_save]")
    page.wait_for_load_state()
    assert "حُفظ تعديلك في انتظار المراجعة" in page.inner_text("body")
    assert_no_english(page, screens)

    # Visitors still read the published versions.
    visitor, visitor_watch = new_page()

    def public_reads(new):
        visitor.goto(urgent)
        steps = visitor.inner_text("main")
        assert (NEW_WORDS in steps) is new and old_step in steps
        for address in (entry_page, directory):
            visitor.goto(address)
            text = visitor.inner_text("main")
            assert (new_number in text) is new and (old_number in text) is not new, address

    public_reads(new=False)

    # The Publisher: both changes in the queue on the admin's home page.
    reviewer, review_watch = new_page(width=1280)
    # The whole context, so that the preview tabs it opens are watched too.
    context_watch = PageWatch(reviewer.context, site)
    log_in(reviewer, site, "publisher")
    queue = reviewer.locator("#review-queue")
    assert "في انتظار مراجعتك" in queue.inner_text()
    rows = queue.locator("tbody tr")
    assert rows.count() == 2
    guide_row = rows.filter(has_text=guide.title_ar)
    entry_row = rows.filter(has_text=entry.name_ar)
    assert "editor" in guide_row.inner_text() and "editor" in entry_row.inner_text()
    assert "بيانات الاتصال" in entry_row.inner_text()  # flagged as a contact-details change
    reviewer.screenshot(path=str(artifacts / "review-queue-ar.png"), full_page=True)
    assert_no_english(reviewer, screens)

    # The guide: word diff, preview, approval.
    guide_row.locator("a").first.click()
    reviewer.wait_for_load_state()
    inserted = reviewer.locator('.word-diff ins[lang="ar"]').first
    assert inserted.text_content() == NEW_WORDS  # whole words, in one run
    assert inserted.get_attribute("dir") == "rtl"
    reviewer.screenshot(path=str(artifacts / "review-diff-ar.png"), full_page=True)
    assert_no_english(reviewer, screens)
    preview_shows(reviewer, NEW_WORDS)
    public_reads(new=False)  # previewing changed nothing
    reviewer.click(".review-approve input[type=submit]")
    reviewer.wait_for_load_state()
    assert APPROVED in reviewer.inner_text("body")
    assert_no_english(reviewer, screens)
    visitor.goto(urgent)
    assert NEW_WORDS in visitor.inner_text("main")

    # The number: old and new value, preview, approval with the check and its source.
    reviewer.locator("#review-queue tbody tr").filter(has_text=entry.name_ar).locator(
        "a"
    ).first.click()
    reviewer.wait_for_load_state()
    four_eyes = reviewer.locator(".review-four-eyes")
    # The field by its Arabic name, and only what the editor changed in the diff.
    assert four_eyes.locator("tbody td").first.inner_text() == "الرقم أو العنوان"
    assert "ملاحظات المحررين" not in reviewer.locator(".review-diff").inner_text()
    assert normalise_phone(four_eyes.locator("del").first.inner_text()) == phone.value
    assert normalise_phone(four_eyes.locator("ins").first.inner_text()) == normalise_phone(
        NEW_NUMBER
    )
    reviewer.screenshot(path=str(artifacts / "review-diff-number-ar.png"), full_page=True)
    assert_no_english(reviewer, screens)
    preview_shows(reviewer, new_number)
    visitor.goto(entry_page)
    assert old_number in visitor.inner_text("main")
    reviewer.check("#id_verified")
    reviewer.fill("#id_source_url", entry.source_url)
    reviewer.click(".review-approve input[type=submit]")
    reviewer.wait_for_load_state()
    assert reviewer.url == f"{site}/admin/" and APPROVED in reviewer.inner_text("body")
    assert not reviewer.locator("#review-queue tbody tr").count()
    assert_no_english(reviewer, screens)

    public_reads(new=True)
    assert len(screens) >= 10
    for w in (watch, review_watch, context_watch, visitor_watch):
        assert w.foreign_requests == [] and w.csp_violations == []


def phone_index(entry, phone):
    """The inline form's index of the phone: the admin lists contacts in model order."""
    return list(entry.contact_points.values_list("pk", flat=True)).index(phone.pk)


def preview_shows(reviewer, text):
    with reviewer.expect_popup() as popup:
        reviewer.locator(".review-previews a").first.click()
    preview = popup.value
    preview.wait_for_load_state()
    assert text in preview.inner_text("body")
    preview.close()
