"""The pages that must survive a database outage, kept rendered at all times.

The urgent guide, every triage plan and the directory's first page, in every language, are
rendered into the cache when a process starts serving and after every change (a new
version), for the site's own address (SITE_URL: its scheme and host are in the pages'
absolute links). Each process also keeps its last copy of them in memory, so that neither
an eviction from the cache nor a flood of other addresses can leave them without a copy.

PAGE_CACHE_WARM says how: `thread` (in the background, the default), `inline` (before the
request that noticed goes on; tests), `off`.
"""

import io
import itertools
import logging
import threading
import time
from urllib.parse import urlsplit

from django.conf import settings
from django.core.cache import cache
from django.core.handlers.base import BaseHandler
from django.core.handlers.wsgi import WSGIRequest
from django.db import connections
from django.urls import reverse
from django.utils import translation

from . import entries

logger = logging.getLogger("portal.pagecache")

WARM_KEY = "pagecache:warmed"
# After a failed warm (the database is down), wait this long before trying again.
RETRY_SECONDS = 30

_lock = threading.Lock()
_running = threading.Event()
_last_failure = 0.0
_handler = None
_pinned = {}  # page key -> Entry, only for the pages of warm_paths()
_pinned_keys = set()
# Only a process that serves pages warms them (not a management command that writes).
serving = False


def warm_paths():
    """The urgent guide, the plan of every combination of triage answers, the directory."""
    from portal.guides import triage

    paths = []
    for code, _name in settings.LANGUAGES:
        with translation.override(code):
            plan = reverse("guides:plan")
            paths += [reverse("guides:urgent"), reverse("directory:list")]
            for values in itertools.product(*(q.choices for q in triage.QUESTIONS)):
                query = "&".join(
                    f"{q.name}={value}"
                    for q, (value, _label) in zip(triage.QUESTIONS, values, strict=True)
                )
                paths.append(f"{plan}?{query}")
    return paths


def site_request(path):
    """A GET of `path` as a visitor of SITE_URL would send it."""
    site = urlsplit(settings.SITE_URL)
    address, _, query = path.partition("?")
    secure = site.scheme == "https"
    environ = {
        "REQUEST_METHOD": "GET",
        "PATH_INFO": address,
        "QUERY_STRING": query,
        "SERVER_NAME": site.hostname or "localhost",
        "SERVER_PORT": str(site.port or (443 if secure else 80)),
        "HTTP_HOST": site.netloc,
        "SERVER_PROTOCOL": "HTTP/1.1",
        "wsgi.url_scheme": site.scheme or "http",
        "wsgi.input": io.BytesIO(b""),
        "wsgi.errors": io.StringIO(),
    }
    if secure and settings.SECURE_PROXY_SSL_HEADER:
        header, value = settings.SECURE_PROXY_SSL_HEADER
        environ[header] = value
    request = WSGIRequest(environ)
    request.page_cache_refresh = True
    return request


def _get_handler():
    global _handler
    if _handler is None:
        handler = BaseHandler()
        handler.load_middleware()
        _handler = handler
    return _handler


def warm(current):
    """Render every page of warm_paths() through the whole site, storing each; True when
    all rendered."""
    global _last_failure
    handler = _get_handler()
    ok = True
    with translation.override(translation.get_language()):
        for path in warm_paths():
            request = site_request(path)
            _pinned_keys.add(entries.page_key(request))
            try:
                response = handler.get_response(request)
            except Exception as error:
                logger.warning("page cache: could not warm %s: %s", path, type(error).__name__)
                response = None
            state = response.get(entries.CACHE_HEADER) if response is not None else None
            if state != "miss":
                ok = False
            if state == "stale" or response is None or response.status_code >= 500:
                break  # the database is down: the copies we have are the best there are
    if ok:
        cache.set(WARM_KEY, current, timeout=None)
    else:
        _last_failure = time.monotonic()
    return ok


def _run(current):
    try:
        warm(current)
    except Exception as error:
        logger.warning("page cache: warming failed: %s", type(error).__name__)
    finally:
        _running.clear()


def _in_thread(current):
    try:
        _run(current)
    finally:
        connections.close_all()


def request(current):
    """Warm the pages for version `current` unless this process is already at it, or failed
    a moment ago."""
    mode = settings.PAGE_CACHE_WARM
    if mode == "off" or not serving or time.monotonic() - _last_failure < RETRY_SECONDS:
        return
    with _lock:
        if _running.is_set():
            return
        _running.set()
    if mode == "inline":
        _run(current)
    else:
        threading.Thread(target=_in_thread, args=(current,), daemon=True).start()


def keep_pinned(key, entry):
    if key in _pinned_keys:
        _pinned[key] = entry


def is_pinned(key):
    return key in _pinned_keys


def pinned(key):
    return _pinned.get(key)


def forget():
    """Drop this process's copies and marks (tests, between two databases)."""
    global _last_failure
    _pinned.clear()
    _pinned_keys.clear()
    _last_failure = 0.0
