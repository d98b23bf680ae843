"""The site-wide version of the public pages: every cached page carries the version it was
rendered under, and a page of an older version is never served as fresh.

The version moves whenever the database writes to a table whose rows a visitor can see (any
model of a portal app or of portal.content, their many-to-many tables included), whatever
did the write: a save, an approval, an admin action's `QuerySet.update()`, a delete, a
script. Watching the SQL rather than model signals is what makes the invalidation exact:
`update()`, `bulk_create()` and raw SQL send no signal. It also moves when the next
scheduled publish or withdraw time passes, and at local midnight (the directory's "stale"
marks are counted in days).

The counter lives in the configured cache, so every app server sees it at once. With a
cache local to each process (locmem), the processes of one server share a stamp file as
well, whose modification time is part of the version.
"""

import logging
import os
import re
import time
from datetime import datetime, timedelta

from django.apps import apps
from django.conf import settings
from django.core.cache import cache, caches
from django.core.cache.backends.locmem import LocMemCache
from django.db.models import Min, Q
from django.utils import timezone

logger = logging.getLogger("portal.pagecache")

VERSION_KEY = "pagecache:version"
NEXT_KEY = "pagecache:next"
WRITE = re.compile(r'\s*(?:INSERT\s+INTO|UPDATE|DELETE\s+FROM)\s+"([^"]+)"', re.IGNORECASE)

_public_tables = None
# Whether this process stored a page since it last moved the version: a transaction that
# writes a thousand rows moves it once, unless a page was stored in between (a request of
# the same transaction must see its own writes).
_stored_since_bump = True
# Whether a move of the version failed (the cache out of reach): this process moves it as
# soon as the cache answers again, or the pages cached before the change would stay fresh.
pending = False


def public_tables():
    """Tables whose rows reach public pages: those of the portal's content apps."""
    global _public_tables
    if _public_tables is None:
        from portal.core.hooks import PortalAppConfig

        tables = set()
        for config in apps.get_app_configs():
            if isinstance(config, PortalAppConfig) or config.name == "portal.content":
                for model in config.get_models(include_auto_created=True):
                    tables.add(model._meta.db_table)
        _public_tables = frozenset(tables)
    return _public_tables


def _local_cache():
    # `cache` is a proxy: the backend itself is caches["default"].
    return isinstance(caches["default"], LocMemCache)


def _stamp_path():
    return settings.PAGE_CACHE_STAMP_FILE


def _stamp():
    """The shared stamp of the processes of this server, 0 with a shared cache."""
    if not _local_cache():
        return 0
    try:
        return os.stat(_stamp_path()).st_mtime_ns
    except OSError:
        return 0


def _touch_stamp():
    if not _local_cache():
        return
    path = _stamp_path()
    try:
        os.makedirs(os.path.dirname(path), exist_ok=True)
        with open(path, "a"):
            pass
        now = time.time_ns()
        os.utime(path, ns=(now, now))
    except OSError:
        logger.warning("page cache: cannot touch %s; other processes may serve old pages", path)


def token(counter):
    """The version a page is stored under: the counter, and the stamp with a local cache."""
    return f"{counter}.{_stamp()}"


def _start_value():
    # Never an old value again if the counter is evicted: microseconds since the epoch are
    # more than any number of bumps since.
    return time.time_ns() // 1000


def counter_from(value):
    """The counter read from the cache (in a get_many), created when missing."""
    if value is not None:
        return value
    cache.add(VERSION_KEY, _start_value(), timeout=None)
    return cache.get(VERSION_KEY) or _start_value()


def note_stored():
    global _stored_since_bump
    _stored_since_bump = True


def bump():
    """Every public page is out of date from now on, on every server."""
    global _stored_since_bump, pending
    _stored_since_bump = False
    try:
        try:
            value = cache.incr(VERSION_KEY)
        except ValueError:
            if not cache.add(VERSION_KEY, _start_value(), timeout=None):
                cache.incr(VERSION_KEY)
            value = cache.get(VERSION_KEY)
    except Exception as error:
        logger.warning("page cache: the version could not be moved: %s", type(error).__name__)
        value = None
    pending = value is None
    _touch_stamp()
    return value


def next_change(now=None):
    """When a visitor would next see something else without any write: the earliest
    publish or withdraw time still to come, or local midnight, whichever is first."""
    from portal.content.models import Publishable

    now = now or timezone.now()
    tomorrow = timezone.localdate(now) + timedelta(days=1)
    candidates = [
        timezone.make_aware(datetime.combine(tomorrow, datetime.min.time())),
    ]
    for model in apps.get_models():
        if issubclass(model, Publishable):
            found = model._base_manager.aggregate(
                publish=Min("publish_at", filter=Q(publish_at__gt=now)),
                withdraw=Min("withdraw_at", filter=Q(withdraw_at__gt=now)),
            )
            candidates += [value for value in found.values() if value]
    return min(candidates).timestamp()


def schedule_for(current, stored):
    """The next change time for this version (token()): from the cache if computed for it,
    else computed now (a few queries, once per version) and kept."""
    if stored and stored[0] == current:
        return stored[1]
    at = next_change()
    cache.set(NEXT_KEY, (current, at), timeout=None)
    return at


# --- the write hook ------------------------------------------------------------------------
def _after_commit():
    """Once a change is committed: a new version, and its outage pages warmed at once."""
    from . import warm

    counter = bump()
    if counter is not None:
        warm.request(token(counter))


def watch_writes(execute, sql, params, many, context):
    """Connection execute wrapper: after a write to a public table, move the version now
    (the writing request sees its own change) and again once the transaction commits (a
    page rendered meanwhile from the old rows is then out of date too)."""
    result = execute(sql, params, many, context)
    match = settings.PAGE_CACHE and sql[:1] in "IUDiud" and WRITE.match(sql)
    if match and match.group(1) in public_tables():
        connection = context["connection"]
        if connection.in_atomic_block:
            if _stored_since_bump:
                bump()
            pending = any(entry[1] is _after_commit for entry in connection.run_on_commit)
            if not pending:
                connection.on_commit(_after_commit)
        else:
            _after_commit()
    return result


def install(sender, connection, **kwargs):
    """connection_created receiver: watch every connection's writes, once."""
    if watch_writes not in connection.execute_wrappers:
        connection.execute_wrappers.append(watch_writes)
