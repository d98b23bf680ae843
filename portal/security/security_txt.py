"""/.well-known/security.txt (RFC 9116): where to report a vulnerability, until when."""

from django.conf import settings
from django.http import Http404, HttpResponse
from django.views.decorators.cache import cache_control

from portal.core.origin import absolute


@cache_control(max_age=86400, public=True)
def security_txt(request):
    if not settings.SECURITY_TXT_CONTACT:
        # No invented address: without a configured contact there is no file (a deploy
        # check says so).
        raise Http404("security.txt has no contact")
    lines = [
        f"Contact: {settings.SECURITY_TXT_CONTACT}",
        f"Expires: {settings.SECURITY_TXT_EXPIRES}",
        "Preferred-Languages: ar, fr, en",
        f"Canonical: {absolute('/.well-known/security.txt')}",
    ]
    return HttpResponse("\n".join(lines) + "\n", content_type="text/plain; charset=utf-8")
