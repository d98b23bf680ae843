"""The admin's login: password and a TOTP code in one form (django-otp verifies the code)."""

from django import forms
from django.utils.translation import gettext_lazy as _
from django.utils.translation import ngettext_lazy
from django_otp import devices_for_user
from django_otp.admin import OTPAdminAuthenticationForm


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

    # In our words and in our three languages (django-otp has no Arabic catalogue).
    otp_error_messages = dict(
        OTPAdminAuthenticationForm.otp_error_messages,
        token_required=_("Enter the 6-digit code from your authenticator app."),
        invalid_token=_("This code is wrong or has expired. Enter the current code."),
        n_failed_attempts=ngettext_lazy(
            "Codes are refused for a moment after %(failure_count)d wrong code. Wait a few "
            "seconds and try again.",
            "Codes are refused for a moment after %(failure_count)d wrong codes. Wait a few "
            "seconds and try again.",
            "failure_count",
        ),
        verification_not_allowed=_("Codes are refused for a moment. Try again shortly."),
        device_required=_(
            "This account has no authenticator yet. Ask an administrator to enrol one."
        ),
    )

    def _chosen_device(self, user):
        device = super()._chosen_device(user)
        if device is None:
            device = next(devices_for_user(user, confirmed=True), None)
        return device
