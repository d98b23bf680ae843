"""The admin is closed to intruders: second factor, lockout, Argon2, session limits, cookies
only for the admin, and every authentication event logged."""

import logging
import re
from datetime import timedelta

import pytest
import time_machine
from django.contrib.auth.hashers import identify_hasher
from django.utils import timezone

from tests.security_helpers import PASSWORD, current_code, login, make_editor

pytestmark = pytest.mark.django_db


@pytest.fixture
def chief(django_user_model):
    """The superuser "chief" with a confirmed authenticator (user, device): these tests are
    about signing in to the admin, which works the same for every staff account."""
    return make_editor(django_user_model)


def test_password_is_hashed_with_argon2(django_user_model, settings):
    """The suite hashes with a fast hasher (portal/settings_test.py); the site's own list, read
    from portal.settings, must still make Argon2 hashes and accept them at login."""
    from portal import settings as production

    settings.PASSWORD_HASHERS = production.PASSWORD_HASHERS
    user = django_user_model.objects.create_user("argon", password="a long pass phrase 42")
    assert identify_hasher(user.password).algorithm == "argon2"
    assert user.check_password("a long pass phrase 42")


def test_password_rules_length_and_common(django_user_model):
    from django.contrib.auth.password_validation import validate_password
    from django.core.exceptions import ValidationError

    for weak in ("short-pw-1", "password1234"):
        with pytest.raises(ValidationError):
            validate_password(weak)
    validate_password("tomato-violin-harbour-7")


def test_login_with_password_and_code_opens_the_admin(client, chief):
    _user, device = chief
    response = login(client, device)
    assert response.status_code == 302, response.content.decode()[:2000]
    assert client.get("/admin/").status_code == 200


def test_no_admin_page_without_a_verified_second_factor(client, chief, django_user_model):
    user, device = chief
    # Password alone: refused, and no admin page opens.
    response = login(client, device, code="")
    assert response.status_code == 200
    assert "_auth_user_id" not in client.session
    # A wrong code: refused too.
    wrong = f"{(int(current_code(device)) + 1) % 1_000_000:06d}"
    assert login(client, device, code=wrong).status_code == 200
    assert "_auth_user_id" not in client.session
    # Logged in by password only (Django's force_login, without the second factor, as any
    # login path that skipped it would leave the session): still no admin page.
    client.force_login(user)
    assert "otp_device_id" not in client.session
    assert client.get("/ar/").status_code == 200
    for path in ("/admin/", "/admin/seminars/article/", "/admin/auth/user/"):
        response = client.get(path)
        assert response.status_code == 302, path
        assert response["Location"].startswith("/admin/login/"), path
    # Staff without any authenticator cannot log in at all.
    django_user_model.objects.create_superuser("nodevice", "n@example.org", PASSWORD)
    response = client.post(
        "/admin/login/", {"username": "nodevice", "password": PASSWORD, "otp_token": "123456"}
    )
    assert response.status_code == 200
    assert client.get("/admin/").status_code == 302


def test_lockout_after_five_failures_and_recovery_after_cool_off(client, chief, caplog):
    _user, device = chief
    caplog.set_level(logging.INFO, logger="portal.auth")
    with time_machine.travel(timezone.now(), tick=False) as clock:
        for attempt in range(1, 5):
            response = login(client, device, password=f"wrong-{attempt}")
            assert response.status_code == 200, attempt
        fifth = login(client, device, password="wrong-5")
        assert fifth.status_code == 429
        assert fifth["Retry-After"] == "1800"
        # Locked: even the right password and code get 429.
        assert login(client, device).status_code == 429
        assert "_auth_user_id" not in client.session
        # Another address is not locked for this user name.
        other = login(client, device, REMOTE_ADDR="192.0.2.7")
        assert other.status_code == 302
        client.logout()
        # Still locked 29 minutes later.
        clock.shift(timedelta(minutes=29))
        assert login(client, device).status_code == 429
        # After the cool-off (30 minutes from the last failure), the editor gets in.
        clock.shift(timedelta(minutes=31))
        response = login(client, device)
        assert response.status_code == 302
        assert client.get("/admin/").status_code == 200
    messages = [r.getMessage() for r in caplog.records if r.name == "portal.auth"]
    assert messages.count("login failed user=chief") >= 5
    assert "locked out user=chief" in messages


def test_failures_spread_over_time_do_not_lock(client, chief):
    """Four failures, a pause longer than the cool-off, four more: no lockout."""
    _user, device = chief
    with time_machine.travel(timezone.now(), tick=False) as clock:
        for attempt in range(4):
            assert login(client, device, password=f"wrong-{attempt}").status_code == 200
        clock.shift(timedelta(minutes=31))
        for attempt in range(4):
            assert login(client, device, password=f"again-{attempt}").status_code == 200
        assert login(client, device).status_code == 302


def test_idle_session_expires_after_30_minutes(client, chief):
    _user, device = chief
    with time_machine.travel(timezone.now(), tick=False) as clock:
        assert login(client, device).status_code == 302
        clock.shift(timedelta(minutes=29))
        assert client.get("/admin/").status_code == 200
        clock.shift(timedelta(minutes=29))
        assert client.get("/admin/").status_code == 200
        clock.shift(timedelta(minutes=31))
        response = client.get("/admin/")
        assert response.status_code == 302
        assert response["Location"].startswith("/admin/login/")
        assert client.get("/admin/").status_code == 302


