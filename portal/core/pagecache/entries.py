"""What a cached page is, which requests and responses may be cached, and how a cached
page is answered (with its ETag, Last-Modified and a 304 on a match)."""

import hashlib
import re
import time
from dataclasses import dataclass

from django.conf import settings
from django.http import HttpResponse
from django.utils import translation
from django.utils.cache import get_conditional_response
from django.utils.http import http_date

cc_delim_re = re.compile(r"\s*,\s*")
PAGE_PREFIX = "pagecache:page:"
CACHE_HEADER = "X-Cache"
# Never cached: the admin, the probes (they report the present), media served by Django.
PRIVATE_PREFIXES = ("/healthz", "/readyz")
# Headers the outer middlewares set again on every answer; a cached copy must not carry
# an old one.
NOT_STORED = {"content-security-policy", "content-security-policy-report-only", "set-cookie"}


@dataclass
class Entry:
    """A public page as rendered once: status, headers and body, the version it belongs to
    and until when it is fresh."""

    version: str
    fresh_until: float
    stored_at: float
    status: int
    headers: list
    content: bytes
    etag: str


def page_key(request):
    """The page's identity: scheme, host, language and the full address. The host and the
    scheme are in absolute addresses (hreflang, sitemap, feeds); the language comes from
    the address or, outside the language prefixes, from the browser (a 404 page)."""
    language = translation.get_language_from_request(request, check_path=True)
    identity = "|".join(
        (request.scheme, request.get_host(), language, request.get_full_path())
    ).encode()
    return PAGE_PREFIX + hashlib.sha256(identity).hexdigest()


def cacheable_request(request):
    """An anonymous visitor reading a public page. Anyone with a session (an editor) is
    never served nor stored a shared copy."""
    if request.method not in ("GET", "HEAD"):
        return False
    if settings.SESSION_COOKIE_NAME in request.COOKIES or "HTTP_AUTHORIZATION" in request.META:
        return False
    path = request.path
    private = (f"/{settings.ADMIN_URL}", settings.STATIC_URL, settings.MEDIA_URL)
    return not path.startswith(private) and not path.startswith(PRIVATE_PREFIXES)


def shared_page(response):
    """Mark a response that browsers must not keep (Cache-Control: no-store, private) but
    that is the same for every visitor, so that the server may keep it (the triage plans)."""
    response.page_cache_shared = True
    return response


def _cache_control(response):
    return {
        part.split("=")[0].strip().lower()
        for part in cc_delim_re.split(response.get("Cache-Control", ""))
    }


def storable(request, response):
    """True when nothing in this answer belongs to one visitor: no cookie, no session, no
    CSRF token, no CSP nonce, no private or no-store answer (unless the view said the page
    is shared), no Vary on cookies."""
    if request.method != "GET" or response.status_code not in (200, 404):
        return False
    if response.streaming or response.cookies:
        return False
    vary = {part.strip().lower() for part in cc_delim_re.split(response.get("Vary", ""))}
    if "cookie" in vary or "*" in vary:
        return False
    control = _cache_control(response)
    if control & {"private", "no-store", "no-cache"} and not getattr(
        response, "page_cache_shared", False
    ):
        return False
    session = getattr(request, "session", None)
    if session is not None and session.accessed:
        return False
    if "CSRF_COOKIE" in request.META or request.META.get("CSRF_COOKIE_NEEDS_UPDATE"):
        return False
    nonce = getattr(request, "_csp_nonce", None)
    return not nonce  # a LazyNonce is true once a template used it


def make_entry(response, version, fresh_until):
    content = response.content
    etag = f'"{hashlib.sha256(content).hexdigest()[:32]}"'
    headers = [(name, value) for name, value in response.items() if name.lower() not in NOT_STORED]
    now = time.time()
    return Entry(version, fresh_until, now, response.status_code, headers, content, etag)


def answer(request, entry, state):
    """The cached page as a response (or a 304), marked hit, miss or stale."""
    response = HttpResponse(entry.content, status=entry.status)
    for name, value in entry.headers:
        response[name] = value
    response["ETag"] = entry.etag
    response["Last-Modified"] = http_date(entry.stored_at)
    response[CACHE_HEADER] = state
    if entry.status == 200:
        conditional = get_conditional_response(
            request, etag=entry.etag, last_modified=int(entry.stored_at), response=response
        )
        if conditional is not response:
            # Django's 304 keeps ETag, Last-Modified, Cache-Control and Vary.
            conditional[CACHE_HEADER] = state
            return conditional
    return response
