"""Probes for the process supervisor and the load balancer.

Outside the language prefix, never cached, and a failed readiness check is a warning, not an
error report: a database restart is an event to watch, not a bug.
"""

import logging

from django.core.cache import cache
from django.db import connections
from django.http import HttpResponse
from django.views.decorators.cache import never_cache

logger = logging.getLogger("portal.availability")


def _plain(text, status=200):
    return HttpResponse(text + "\n", content_type="text/plain; charset=utf-8", status=status)


@never_cache
def healthz(request):
    """The process is alive and answers requests; it touches nothing else."""
    return _plain("ok")


@never_cache
def readyz(request):
    """Ready for traffic: the database answers a query and the cache stores and returns a
    value. 503 otherwise, so a load balancer sends visitors elsewhere."""
    problems = []
    try:
        with connections["default"].cursor() as cursor:
            cursor.execute("SELECT 1")
            cursor.fetchone()
    except Exception as error:  # any failure means "not ready", whatever the driver raises
        problems.append(f"database: {type(error).__name__}")
    try:
        cache.set("readyz", "1", 5)
        if cache.get("readyz") != "1":
            problems.append("cache: value not returned")
    except Exception as error:
        problems.append(f"cache: {type(error).__name__}")
    if problems:
        logger.warning("not ready: %s", "; ".join(problems))
        response = _plain("not ready\n" + "\n".join(problems), status=503)
        response["Retry-After"] = "30"
        return response
    return _plain("ready")
