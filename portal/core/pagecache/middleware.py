"""PageCacheMiddleware: public pages answered whole from the cache.

It sits inside the middlewares that add the security headers (so a cached page gets them
exactly as a fresh one) and outside compression, the CSP and those that touch the session,
the CSRF token and the language: a cached page is kept with its CSP header and already
compressed, so a hit runs almost nothing but one cache read. That round trip reads the
version, the next scheduled change, the page and the warm mark together.

Answers carry `X-Cache`: `hit` (from the cache), `miss` (rendered, now cached), `stale`
(the database failed and an older copy was served: stale-if-error), `bypass` (not a page
that may be shared: an editor's view, a page with a cookie or a nonce).
"""

import logging
import time

from django.conf import settings
from django.core.cache import cache

from . import entries, version, warm

logger = logging.getLogger("portal.pagecache")


def _read(key):
    try:
        return cache.get_many([version.VERSION_KEY, version.NEXT_KEY, key, warm.WARM_KEY])
    except Exception as error:
        logger.warning("page cache: the cache cannot be read: %s", type(error).__name__)
        return None


def _store(key, entry, response, key_path):
    timeout = settings.PAGE_CACHE_KEEP_SECONDS
    if (response.status_code == 404 or "?" in key_path) and not warm.is_pinned(key):
        # Any address can be a 404 or carry a query string: those copies make room soon.
        timeout = settings.PAGE_CACHE_SECONDS
    try:
        cache.set(key, entry, timeout=timeout)
    except Exception as error:
        logger.warning("page cache: a page could not be stored: %s", type(error).__name__)


class PageCacheMiddleware:
    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        if not settings.PAGE_CACHE or not entries.cacheable_request(request):
            response = self.get_response(request)
            if settings.PAGE_CACHE and request.method in ("GET", "HEAD"):
                response[entries.CACHE_HEADER] = "bypass"
            return response
        warm.serving = True
        entries.drop_unread(request)
        key = entries.page_key(request)
        found = _read(key)
        if found is None:
            return self.get_response(request)
        now = time.time()
        counter = version.counter_from(found.get(version.VERSION_KEY))
        if version.pending:
            # A change was saved here while the cache could not be reached.
            counter = version.bump() or counter
        scheduled = found.get(version.NEXT_KEY)
        current = version.token(counter)
        # Known for this version, stamp included: with locmem, another worker's change
        # (a new publish time) reaches this one through the stamp alone.
        if scheduled and scheduled[0] == current and scheduled[1] <= now:
            # A publish or withdraw time has passed: every page may show something else.
            counter = version.bump() or counter
            scheduled = None
            current = version.token(counter)
        entry = found.get(key)
        if found.get(warm.WARM_KEY) != current:
            warm.request(current)
        refresh = getattr(request, "page_cache_refresh", False)  # set by the warmer
        if entry and entry.version == current and now < entry.fresh_until and not refresh:
            warm.keep_pinned(key, entry)
            return entries.answer(request, entry, "hit")

        response = self.get_response(request)
        if response.status_code >= 500:
            stale = entry or warm.pinned(key)
            if stale is not None:
                logger.warning("page cache: served a stale copy of %s", request.path)
                return entries.answer(request, stale, "stale")
            return response
        if not entries.storable(request, response):
            response[entries.CACHE_HEADER] = "bypass" if request.method == "GET" else "miss"
            return response
        try:
            next_at = version.schedule_for(current, scheduled)
        except Exception as error:
            logger.warning("page cache: next scheduled change unknown: %s", type(error).__name__)
            return response
        fresh_until = min(now + settings.PAGE_CACHE_SECONDS, next_at)
        entry = entries.make_entry(response, current, fresh_until)
        _store(key, entry, response, request.get_full_path())
        version.note_stored()
        warm.keep_pinned(key, entry)
        return entries.answer(request, entry, "miss")