def test_session_ends_after_8_hours_however_active(client, chief):
    _user, device = chief
    with time_machine.travel(timezone.now(), tick=False) as clock:
        assert login(client, device).status_code == 302
        for _step in range(23):  # 23 x 20 minutes = 7 h 40 min, never idle for long
            clock.shift(timedelta(minutes=20))
            assert client.get("/admin/").status_code == 200
        clock.shift(timedelta(minutes=21))  # 8 h 01 min
        response = client.get("/admin/")
        assert response.status_code == 302
        assert response["Location"].startswith("/admin/login/")


def test_cookies_are_admin_only_secure_httponly_samesite(client, chief, settings):
    _user, device = chief
    page = client.get("/admin/login/")
    csrf = page.cookies[settings.CSRF_COOKIE_NAME]
    response = login(client, device)
    session = response.cookies[settings.SESSION_COOKIE_NAME]
    for cookie in (csrf, session):
        assert cookie["secure"] is True
        assert cookie["samesite"] == "Strict"
        assert cookie["domain"] == ""
    assert session["httponly"] is True
    if settings.COOKIE_HOST_PREFIX:
        # Production: the browser-enforced __Host- prefix (it requires Path=/).
        assert session.key == "__Host-sessionid" and session["path"] == "/"
        assert csrf.key == "__Host-csrftoken" and csrf["path"] == "/"
    else:
        assert session["path"] == "/admin/" and csrf["path"] == "/admin/"
    # A logged-in editor browsing public pages gets no cookie set there.
    public = client.get("/ar/")
    assert not public.cookies


def test_login_logout_and_second_factor_failures_are_logged(client, chief, caplog):
    _user, device = chief
    caplog.set_level(logging.INFO, logger="portal.auth")
    with time_machine.travel(timezone.now(), tick=False) as clock:
        login(client, device, code="000000" if current_code(device) != "000000" else "111111")
        # django-otp throttles a device for a moment after a wrong code.
        clock.shift(timedelta(seconds=5))
        assert login(client, device).status_code == 302
        client.post("/admin/logout/")
    records = [r for r in caplog.records if r.name == "portal.auth"]
    messages = [r.getMessage() for r in records]
    assert "second factor failed user=chief" in messages
    assert "login user=chief" in messages
    assert "logout user=chief" in messages
    # Each line carries its date and time, as the "portal.auth" handler writes it.
    handler = logging.getLogger("portal.auth").handlers[0]
    line = handler.format(next(r for r in records if r.getMessage() == "login user=chief"))
    assert re.fullmatch(
        r"\d{4}-\d\d-\d\d \d\d:\d\d:\d\d,\d{3} INFO portal.auth login user=chief", line
    )
    assert PASSWORD not in " ".join(messages)


def test_enrol_totp_prints_a_working_authenticator(client, django_user_model):
    import base64
    import io
    import re
    from urllib.parse import parse_qs, urlsplit

    from django.core.management import CommandError, call_command
    from django_otp.oath import totp

    django_user_model.objects.create_superuser("first", "first@example.org", PASSWORD)
    out = io.StringIO()
    call_command("enrol_totp", "first", stdout=out)
    text = out.getvalue()
    uri = re.search(r"otpauth://totp/\S+", text).group(0)
    secret = re.search(r"secret \(.*\): ([A-Z2-7]+)", text).group(1)
    assert parse_qs(urlsplit(uri).query)["secret"] == [secret]
    assert "█" in text or "▀" in text  # the QR code, drawn in the terminal
    key = base64.b32decode(secret)
    code = f"{totp(key):06d}"
    response = client.post(
        "/admin/login/", {"username": "first", "password": PASSWORD, "otp_token": code}
    )
    assert response.status_code == 302
    assert client.get("/admin/").status_code == 200
    # Enrolling again needs --reset, so a typo cannot silently lock someone out.
    with pytest.raises(CommandError, match="--reset"):
        call_command("enrol_totp", "first", stdout=io.StringIO())
    with pytest.raises(CommandError, match="No user"):
        call_command("enrol_totp", "nobody", stdout=io.StringIO())


@pytest.mark.parametrize(
    ("language", "message"),
    [
        ("ar", "يرجى إدخال اسم مستخدم وكلمة مرور ورمز صحيحين"),
        ("fr", "un mot de passe et un code de votre application"),
        ("en", "Please enter a correct user name, password and code"),
    ],
)
def test_wrong_code_is_explained_in_the_editors_language(client, chief, language, message):
    """In the editor's language, and in the same words as a wrong password: the message
    must not tell a password holder that the password was right
    (tests/test_admin_login_uniform.py)."""
    _user, device = chief
    wrong = f"{(int(current_code(device)) + 1) % 1_000_000:06d}"
    response = login(client, device, code=wrong, HTTP_ACCEPT_LANGUAGE=language)
    assert response.status_code == 200
    assert message in response.content.decode()


@pytest.mark.subprocess
def test_without_the_host_prefix_the_cookies_stay_on_the_admin_path():
    """Over plain HTTP (`make run`, `make serve`) browsers refuse `__Host-` cookies, so the
    session and CSRF cookies fall back to the admin's path: public pages never receive them."""
    from tests.test_project import manage

    code = (
        "from django.conf import settings as s; "
        "print(s.SESSION_COOKIE_NAME, s.SESSION_COOKIE_PATH, "
        "s.CSRF_COOKIE_NAME, s.CSRF_COOKIE_PATH)"
    )
    result = manage(
        "shell",
        "--no-imports",
        "-c",
        code,
        env={"SECRET_KEY": "x" * 50, "COOKIE_HOST_PREFIX": "0", "ADMIN_URL": "editors-desk/"},
    )
    assert result.returncode == 0, result.stderr
    assert result.stdout.split() == ["sessionid", "/editors-desk/", "csrftoken", "/editors-desk/"]
