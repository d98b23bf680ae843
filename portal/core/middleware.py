from django.conf import settings


class AdminReferrerPolicyMiddleware:
    """Public pages send no referrer at all; the admin needs `same-origin`.

    With `no-referrer`, Chromium sends `Origin: null` on form posts, and Django's CSRF check
    rightly refuses them, so no one could log in. `same-origin` still tells no other site
    anything.
    """

    def __init__(self, get_response):
        self.get_response = get_response
        self.admin_prefix = "/" + settings.ADMIN_URL

    def __call__(self, request):
        response = self.get_response(request)
        if request.path.startswith(self.admin_prefix):
            response.headers["Referrer-Policy"] = "same-origin"
        return response
