"""The Host header's port, checked: Django matches ALLOWED_HOSTS against the name alone and
accepts any port after it (`Host: localhost:1337`). A port is accepted only where it is
configured (ALLOWED_PORTS in settings, by default the port of SITE_URL, if it names one);
anything else is a 400, like a host name not in ALLOWED_HOSTS."""

from django.conf import settings
from django.core.exceptions import DisallowedHost
from django.http.request import split_domain_port


def check_host_port(request):
    host = request.META.get("HTTP_HOST") or ""
    _domain, port = split_domain_port(host)
    ports = settings.ALLOWED_PORTS
    if not port or "*" in ports or port in ports:
        return
    raise DisallowedHost(f"Invalid HTTP_HOST header: port {port!r} is not in ALLOWED_PORTS.")
