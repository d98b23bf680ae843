"""Editors' pages: every model's list, add and change pages load, with translation tabs."""

import pytest
from django.contrib import admin
from django.urls import reverse

pytestmark = pytest.mark.django_db


@pytest.fixture
def superuser_client(client, django_user_model, seeded, verified_login):
    """A superuser: these tests open every admin page there is, whoever may use it."""
    user = django_user_model.objects.create_superuser("admin", "admin@example.org", "x" * 16)
    return verified_login(client, user)


def one_of_each_missing_model():
    """The registered models the launch content leaves empty get one row, so that every change
    page is opened (a page without a row would be silently skipped)."""
    from axes.models import AccessAttempt, AccessFailureLog, AccessLog

    from portal.directory.models import ContactChangeLog, DirectorySettings, Organisation
    from portal.guides.models import QuickExitSettings

    QuickExitSettings.objects.get_or_create(exit_url="https://www.bbc.com/weather")
    DirectorySettings.objects.get_or_create(editors_email="editors@example.org")
    organisation = Organisation.objects.first()
    ContactChangeLog.objects.create(
        organisation=organisation, field="website", old_value="", new_value=organisation.website
    )
    attempt = {"user_agent": "test", "ip_address": "127.0.0.1", "username": "someone"}
    attempt |= {"http_accept": "*/*", "path_info": "/admin/login/"}
    AccessAttempt.objects.create(**attempt, get_data="", post_data="", failures_since_start=1)
    AccessLog.objects.create(**attempt)
    AccessFailureLog.objects.create(**attempt)


@pytest.mark.slow
def test_every_model_has_list_add_and_change_pages_with_tabs(superuser_client):
    one_of_each_missing_model()
    registry = admin.site._registry
    assert len(registry) >= 15
    translated = []
    for model, model_admin in registry.items():
        meta = model._meta
        if meta.app_label == "review":
            continue  # written by the workflow only; tests/test_review*.py open their pages
        name = f"admin:{meta.app_label}_{meta.model_name}"
        assert superuser_client.get(reverse(f"{name}_changelist")).status_code == 200, meta.label
        add = superuser_client.get(reverse(f"{name}_add"))
        # Log models (axes) and single-row settings that exist already refuse a new row.
        expected = 200 if model_admin.has_add_permission(add.wsgi_request) else 403
        assert add.status_code == expected, meta.label
        obj = model.objects.first()
        assert obj is not None, f"no {meta.label} row: its change page would not be opened"
        change = superuser_client.get(reverse(f"{name}_change", args=[obj.pk]))
        assert change.status_code == 200, meta.label
        html = change.content.decode()
        if any(f.name.endswith("_fr") for f in meta.fields):
            translated.append(meta.label)
            # The tabs: the script, jQuery UI from our own static files, and the fields.
            assert "modeltranslation/js/tabbed_translation_fields.js" in html, meta.label
            assert "/static/vendor/jquery-ui/jquery-ui.min.js" in html, meta.label
            assert "googleapis" not in html
            assert "mt mt-field-" in html and '_fr"' in html, meta.label
    assert {"seminars.Article", "guides.Guide", "directory.Organisation", "pages.Page"} <= set(
        translated
    )


def test_event_admin_edits_talks_inline(superuser_client):
    from portal.seminars.models import Event

    event = Event.objects.get()
    html = superuser_client.get(
        reverse("admin:seminars_event_change", args=[event.pk])
    ).content.decode()
    assert 'name="talks-TOTAL_FORMS"' in html
    assert 'name="talks-0-title_fr"' in html
