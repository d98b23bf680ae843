"""The login tells nobody that a password is right until a valid code comes with it: the
same answer, after the same work, for a wrong password, an unknown user, and a right
password with a wrong or missing code; and a wrong code counts toward the lockout."""

import re
from unittest import mock

import pytest
from django_otp.oath import TOTP

from tests.security_helpers import PASSWORD, current_code, login, make_editor

pytestmark = pytest.mark.django_db


@pytest.fixture
def chief(django_user_model):
    return make_editor(django_user_model)


def wrong_code(device):
    return f"{(int(current_code(device)) + 1) % 1_000_000:06d}"


def page(response):
    """The page as a person sees it, without the per-response CSRF token and nonce."""
    html = response.content.decode()
    html = re.sub(r'name="csrfmiddlewaretoken" value="[^"]*"', "", html)
    return re.sub(r'nonce="[^"]*"', "", html)


def attempt(client, device, **kwargs):
    address = kwargs.pop("address")
    response = login(client, device, REMOTE_ADDR=address, HTTP_ACCEPT_LANGUAGE="en", **kwargs)
    assert response.status_code == 200
    assert "_auth_user_id" not in client.session
    return page(response)


def test_every_failure_gets_the_same_page(client, chief):
    _user, device = chief
    code = wrong_code(device)
    # Each from its own address, so that no lockout interferes.
    pages = {
        "wrong password": attempt(
            client, device, password="wrong", code=code, address="192.0.2.1"
        ),
        "right password, wrong code": attempt(client, device, code=code, address="192.0.2.2"),
        "unknown user": attempt(client, device, username="nobody", code=code, address="192.0.2.3"),
    }
    first = pages["wrong password"]
    assert "password and code" in first
    for name, html in pages.items():
        assert html.replace('value="nobody"', 'value="chief"') == first, name


def test_a_missing_code_gets_the_same_page_as_a_wrong_password(client, chief):
    _user, device = chief
    no_code = attempt(client, device, code="", address="192.0.2.4")
    wrong = attempt(client, device, password="wrong", code="", address="192.0.2.5")
    assert no_code == wrong


def test_the_code_is_checked_whether_the_password_was_right_or_not(client, chief):
    """The same work: one TOTP verification either way, so the time taken does not say
    whether the password was right."""
    _user, device = chief
    code = wrong_code(device)
    for password, address in ((PASSWORD, "192.0.2.6"), ("wrong", "192.0.2.7")):
        with mock.patch.object(TOTP, "verify", autospec=True, return_value=False) as verify:
            attempt(client, device, password=password, code=code, address=address)
        assert verify.call_count == 1, password


def test_wrong_codes_count_toward_the_lockout(client, chief):
    _user, device = chief
    for _attempt in range(4):
        response = login(client, device, code=wrong_code(device))
        assert response.status_code == 200
    fifth = login(client, device, code=wrong_code(device))
    assert fifth.status_code == 429
    # Locked: the right password and the right code are refused too.
    assert login(client, device).status_code == 429
    assert "_auth_user_id" not in client.session
