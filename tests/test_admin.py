"""Editors' pages: every model's list, add and change pages load, with translation tabs."""

import pytest
from django.contrib import admin
from django.urls import reverse

from portal.directory.changes import ContactChangeLog
from tests.editors_helpers import logged_in, staff_user
from tests.test_content_roles import CASES

pytestmark = pytest.mark.django_db
# Written by the code, read-only in the admin.
READ_ONLY = {ContactChangeLog}


@pytest.fixture
def staff_client(client, django_user_model, seeded):
    # A real Publisher: every editorial page opens without a superuser.
    return logged_in(client, staff_user(django_user_model, "publisher", "Publishers"))


def content_models():
    models = [case.model for case in CASES] + sorted(READ_ONLY, key=str)
    assert all(admin.site.is_registered(model) for model in models)
    return models


def test_every_model_has_list_add_and_change_pages_with_tabs(staff_client):
    models = content_models()
    assert len(models) >= 3
    for model in models:
        meta = model._meta
        changelist = reverse(f"admin:{meta.app_label}_{meta.model_name}_changelist")
        assert staff_client.get(changelist).status_code == 200, changelist
        add = staff_client.get(reverse(f"admin:{meta.app_label}_{meta.model_name}_add"))
        singleton = hasattr(model, "is_live") and not hasattr(model, "status")
        singleton = singleton and not hasattr(model, "review_parent")
        expected = 403 if model in READ_ONLY or (singleton and model.objects.exists()) else 200
        assert add.status_code == expected, meta.label
        obj = model.objects.first()
        if obj is None:
            continue
        change = staff_client.get(
            reverse(f"admin:{meta.app_label}_{meta.model_name}_change", args=[obj.pk])
        )
        assert change.status_code == 200, meta.label
        html = change.content.decode()
        if hasattr(model, "_meta") and any(f.name.endswith("_fr") for f in meta.fields):
            # The tabs: the script, jQuery UI from our own static files, and the fields.
            assert "modeltranslation/js/tabbed_translation_fields.js" in html, meta.label
            assert "/static/vendor/jquery-ui/jquery-ui.min.js" in html, meta.label
            assert "googleapis" not in html
            assert "mt mt-field-" in html and '_fr"' in html, meta.label


def test_event_admin_edits_talks_inline(staff_client):
    from portal.seminars.models import Event

    event = Event.objects.get()
    html = staff_client.get(
        reverse("admin:seminars_event_change", args=[event.pk])
    ).content.decode()
    assert 'name="talks-TOTAL_FORMS"' in html
    assert 'name="talks-0-title_fr"' in html
