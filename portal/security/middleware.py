"""Headers every response carries, and the page a visitor sees when the database is down.
What the admin alone gets is in admin_site.py."""

from django.conf import settings
from django.db import InterfaceError, OperationalError

from .hosts import check_host_port
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


class SecurityHeadersMiddleware:
    """Headers Django's SecurityMiddleware does not set: Permissions-Policy and
    Cross-Origin-Resource-Policy (so no other site can embed our pages or files)."""

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        check_host_port(request)
        response = self.get_response(request)
        if request.path_info.startswith(f"/{settings.ADMIN_URL}"):
            # In place of a robots.txt line that would print the admin's path for anyone.
            response.headers.setdefault("X-Robots-Tag", "noindex, nofollow")
        response.headers.setdefault("Permissions-Policy", PERMISSIONS_POLICY)
        response.headers.setdefault("Cross-Origin-Resource-Policy", "same-origin")
        response.headers.setdefault("X-Content-Type-Options", "nosniff")
        return response


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
