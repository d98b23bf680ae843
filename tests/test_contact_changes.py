"""Four eyes on contacts, at model level: a changed number, address or website of a published
entry takes it offline until verified again, and is logged; a CSV import never publishes."""

import pytest
import tablib
from django.apps import apps
from django.test import Client
from django.urls import reverse
from django.utils import translation

from portal.directory.changes import ContactChangeLog
from portal.directory.models import Organisation
from portal.directory.resources import OrganisationResource
from tests.admin_forms import form_data
from tests.directory_factories import make_org
from tests.editors_helpers import logged_in, staff_user

pytestmark = pytest.mark.django_db


def detail(client, slug):
    with translation.override("fr"):
        return client.get(reverse("directory:detail", kwargs={"slug": slug}))


@pytest.fixture
def entry(django_user_model):
    organisation = make_org(
        "help-line", contacts=(("phone", "05 37 12 34 56"),), website="https://example.org/"
    )
    organisation.verified_by = staff_user(django_user_model, "checker", "Publishers")
    organisation.save()
    return organisation


def test_a_changed_phone_number_clears_the_check_and_is_logged(client, entry):
    assert detail(client, "help-line").status_code == 200
    point = entry.contact_points.get()
    point.value = "+212537654321"
    point.save()  # as a shell or a script would
    entry.refresh_from_db()
    assert entry.verified_on is None and entry.verified_by is None
    assert not Organisation.objects.public().filter(pk=entry.pk).exists()
    assert detail(client, "help-line").status_code == 404  # offline until verified again
    log = ContactChangeLog.objects.get()
    assert (log.organisation, log.contact_point, log.field) == (entry, point, "value")
    assert (log.old_value, log.new_value) == ("+212537123456", "+212537654321")
    assert log.changed_by is None


def test_a_changed_website_or_address_clears_the_check_too(entry):
    entry.website = "https://example.org/new"
    entry.address_fr = "1, rue Exemple, Rabat"
    entry.save()
    entry.refresh_from_db()
    assert entry.verified_on is None
    assert {(log.field, log.old_value, log.new_value) for log in entry.contact_changes.all()} == {
        ("website", "https://example.org/", "https://example.org/new"),
        ("address_fr", "", "1, rue Exemple, Rabat"),
    }


def test_other_changes_and_drafts_keep_the_check(entry):
    entry.description_fr = "Une description"
    entry.save()
    draft = make_org("draft-line", status=Organisation.Status.DRAFT)
    point = draft.contact_points.get()
    point.value = "18"
    point.save()
    entry.refresh_from_db()
    draft.refresh_from_db()
    assert entry.verified_on is not None and draft.verified_on is not None
    assert not ContactChangeLog.objects.exists()


def test_the_log_names_who_changed_a_number_in_the_admin(client, django_user_model, entry):
    publisher = logged_in(client, staff_user(django_user_model, "publisher", "Publishers"))
    url = reverse("admin:directory_organisation_change", args=[entry.pk])
    data = form_data(publisher.get(url).content.decode(), "organisation")
    data["contact_points-0-value"] = "05 37 65 43 21"
    assert publisher.post(url, data).status_code == 302
    if apps.is_installed("portal.review"):
        # With review, the change waits: nothing reached the site, so nothing is logged
        # here yet; a second Publisher approves it, and then it is.
        from portal.review.models import PendingChange

        assert not ContactChangeLog.objects.exists()
        assert entry.contact_points.get().value == "+212537123456"
        change = PendingChange.objects.get(state="pending")
        second = logged_in(Client(), staff_user(django_user_model, "second", "Publishers"))
        approve = reverse("admin:review_pendingchange_approve", args=[change.pk])
        data = {"verified": "on", "source_url": entry.source_url}
        assert second.post(approve, data).status_code == 302
    log = ContactChangeLog.objects.get()
    assert (log.old_value, log.new_value) == ("+212537123456", "+212537654321")
    assert log.changed_by.username == "publisher"
    entry.refresh_from_db()
    # The one who changed it is never the one who checks it.
    assert entry.verified_by is None or entry.verified_by.username == "second"
    page = publisher.get(reverse("admin:directory_contactchangelog_changelist"))
    assert page.status_code == 200 and "+212537654321" in page.content.decode()


HEADER = (
    "slug,name_ar,name_fr,name_en,kind,regions,audiences,languages,website,source_url,"
    "verified_on,status\n"
)


def import_rows(*rows, user=None):
    dataset = tablib.Dataset().load(HEADER + "".join(rows), "csv")
    return OrganisationResource().import_data(dataset, dry_run=False, user=user)


def test_a_csv_import_cannot_publish(client):
    result = import_rows(
        "new-line,خط,Ligne,Line,ngo,nationwide,everyone,ar,,https://example.org/s,2026-11-01,published\n"
    )
    assert not result.has_errors() and not result.has_validation_errors()
    assert Organisation.objects.get(slug="new-line").status == "draft"
    assert detail(client, "new-line").status_code == 404


def test_a_csv_changing_a_published_entry_is_refused_and_the_page_is_unchanged(client, entry):
    before = detail(client, "help-line").content.decode()
    assert "https://example.org/" in before and "https://example.org/evil" not in before
    with translation.override("en"):
        result = import_rows(
            f"help-line,{entry.name_ar},{entry.name_fr},{entry.name_en},ngo,nationwide,everyone,"
            "ar,https://example.org/evil,https://example.org/source,2026-11-01,published\n"
        )
    assert result.has_validation_errors()
    assert "change it in its form" in str(result.invalid_rows[0].error)
    entry.refresh_from_db()
    assert entry.website == "https://example.org/" and entry.verified_on is not None
    assert "https://example.org/evil" not in detail(client, "help-line").content.decode()
    # The same row, unchanged, is no change: it imports (skipped) without an error.
    same = import_rows(
        f"help-line,{entry.name_ar},{entry.name_fr},{entry.name_en},ngo,nationwide,everyone,ar,"
        f"https://example.org/,https://example.org/source,{entry.verified_on},published\n"
    )
    assert not same.has_errors() and not same.has_validation_errors()


def test_a_csv_change_by_an_editor_waits_for_review_or_is_refused(
    client, django_user_model, entry
):
    editor = staff_user(django_user_model, "importer", "Editors")
    result = import_rows(
        f"help-line,{entry.name_ar},{entry.name_fr},{entry.name_en},ngo,nationwide,everyone,ar,"
        "https://example.org/new,https://example.org/source,2026-11-01,published\n",
        user=editor,
    )
    entry.refresh_from_db()
    assert entry.website == "https://example.org/" and entry.verified_on is not None
    assert "https://example.org/new" not in detail(client, "help-line").content.decode()
    if apps.is_installed("portal.review"):
        from portal.review.models import PendingChange

        assert not result.has_errors() and not result.has_validation_errors()
        change = PendingChange.objects.get(state="pending")
        assert change.author == editor and change.four_eyes
        fields = change.payload["objects"][0]["fields"]
        assert fields["website"] == "https://example.org/new" and fields["verified_on"] is None
    else:
        assert result.has_validation_errors()
