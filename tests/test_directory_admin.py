"""The directory as editors use it: publishing needs a source and a date, phone numbers are
checked and normalised, stale entries are easy to find, CSV import is all or nothing."""

from datetime import timedelta

import pytest
from django.utils import timezone

from portal.directory.models import ContactPoint, DirectorySettings, Organisation, Region
from portal.directory.seed import ensure_rows
from tests.directory_factories import make_org
from tests.editors_helpers import logged_in, staff_user

pytestmark = pytest.mark.django_db

ADD_URL = "/admin/directory/organisation/add/"
LIST_URL = "/admin/directory/organisation/"


@pytest.fixture
def superuser(django_user_model):
    """A real Publisher, not a superuser: the groups hold every directory permission by
    migration (issue 9). Overrides conftest's fixture of the same name for this module."""
    return staff_user(django_user_model, "chief", "Publishers")


@pytest.fixture
def editor_client(client, django_user_model):
    """A real member of the Editors group, with staff status and nothing else."""
    return logged_in(client, staff_user(django_user_model, "editor", "Editors"))


def add_form(contacts=(), **overrides):
    ensure_rows()
    data = {
        "name_ar": "خط المساعدة",
        "name_fr": "Ligne d'aide",
        "name_en": "Help line",
        "slug": "help-line",
        "kind": "ngo",
        "regions": [str(Region.objects.get(code="nationwide").pk)],
        "is_free": "unknown",
        "is_anonymous": "unknown",
        "source_url": "https://example.org/source",
        "verified_on": timezone.localdate().isoformat(),
        "status": "published",
        "contact_points-TOTAL_FORMS": str(len(contacts)),
        "contact_points-INITIAL_FORMS": "0",
        "contact_points-MIN_NUM_FORMS": "0",
        "contact_points-MAX_NUM_FORMS": "1000",
    }
    for index, (kind, value) in enumerate(contacts):
        data[f"contact_points-{index}-kind"] = kind
        data[f"contact_points-{index}-value"] = value
        data[f"contact_points-{index}-order"] = str(index)
    data.update(overrides)
    return {key: value for key, value in data.items() if value is not None}


@pytest.mark.parametrize(
    ("kind", "typed", "stored"),
    [
        ("phone", "05 37 12 34 56", "+212537123456"),
        ("phone", "+212 5 37 12 34 56", "+212537123456"),
        ("phone", "00212537123456", "+212537123456"),
        ("phone", "0800002511", "+212800002511"),
        ("whatsapp", "06 61 23 45 67", "+212661234567"),
        ("short-code", "19", "19"),
        ("short-code", "177", "177"),
        ("short-code", "112", "112"),
        ("short-code", "15", "15"),
        ("short-code", "2511", "2511"),
        ("short-code", "8350", "8350"),
        ("email", "help@example.org", "help@example.org"),
        ("web-form", "https://example.org/form", "https://example.org/form"),
    ],
)
def test_admin_accepts_and_normalises_real_numbers(superuser_client, kind, typed, stored):
    response = superuser_client.post(ADD_URL, add_form(contacts=[(kind, typed)]))
    assert response.status_code == 302, response.content.decode()[:3000]
    assert ContactPoint.objects.get().value == stored


@pytest.mark.parametrize(
    ("kind", "typed", "message"),
    [
        ("phone", "12345", "looks like a short number"),
        ("phone", "not a number", "is not a valid phone number"),
        ("phone", "05 37 12", "is not a valid phone number"),
        ("phone", "+212 1 23 45 67 89", "is not a valid phone number"),
        ("whatsapp", "0000000000", "is not a valid phone number"),
        ("short-code", "19a", "is not a short number"),
        ("short-code", "1234567", "is not a short number"),
        ("short-code", "9999", "is not a known short number in Morocco"),
        ("email", "help(at)example.org", "Enter a valid email address."),
        ("web-form", "http://example.org/insecure", "Enter a web address starting with https://."),
        ("app", "javascript:alert(1)", "Enter a web address starting with https://."),
    ],
)
def test_admin_refuses_nonsense_with_a_clear_error(superuser_client, kind, typed, message):
    response = superuser_client.post(ADD_URL, add_form(contacts=[(kind, typed)]))
    assert response.status_code == 200
    assert message in response.content.decode()
    assert not Organisation.objects.exists()


def test_errors_are_in_the_editors_language(superuser_client):
    superuser_client.defaults["HTTP_ACCEPT_LANGUAGE"] = "ar"
    response = superuser_client.post(ADD_URL, add_form(contacts=[("short-code", "9999")]))
    assert "ليس رقما قصيرا معروفا في المغرب" in response.content.decode()


