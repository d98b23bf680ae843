"""What a cached page is, which requests and responses may be cached, and how a cached
page is answered (with its ETag, Last-Modified and a 304 on a match).

A cached page is kept compressed as well (Brotli and gzip, made once when it is stored), so
that a hit costs no compression: the page cache sits outside GZipMiddleware. No random
padding against BREACH is needed on these copies: a page that may be cached carries no
secret (no CSRF token, no session, no nonce; see storable())."""

import gzip
import hashlib
import re
import time
from dataclasses import dataclass, field
from urllib.parse import unquote_plus

import brotli
from django.conf import settings
from django.db import connections
from django.http import HttpResponse
from django.utils import translation
from django.utils.cache import get_conditional_response, patch_vary_headers
from django.utils.http import http_date

from portal.core import hooks

cc_delim_re = re.compile(r"\s*,\s*")
# The entry's format is part of its key: during a rolling release the old and the new code
# share Redis, and neither may read a page the other kept in its own shape. Raise it when
# Entry changes.
ENTRY_FORMAT = 2
PAGE_PREFIX = f"pagecache:page:{ENTRY_FORMAT}:"
CACHE_HEADER = "X-Cache"
# Never cached: the admin, the probes (they report the present), media served by Django.
PRIVATE_PREFIXES = ("/healthz", "/readyz")
# Headers that belong to one answer, not to the page: answer() sets them for the copy sent.
NOT_STORED = {
    "set-cookie",
    "content-length",
    "content-encoding",
    "etag",
    "last-modified",
    "x-cache",
}
# Too short to gain from compression (GZipMiddleware's own threshold).
COMPRESS_FROM = 200
# Brotli quality 5 makes pages smaller than gzip's best in about the time gzip takes.
BROTLI_QUALITY = 5
# Stored encodings, the preferred first.
CODINGS = ("br", "gzip")


@dataclass
class Entry:
    """A public page as rendered once: status, headers and body, the version it belongs to
    and until when it is fresh."""

    version: str
    fresh_until: float
    stored_at: float
    status: int
    headers: list
    # The page uncompressed, only when it is too short to compress: a long page is kept
    # compressed alone (a sitemap of 2 MB is 20 KB), and unpacked for the rare visitor
    # who takes no compression.
    content: bytes
    etag: str
    # Content-Encoding -> the page compressed that way.
    encoded: dict = field(default_factory=dict)


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


def drop_unread(request):
    """Take every parameter no public page reads off the address before the page is looked
    up or rendered: the click identifiers a shared link collects (`fbclid`, `utm_*`...),
    or parameters made up to get past the cache, so that they neither make a page render
    and be stored once per address nor travel on in the page's own links. The apps name
    the parameters they read (PortalAppConfig.query_parameters)."""
    query = request.META.get("QUERY_STRING", "")
    if not query:
        return
    parts = query.split("&")
    read = hooks.query_parameters()
    kept = [part for part in parts if unquote_plus(part.split("=")[0]) in read]
    if len(kept) != len(parts):
        request.META["QUERY_STRING"] = "&".join(kept)
        request.__dict__.pop("GET", None)  # parsed again from the shorter query string


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
    is shared), no Vary on cookies; and the page was rendered whole (no database error)."""
    if request.method != "GET" or response.status_code not in (200, 404):
        return False
    if response.streaming or response.cookies:
        return False
    if response.get("Content-Encoding", "gzip") != "gzip":
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
    if any(db.errors_occurred for db in connections.all(initialized_only=True)):
        # The database failed while it rendered: the menus, the crisis lines and the quick
        # exit fell back to what lives in code. Shown once, never kept.
        return False
    nonce = getattr(request, "_csp_nonce", None)
    return not nonce  # a LazyNonce is true once a template used it


def _encodings(content):
    if len(content) < COMPRESS_FROM:
        return {}
    return {
        "br": brotli.compress(content, quality=BROTLI_QUALITY),
        "gzip": gzip.compress(content, compresslevel=6, mtime=0),
    }


def make_entry(response, version, fresh_until):
    content = response.content
    if response.get("Content-Encoding") == "gzip":
        # Compressed on its way out by GZipMiddleware (the visitor accepted gzip).
        content = gzip.decompress(content)
    etag = f'"{hashlib.sha256(content).hexdigest()[:32]}"'
    encoded = _encodings(content)
    if encoded:
        patch_vary_headers(response, ("Accept-Encoding",))
    headers = [(name, value) for name, value in response.items() if name.lower() not in NOT_STORED]
    now = time.time()
    kept = b"" if encoded else content
    return Entry(version, fresh_until, now, response.status_code, headers, kept, etag, encoded)


def _accepted(header):
    """The content codings an Accept-Encoding names with a weight above 0: `q=0` means
    "not acceptable" (RFC 9110, 12.5.3), and a weight that cannot be read is taken as 0."""
    codings = set()
    for part in header.split(","):
        name, *params = part.split(";")
        weight = 1.0
        for param in params:
            key, _, value = param.partition("=")
            if key.strip().lower() == "q":
                try:
                    weight = float(value)
                except ValueError:
                    weight = 0.0
        if weight > 0:
            codings.add(name.strip().lower())
    return codings


def _representation(request, entry):
    """The body to send, its Content-Encoding (or None) and its ETag: each encoding is a
    representation of its own, with an ETag of its own."""
    accepted = _accepted(request.META.get("HTTP_ACCEPT_ENCODING", ""))
    for coding in CODINGS:
        if coding in entry.encoded and coding in accepted:
            return entry.encoded[coding], coding, f'{entry.etag[:-1]}-{coding}"'
    if entry.encoded:
        return gzip.decompress(entry.encoded["gzip"]), None, entry.etag
    return entry.content, None, entry.etag


def answer(request, entry, state):
    """The cached page as a response (or a 304), marked hit, miss or stale."""
    body, coding, etag = _representation(request, entry)
    response = HttpResponse(body, status=entry.status)
    for name, value in entry.headers:
        response[name] = value
    if coding:
        response["Content-Encoding"] = coding
    response["Content-Length"] = str(len(body))
    response["ETag"] = etag
    response["Last-Modified"] = http_date(entry.stored_at)
    response[CACHE_HEADER] = state
    if entry.status == 200:
        conditional = get_conditional_response(
            request, etag=etag, last_modified=int(entry.stored_at), response=response
        )
        if conditional is not response:
            # Django's 304 keeps ETag, Last-Modified, Cache-Control and Vary.
            conditional[CACHE_HEADER] = state
            return conditional
    return response
