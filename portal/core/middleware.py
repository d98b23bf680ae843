"""Response headers that differ between the public site and the admin."""

from django.conf import settings


class AdminReferrerPolicyMiddleware:
    """The admin needs `Referrer-Policy: same-origin`.

    With the site-wide `no-referrer`, browsers send `Origin: null` with form posts, and
    Django's CSRF check then refuses every admin form, starting with the login. Public pages
    keep `no-referrer`; `same-origin` still sends nothing to other hosts.
    """

    def __init__(self, get_response):
        self.get_response = get_response
        self.prefix = "/" + settings.ADMIN_URL

    def __call__(self, request):
        response = self.get_response(request)
        if request.path.startswith(self.prefix):
            response.headers.setdefault("Referrer-Policy", "same-origin")
        return response
