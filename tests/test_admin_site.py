"""What the admin alone gets (PortalAdminSite): its Content-Security-Policy with the rich-text
editor's two exceptions, Referrer-Policy same-origin, on every admin answer including the
login, the lockout and an expired session's redirect; public pages keep the strict ones."""

from datetime import timedelta

import pytest
import time_machine
from django.conf import settings
from django.contrib import admin
from django.utils import timezone

from portal.security.admin_site import PortalAdminSite
from tests.security_helpers import login, make_editor

pytestmark = pytest.mark.django_db


def assert_admin_policies(response):
    assert response["Referrer-Policy"] == "same-origin"
    # The style hash is in ADMIN_CSP only; the nonce appears only where a page uses one.
    assert settings.TIPTAP_STYLE_HASH in response["Content-Security-Policy"]


def test_the_default_admin_site_is_the_portals():
    assert isinstance(admin.site, PortalAdminSite)


def test_login_page_gets_the_admin_policies(client):
    response = client.get("/admin/login/")
    assert response.status_code == 200
    assert b'name="otp_token"' in response.content
    assert_admin_policies(response)


def test_admin_pages_and_redirects_get_the_admin_policies(client, django_user_model):
    _user, device = make_editor(django_user_model)
    assert_admin_policies(client.get("/admin/"))  # the redirect to the login
    assert login(client, device).status_code == 302
    for path in ("/admin/", "/admin/seminars/article/", "/admin/seminars/article/add/"):
        response = client.get(path)
        assert response.status_code == 200, path
        assert_admin_policies(response)
    # The rich-text editor's import map carries the nonce the policy allows.
    assert "'nonce-" in response["Content-Security-Policy"]


def test_lockout_page_gets_the_admin_policies(client, django_user_model):
    _user, device = make_editor(django_user_model)
    for attempt in range(5):
        response = login(client, device, password=f"wrong-{attempt}")
    assert response.status_code == 429
    assert_admin_policies(response)


def test_expired_session_redirect_gets_the_admin_policies(client, django_user_model):
    _user, device = make_editor(django_user_model)
    with time_machine.travel(timezone.now(), tick=False) as clock:
        assert login(client, device).status_code == 302
        clock.shift(timedelta(minutes=31))
        response = client.get("/admin/")
    assert response.status_code == 302
    assert response["Location"].startswith("/admin/login/")
    assert_admin_policies(response)


def test_public_pages_keep_the_strict_policies(client):
    response = client.get("/ar/")
    assert response["Referrer-Policy"] == "no-referrer"
    assert "nonce-" not in response["Content-Security-Policy"]
