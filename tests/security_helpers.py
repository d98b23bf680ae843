"""Shared by the security tests: a staff account with an authenticator, and a login."""

from django_otp.oath import totp
from django_otp.plugins.otp_totp.models import TOTPDevice

PASSWORD = "a-long-passphrase-42"


def current_code(device):
    device.refresh_from_db()
    return f"{totp(device.bin_key, step=device.step, t0=device.t0, digits=device.digits):06d}"


def make_editor(django_user_model, username="chief"):
    user = django_user_model.objects.create_superuser(
        username, f"{username}@example.org", PASSWORD
    )
    device = TOTPDevice.objects.create(user=user, name="phone", confirmed=True)
    return user, device


def login(client, device, username="chief", password=PASSWORD, code=None, **extra):
    return client.post(
        "/admin/login/?next=/admin/",
        {
            "username": username,
            "password": password,
            "otp_token": current_code(device) if code is None else code,
            "next": "/admin/",
        },
        **extra,
    )


def browser_login(page, site, device, username="chief", password=PASSWORD):
    """Log in through the admin's form in a real browser, with the current TOTP code."""
    page.goto(f"{site}/admin/login/")
    page.fill("#id_username", username)
    page.fill("#id_password", password)
    page.fill("#id_otp_token", current_code(device))
    page.click("input[type=submit]")
    page.wait_for_url(f"{site}/admin/")
