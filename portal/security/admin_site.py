"""The one place for what the admin gets that public pages do not.

- A verified second factor (TOTP) on every page: django-otp's admin site refuses a staff
  user who has not entered a valid code, and our login form asks for it with the password.
- Content-Security-Policy: ADMIN_CSP (the rich-text editor's nonce and style hash, see
  settings), through Django's `csp_override`, so public pages keep the policy without any
  inline exception.
- Referrer-Policy `same-origin`: public pages send none, but with `no-referrer` Chromium sends
  `Origin: null` on form posts and Django's CSRF check rightly refuses them, so no one could
  log in. `same-origin` still tells no other site anything.
- Session limits: an editor's session ends after SESSION_IDLE_SECONDS without a request and
  after SESSION_ABSOLUTE_SECONDS in all, whatever the activity: a laptop left open in a café
  does not stay logged in to a site whose phone numbers people in danger rely on. Only admin
  views touch the session, so public pages never read or refresh it.

Installed as the default site by PortalAdminConfig (portal/security/apps.py), so every app's
`admin.site.register(...)` and `@admin.register` use it.
"""

import logging
import time
from functools import wraps

from django.conf import settings
from django.contrib import admin
from django.contrib.auth import logout
from django.contrib.auth.views import redirect_to_login
from django.shortcuts import render
from django.utils.translation import gettext_lazy as _
from django.views.decorators.csp import csp_override
from django_otp.admin import OTPAdminSite

from .admin_login import AdminLoginForm

auth_log = logging.getLogger("portal.auth")

REFERRER_POLICY = "same-origin"
SESSION_STARTED = "portal_session_started"
SESSION_SEEN = "portal_session_seen"


def start_session_clock(sender, request, user, **kwargs):
    """The 8 hours count from the login itself (connected to user_logged_in)."""
    now = time.time()
    request.session[SESSION_STARTED] = now
    request.session[SESSION_SEEN] = now


def expired(request):
    """Why this admin session has ended ("idle" or "absolute"), or None. Refreshes the idle
    clock of a live session."""
    if not request.user.is_authenticated:
        return None
    now = time.time()
    started = request.session.setdefault(SESSION_STARTED, now)
    seen = request.session.get(SESSION_SEEN, now)
    if now - started > settings.SESSION_ABSOLUTE_SECONDS:
        return "absolute"
    if now - seen > settings.SESSION_IDLE_SECONDS:
        return "idle"
    request.session[SESSION_SEEN] = now
    return None


def admin_response(response):
    """The admin's referrer policy on a response made outside a view (the lockout page)."""
    response.headers["Referrer-Policy"] = REFERRER_POLICY
    return response


class PortalAdminSite(OTPAdminSite):
    login_form = AdminLoginForm
    login_template = "admin/security/otp_login.html"
    # Editors work in the portal's name, in their language, not in "Django administration".
    site_header = _("Portal: Stop online blackmail")
    site_title = _("Portal: Stop online blackmail")
    index_title = _("Content of the portal")

    def __init__(self, name="admin"):
        # django-otp's default name is "otpadmin"; every reverse("admin:...") needs "admin".
        super().__init__(name)

    def admin_policy(self, view):
        """`view` with the session limits, the admin's CSP and its referrer policy."""

        @wraps(view)
        def inner(request, *args, **kwargs):
            reason = expired(request)
            if reason:
                auth_log.info("session expired (%s) user=%s", reason, request.user.get_username())
                logout(request)
                response = redirect_to_login(
                    request.get_full_path(), login_url=f"/{settings.ADMIN_URL}login/"
                )
            else:
                response = view(request, *args, **kwargs)
            return admin_response(response)

        return csp_override(settings.ADMIN_CSP)(inner)

    def admin_view(self, view, cacheable=False):
        return self.admin_policy(super().admin_view(view, cacheable))

    def login(self, request, extra_context=None):
        return self.admin_policy(super().login)(request, extra_context)


@csp_override(settings.ADMIN_CSP)
def locked_out(request, original_response=None, credentials=None):
    """django-axes' answer to a locked-out login: 429, in the admin's look and language."""
    minutes = int(settings.AXES_COOLOFF_TIME.total_seconds() // 60)
    context = {**admin.site.each_context(request), "cooloff_minutes": minutes}
    response = render(request, "admin/security/locked_out.html", context, status=429)
    response["Retry-After"] = str(minutes * 60)
    return admin_response(response)
