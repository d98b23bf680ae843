"""Headers every response carries, the admin's session limits, and the page a visitor sees
when the database is down."""

import logging
import time

from django.conf import settings
from django.contrib.auth import logout
from django.contrib.auth.signals import user_logged_in
from django.contrib.auth.views import redirect_to_login
from django.db import InterfaceError, OperationalError
from django.dispatch import receiver

from .unavailable import service_unavailable

# Every powerful feature off: the portal needs none of them, and a page that cannot ask for
# the camera, the microphone or the position cannot be abused into asking.
PERMISSIONS_POLICY = ", ".join(
    f"{feature}=()"
    for feature in (
        "accelerometer",
        "autoplay",
        "browsing-topics",
        "camera",
        "display-capture",
        "encrypted-media",
        "fullscreen",
        "geolocation",
        "gyroscope",
        "hid",
        "idle-detection",
        "local-fonts",
        "magnetometer",
        "microphone",
        "midi",
        "payment",
        "picture-in-picture",
        "publickey-credentials-get",
        "screen-wake-lock",
        "serial",
        "usb",
        "xr-spatial-tracking",
    )
)

auth_log = logging.getLogger("portal.auth")


def is_admin_path(path):
    return path.startswith("/" + settings.ADMIN_URL)


class SecurityHeadersMiddleware:
    """Headers Django's SecurityMiddleware does not set: Permissions-Policy and
    Cross-Origin-Resource-Policy (so no other site can embed our pages or files)."""

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        response = self.get_response(request)
        response.headers.setdefault("Permissions-Policy", PERMISSIONS_POLICY)
        response.headers.setdefault("Cross-Origin-Resource-Policy", "same-origin")
        response.headers.setdefault("X-Content-Type-Options", "nosniff")
        return response


class AdminReferrerPolicyMiddleware:
    """What the admin needs that public pages must not have.

    Referrer: public pages send none; the admin needs `same-origin`. With `no-referrer`,
    Chromium sends `Origin: null` on form posts, and Django's CSRF check rightly refuses
    them, so no one could log in. `same-origin` still tells no other site anything.

    Content-Security-Policy: ADMIN_CSP (the rich-text editor's nonce and style hash, see
    settings), so that public pages keep the policy without any inline exception. It must
    sit below ContentSecurityPolicyMiddleware, which reads the choice from the response.
    """

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        response = self.get_response(request)
        if is_admin_path(request.path):
            response.headers["Referrer-Policy"] = "same-origin"
            if not hasattr(response, "_csp_config"):
                response._csp_config = settings.ADMIN_CSP
        return response


class AdminSessionExpiryMiddleware:
    """An editor's session ends after SESSION_IDLE_SECONDS without a request, and after
    SESSION_ABSOLUTE_SECONDS in all, whatever the activity: a laptop left open in a café
    does not stay logged in to a site whose phone numbers people in danger rely on.

    Only admin requests touch the session, so public pages never read or refresh it.
    """

    STARTED = "portal_session_started"
    SEEN = "portal_session_seen"

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        if is_admin_path(request.path) and request.user.is_authenticated:
            now = time.time()
            started = request.session.setdefault(self.STARTED, now)
            seen = request.session.get(self.SEEN, now)
            reason = None
            if now - started > settings.SESSION_ABSOLUTE_SECONDS:
                reason = "absolute"
            elif now - seen > settings.SESSION_IDLE_SECONDS:
                reason = "idle"
            if reason:
                auth_log.info("session expired (%s) user=%s", reason, request.user.get_username())
                logout(request)
                return redirect_to_login(
                    request.get_full_path(), login_url=f"/{settings.ADMIN_URL}login/"
                )
            request.session[self.SEEN] = now
        return self.get_response(request)


@receiver(user_logged_in, dispatch_uid="portal_session_started")
def start_session_clock(sender, request, user, **kwargs):
    """The 8 hours count from the login itself."""
    now = time.time()
    request.session[AdminSessionExpiryMiddleware.STARTED] = now
    request.session[AdminSessionExpiryMiddleware.SEEN] = now


class DatabaseUnavailableMiddleware:
    """When the database cannot be reached, answer 503 with the emergency numbers instead of
    an error page: the person in crisis still learns whom to call."""

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        return self.get_response(request)

    def process_exception(self, request, exception):
        if isinstance(exception, (OperationalError, InterfaceError)) and not settings.DEBUG:
            return service_unavailable(request, exception)
        return None