def test_typing_a_verification_date_records_who_checked(superuser_client, superuser):
    assert superuser_client.post(ADD_URL, add_form()).status_code == 302
    assert Organisation.objects.get().verified_by == superuser


def test_publishing_needs_a_source_and_a_date(superuser_client):
    response = superuser_client.post(ADD_URL, add_form(source_url="", verified_on=""))
    html = response.content.decode()
    assert response.status_code == 200
    assert "A source address is required to publish." in html
    assert "A “last verified on” date is required to publish." in html
    assert not Organisation.objects.exists()
    # The same entry as a draft is fine: editors can save their work before checking it.
    response = superuser_client.post(
        ADD_URL, add_form(source_url="", verified_on="", status="draft")
    )
    assert response.status_code == 302
    assert Organisation.objects.get().status == "draft"


def test_model_clean_enforces_the_rule_outside_the_admin_too():
    organisation = Organisation(
        slug="x", kind="ngo", name_ar="x", status=Organisation.Status.PUBLISHED
    )
    with pytest.raises(Exception) as error:
        organisation.full_clean()
    assert set(error.value.message_dict) >= {"source_url", "verified_on"}


def test_stale_filter_flag_and_verified_today_action(superuser_client, superuser, settings):
    settings.DIRECTORY_STALE_AFTER_DAYS = 180
    old = make_org("old-line", verified_on=timezone.localdate() - timedelta(days=181))
    make_org("fresh-line")
    html = superuser_client.get(LIST_URL + "?stale=yes").content.decode()
    assert "Organisation old-line" in html and "Organisation fresh-line" not in html
    html = superuser_client.get(LIST_URL + "?stale=no").content.decode()
    assert "Organisation fresh-line" in html and "Organisation old-line" not in html
    assert 'alt="False"' in superuser_client.get(LIST_URL).content.decode()  # the stale flag

    response = superuser_client.post(
        LIST_URL, {"action": "mark_verified_today", "_selected_action": [old.pk]}
    )
    assert response.status_code == 302
    old.refresh_from_db()
    assert old.verified_on == timezone.localdate()
    assert old.verified_by == superuser
    assert not old.is_stale


def test_list_filters_and_search(superuser_client):
    make_org("child-line", kind="child-protection", regions=["souss-massa"])
    make_org("women-line", kind="women-support", regions=["oriental"], status="draft")
    make_org("short-line", kind="ngo", contacts=[("short-code", "2511")])
    region = Region.objects.get(code="souss-massa")
    cases = {
        "?kind__exact=child-protection": {"child-line"},
        f"?regions__id__exact={region.pk}": {"child-line"},
        "?status__exact=draft": {"women-line"},
        "?q=2511": {"short-line"},
        "?q=منظمة child": {"child-line"},  # the Arabic name, from the English admin
    }
    for query, expected in cases.items():
        html = superuser_client.get(LIST_URL + query).content.decode()
        shown = {
            slug
            for slug in ("child-line", "women-line", "short-line")
            if f"Organisation {slug}" in html
        }
        assert shown == expected, query


def test_contact_points_are_edited_inline_with_translation_tabs(superuser_client):
    organisation = make_org("line", contacts=[("short-code", "19")])
    html = superuser_client.get(f"{LIST_URL}{organisation.pk}/change/").content.decode()
    assert 'name="contact_points-0-label_fr"' in html
    assert 'name="contact_points-0-hours_ar"' in html
    assert "modeltranslation/js/tabbed_translation_fields.js" in html


def test_settings_are_a_single_row(superuser_client):
    assert superuser_client.get("/admin/directory/directorysettings/add/").status_code == 200
    DirectorySettings.objects.create(editors_email="editors@example.org")
    assert superuser_client.get("/admin/directory/directorysettings/add/").status_code == 403


def test_a_real_editor_adds_a_draft_entry(editor_client):
    assert editor_client.get(LIST_URL).status_code == 200
    assert editor_client.get(ADD_URL).status_code == 200
    response = editor_client.post(ADD_URL, add_form(status="draft"))
    assert response.status_code == 302
    assert Organisation.objects.get().status == "draft"


def test_a_real_editor_marks_an_entry_verified_today(editor_client):
    old = make_org("old-line", verified_on=timezone.localdate() - timedelta(days=181))
    response = editor_client.post(
        LIST_URL, {"action": "mark_verified_today", "_selected_action": [old.pk]}
    )
    assert response.status_code == 302
    old.refresh_from_db()
    assert old.verified_on == timezone.localdate()
