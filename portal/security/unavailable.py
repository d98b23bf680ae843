"""The page a visitor sees when the database is down.

It is rendered without the request context processors and without a single query: whatever
an app adds to every page's context may need the database, and this page must not.
"""

import logging

from django.conf import settings
from django.http import HttpResponse
from django.template import loader
from django.templatetags.static import static
from django.utils.cache import add_never_cache_headers
from django.utils.translation import get_language, get_language_bidi

from portal.core.emergency import E_BLAGH_URL, EMERGENCY_NUMBERS

logger = logging.getLogger("portal.availability")

# Seconds after which a browser or a crawler may try again.
RETRY_AFTER = 120


def service_unavailable(request, exception=None):
    language = get_language() or settings.LANGUAGE_CODE
    html = loader.get_template("503.html").render(
        {
            "LANGUAGE_CODE": language,
            "LANGUAGE_BIDI": get_language_bidi(),
            "emergency_numbers": EMERGENCY_NUMBERS,
            "e_blagh_url": E_BLAGH_URL,
            "stylesheet": static("css/site.css"),
            "home_url": f"/{language}/",
        }
    )
    response = HttpResponse(html, status=503)
    response["Retry-After"] = str(RETRY_AFTER)
    add_never_cache_headers(response)
    # One warning line, not Django's error report (see portal.security.logs).
    logger.warning(
        "database unavailable, answered 503 for %s: %s",
        request.path,
        type(exception).__name__ if exception else "unknown",
    )
    return response
