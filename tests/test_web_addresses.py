"""Every web address an editor types is a public HTTPS site named by its host name: no
user-info (`https://www.bbc.com@evil.example/` opens evil.example), no IP literal, no plain
http (sources, citations of old press articles, may be http)."""

import pytest
from django.apps import apps
from django.core.exceptions import ValidationError
from django.db import models
from django.urls import reverse

from portal.directory import contact_kinds
from portal.directory.choices import ContactKind
from portal.guides.models import QuickExitSettings
from tests.editors_helpers import staff_user
from tests.test_guides_admin import form_data

HOSTILE = {
    "https://www.bbc.com@evil.example/": "user_info",
    "https://user:pass@www.bbc.com/": "user_info",
    "https://www.bbc.com:443@evil.example/x": "user_info",
    "https://192.0.2.1/": "ip_literal",
    "https://127.0.0.1:8443/admin/": "ip_literal",
    "https://[::1]/": "ip_literal",
    "https://[2001:db8::1]/x": "ip_literal",
    "https://2130706433/": "ip_literal",
    "https://0x7f000001/": "ip_literal",
    "javascript://www.bbc.com/%0aalert(1)": "invalid",
    "ftp://www.bbc.com/": "invalid",
}
HTTPS_ONLY = {"http://www.bbc.com/weather": "invalid", **HOSTILE}


def editor_url_fields():
    """(model, field) for every URL field of the portal's own models."""
    return [
        (model, field)
        for model in apps.get_models()
        if model.__module__.startswith("portal.")
        for field in model._meta.concrete_fields
        if isinstance(field, models.URLField)
    ]


def field_id(pair):
    model, field = pair
    return f"{model._meta.label}.{field.name}"


def refusal(field, value):
    with pytest.raises(ValidationError) as error:
        field.clean(value, None)
    return error.value


@pytest.mark.parametrize("pair", editor_url_fields(), ids=field_id)
@pytest.mark.parametrize("value", sorted(HOSTILE))
def test_every_editor_url_field_refuses_user_info_ip_literals_and_odd_schemes(pair, value):
    _model, field = pair
    error = refusal(field, value)
    codes = {e.code for e in error.error_list}
    # Django's own URL check already refuses a host without a dot (2130706433).
    assert HOSTILE[value] in codes or (codes == {"invalid"} and "." not in value[8:]), (
        value,
        error.messages,
    )


SENT_TO = [
    ("guides.QuickExitSettings", "exit_url"),
    ("guides.StepLink", "url"),
    ("directory.Organisation", "website"),
]


@pytest.mark.parametrize("label,name", SENT_TO)
def test_addresses_visitors_are_sent_to_must_be_https(label, name):
    field = apps.get_model(label)._meta.get_field(name)
    assert "https://" in refusal(field, "http://www.bbc.com/weather").messages[0]
    field.clean("https://www.bbc.com/weather", None)


@pytest.mark.parametrize("value", sorted(HTTPS_ONLY))
def test_a_directory_web_contact_point_is_checked_the_same_way(value):
    with pytest.raises(ValidationError):
        contact_kinds.normalised(ContactKind.WEB_FORM, value)
    assert contact_kinds.normalised(ContactKind.APP, "https://play.google.com/x")


@pytest.mark.django_db
def test_every_seeded_address_still_validates(seeded):
    checked = 0
    for model, field in editor_url_fields():
        for value in model.objects.exclude(**{field.attname: ""}).values_list(
            field.attname, flat=True
        ):
            if value:
                field.clean(value, None)
                checked += 1
    assert checked >= 10


@pytest.mark.django_db
def test_the_quick_exit_form_refuses_an_address_with_user_info(
    client, django_user_model, seeded, verified_login
):
    publisher = staff_user(django_user_model, "chief", "Publishers")
    verified_login(client, publisher)
    client.defaults["HTTP_ACCEPT_LANGUAGE"] = "en"
    add = reverse("admin:guides_quickexitsettings_add")
    data = form_data(client, add)
    data["exit_url"] = "https://www.bbc.com@evil.example/"
    response = client.post(add, data)
    assert response.status_code == 200
    assert "Remove the part before “@”" in response.content.decode()
    assert not QuickExitSettings.objects.exists()
