"""The changelist's editable order column saves straight to the database, outside the change
form that review watches: an Editor must not reorder live guides or questions that way."""

import pytest
from django.urls import reverse

from portal.guides.models import FAQEntry

pytestmark = pytest.mark.django_db

LIST_URL = reverse("admin:guides_faqentry_changelist")


def reorder_post(entry, order):
    return {
        "form-TOTAL_FORMS": "1",
        "form-INITIAL_FORMS": "1",
        "form-MIN_NUM_FORMS": "0",
        "form-MAX_NUM_FORMS": "1000",
        "form-0-id": str(entry.pk),
        "form-0-order": str(order),
        "_save": "Save",
    }


def test_an_editor_cannot_reorder_live_questions_from_the_list(editor):
    entry = FAQEntry.objects.published().first()
    before = entry.order
    page = editor.get(LIST_URL).content.decode()
    assert 'name="form-0-order"' not in page  # no editable column offered
    editor.post(LIST_URL, reorder_post(entry, before + 7))
    entry.refresh_from_db()
    assert entry.order == before


def test_a_publisher_still_reorders_from_the_list(publisher):
    entry = FAQEntry.objects.published().first()
    page = publisher.get(LIST_URL).content.decode()
    assert 'name="form-0-order"' in page
    response = publisher.post(LIST_URL, reorder_post(entry, entry.order + 7))
    assert response.status_code == 302
    assert FAQEntry.objects.get(pk=entry.pk).order == entry.order + 7
