"""Absolute addresses of this site, from the configured SITE_URL.

Never from the request: its Host header and path are whatever the client sent (a port,
another name behind a careless proxy, `//evil.com/x`), and an absolute address that a page,
the sitemap, a feed or the JSON export prints must name only this site."""

from urllib.parse import urlsplit

from django.conf import settings


def site_origin():
    """`scheme://host[:port]` of SITE_URL, without a trailing slash or path."""
    parts = urlsplit(settings.SITE_URL)
    return f"{parts.scheme}://{parts.netloc}"


def absolute(path):
    """This site's absolute address of `path` (which must start with a single `/`)."""
    if not path.startswith("/") or path.startswith("//"):
        raise ValueError(f"not a path of this site: {path!r}")
    return site_origin() + path


def site_domain():
    """Host (and port, if any) of SITE_URL, for Django's Sitemap and Feed classes."""
    return urlsplit(settings.SITE_URL).netloc


def site_scheme():
    return urlsplit(settings.SITE_URL).scheme


class SiteRequest:
    """`request` as seen by Django's sitemap and feed views, which build absolute addresses
    from `get_host()` and `scheme`: here those of SITE_URL. Everything else is the request's."""

    def __init__(self, request):
        self._request = request

    def __getattr__(self, name):
        return getattr(self._request, name)

    def get_host(self):
        return site_domain()

    @property
    def scheme(self):
        return site_scheme()

    def is_secure(self):
        return site_scheme() == "https"
