"""What the browser test of the review flow found on a directory entry's pending change: the
four-eyes table named the changed field by its code name ("value") in the Arabic admin, the
diff wrote the cleared check's date in ISO (2026-11-29), and the notes textarea, posted back
by a browser with CRLF line ends, counted as a change that nobody made (shown in the diff; a
save with nothing changed waited for review)."""

import re

import pytest
from django.test import Client
from django.urls import reverse
from django.utils import timezone, translation
from django.utils.formats import date_format

from portal.directory.models import Organisation
from portal.review.models import PendingChange
from tests.review_helpers import form_data
from tests.test_admin_languages import member, sign_in

pytestmark = pytest.mark.django_db

# A seeded entry with a full phone number and notes on several lines; its editor types the
# number of another seeded entry (EMC's helpline).
ENTRY = "onde-2511"
NEW_NUMBER = "06 24 40 58 89"


@pytest.fixture
def entry(seeded):
    organisation = Organisation.objects.get(slug=ENTRY)
    Organisation.objects.filter(pk=organisation.pk).update(
        status=Organisation.Status.PUBLISHED, verified_on=timezone.localdate()
    )
    organisation.refresh_from_db()
    assert "\n" in organisation.editor_notes
    return organisation


@pytest.fixture
def editor(django_user_model, seeded):
    return sign_in(Client(), member(django_user_model, "hind", "Editors"), "ar")


@pytest.fixture
def publisher(django_user_model, seeded):
    return sign_in(Client(), member(django_user_model, "youssef", "Publishers"), "ar")


def post_as_browser(client, organisation, **changes):
    """The entry's change form posted back as Chromium does: textareas with CRLF."""
    url = reverse("admin:directory_organisation_change", args=[organisation.pk])
    data = form_data(client.get(url).content.decode())
    data["editor_notes"] = data["editor_notes"].replace("\n", "\r\n")
    data.update(changes)
    data.pop("_saveasnew", None)
    data["_save"] = "Save"
    return client.post(url, data)


def phone_field(client, organisation):
    url = reverse("admin:directory_organisation_change", args=[organisation.pk])
    data = form_data(client.get(url).content.decode())
    phone = organisation.contact_points.get(kind="phone")
    return next(
        name
        for name, value in data.items()
        if re.fullmatch(r"contact_points-\d+-value", name) and value == phone.value
    )


def test_saving_an_entry_unchanged_from_a_browser_sends_nothing_to_review(editor, entry):
    response = post_as_browser(editor, entry)
    assert response.status_code == 302
    assert not PendingChange.objects.filter(state="pending").exists()


def test_the_four_eyes_table_names_the_field_in_the_admins_language(editor, publisher, entry):
    field = phone_field(editor, entry)
    assert post_as_browser(editor, entry, **{field: NEW_NUMBER}).status_code == 302
    change = PendingChange.objects.get(state="pending")
    html = publisher.get(reverse("admin:review_pendingchange_change", args=[change.pk]))
    html = html.content.decode()
    four_eyes = html.split('class="review-four-eyes"')[1].split("</table>")[0]
    assert "<td>الرقم أو العنوان</td>" in four_eyes and "<td>value</td>" not in four_eyes
    diff = html.split('class="review-diff"')[1].split("</table>")[0]
    assert "ملاحظات المحررين" not in diff  # the notes did not change
    assert "الرقم أو العنوان" in diff
    # The cleared check, dated as the admin dates (not 2026-11-29).
    assert "تاريخ آخر تحقق" in diff
    with translation.override("ar"):
        assert date_format(entry.verified_on, "DATE_FORMAT") in diff
    assert entry.verified_on.isoformat() not in diff
