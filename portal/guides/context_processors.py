"""The quick exit's target, on every page that shows the button."""

from django.db import DatabaseError
from django.utils.functional import SimpleLazyObject

from .exit_url import current_exit_url
from .rules import DEFAULT_EXIT_URL


def _exit_url():
    try:
        return current_exit_url()
    except DatabaseError:
        # The button must work even when the database does not.
        return DEFAULT_EXIT_URL


def quick_exit(request):
    # Lazy: the query runs only when a template shows the button; the error page passes
    # the default instead, so it needs no database.
    return {
        "quick_exit_url": SimpleLazyObject(_exit_url),
        "quick_exit_default_url": DEFAULT_EXIT_URL,
    }
