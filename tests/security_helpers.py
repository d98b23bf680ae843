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


def allowed_external_hosts():
    """The other hosts our pages may link to: those the content itself names (the quick-exit
    target, the E-Blagh portal, every URL field and every link in rich text), never one taken
    from a request."""
    import re
    from urllib.parse import urlsplit

    from django.apps import apps
    from django.db import models

    from portal.core.emergency import E_BLAGH_URL
    from portal.guides.models import QuickExitSettings

    urls = {E_BLAGH_URL, QuickExitSettings.load().exit_url}
    for model in apps.get_models():
        if not model.__module__.startswith("portal."):
            continue
        for field in model._meta.concrete_fields:
            if isinstance(field, (models.URLField, models.TextField, models.CharField)):
                for value in model.objects.values_list(field.attname, flat=True):
                    urls.update(re.findall(r"https?://[^\s\"'<>]+", value or ""))
    return {urlsplit(url).netloc for url in urls} - {""}
