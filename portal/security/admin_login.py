"""The admin's login: password and a TOTP code in one form (django-otp verifies the code).

Nothing tells a person who has the password that it is right until a valid code comes with
it: every failure (unknown user, wrong password, wrong or missing code, codes throttled)
gets the same message on the same page, after the same work (one TOTP check, against the
account's authenticator or a throwaway one); and a wrong code is a failed login for
django-axes, so a password holder cannot keep trying codes, or keep an editor's
authenticator throttled, without being locked out."""

import secrets

from django import forms
from django.contrib.auth.signals import user_login_failed
from django.core.exceptions import ValidationError
from django.utils.translation import gettext_lazy as _
from django_otp import devices_for_user
from django_otp.admin import OTPAdminAuthenticationForm
from django_otp.oath import TOTP
from django_otp.plugins.otp_totp.models import TOTPDevice

INVALID_LOGIN = _(
    "Please enter a correct user name, password and code from your authenticator app. "
    "Note that they may be case-sensitive."
)


class AdminLoginForm(OTPAdminAuthenticationForm):
    """django-otp's admin form asks for a device choice in a second step once the password
    is right; every editor has exactly one authenticator (see `manage.py enrol_totp`), so
    the code is checked against that one and the login takes a single step."""

    otp_token = forms.CharField(
        label=_("Code from your authenticator app"),
        required=False,
        max_length=8,
        widget=forms.TextInput(
            attrs={"autocomplete": "one-time-code", "inputmode": "numeric", "dir": "ltr"}
        ),
    )

    error_messages = {
        **OTPAdminAuthenticationForm.error_messages,
        "invalid_login": INVALID_LOGIN,
    }

    def _chosen_device(self, user):
        device = super()._chosen_device(user)
        if device is None:
            device = next(devices_for_user(user, confirmed=True), None)
        return device

    def _update_form(self, user):
        """django-otp fills the device list and writes the password back into the page once
        the password is right (for its second step): both would say the password was right,
        and a password in a page is one too many. Our form has one step, so nothing."""

    def clean(self):
        try:
            return super().clean()
        except ValidationError:
            if self.user_cache is not None:
                # The password was right and the code was not: a failed login all the same.
                self._count_failure()
                self.user_cache = None
            else:
                self._same_work_as_a_code_check()
            raise ValidationError(INVALID_LOGIN, code="invalid_login") from None

    def _count_failure(self):
        user_login_failed.send(
            sender=type(self),
            credentials={"username": self.cleaned_data.get("username")},
            request=self.request,
        )

    def _same_work_as_a_code_check(self):
        """What clean_otp does for a right password: read the account's authenticator and
        verify the code once; here against a throwaway key, and nothing is saved."""
        username = self.cleaned_data.get("username") or ""
        TOTPDevice.objects.filter(user__username=username, confirmed=True).first()
        try:
            token = int(self.cleaned_data.get("otp_token") or "")
        except ValueError:
            token = -1
        TOTP(secrets.token_bytes(20)).verify(token, tolerance=1)
