"""Context that every page needs.

Only the menus come from the database (the pages editors place in them), and only when a
template shows them: they are lazy, so admin pages, which show no menu, never query them,
and a page that shows them queries once for both. When the database is down, or on the 500
page, the menus keep their fixed entries (navigation.py), so error pages still show the
help numbers."""

from django.conf import settings
from django.db import DatabaseError
from django.utils.functional import SimpleLazyObject
from django.utils.translation import get_language

from .emergency import E_BLAGH_URL, EMERGENCY_NUMBERS
from .hooks import FOOTER_MENU, MAIN_MENU, crisis_lines
from .i18n import language_links
from .navigation import collect_menus
from .origin import site_origin


def _crisis_lines():
    try:
        return crisis_lines()
    except DatabaseError:
        # The box keeps the emergency numbers, which live in code.
        return []


def site(request):
    current = get_language() or settings.LANGUAGE_CODE
    links = language_links(request, current)
    # Both menus come from one lazy collection: one query serves the header and the footer.
    menus = SimpleLazyObject(lambda: collect_menus(request))
    default = next(link for link in links if link.code == settings.LANGUAGE_CODE)
    return {
        "emergency_numbers": EMERGENCY_NUMBERS,
        "e_blagh_url": E_BLAGH_URL,
        "language_links": links,
        "canonical_url": next(link.absolute_url for link in links if link.is_current),
        "x_default_url": default.absolute_url,
        "site_origin": site_origin(),
        "nav_items": SimpleLazyObject(lambda: menus[MAIN_MENU]),
        "footer_items": SimpleLazyObject(lambda: menus[FOOTER_MENU]),
        # Lazy too: only pages that show the crisis box ask the directory for its lines.
        "crisis_lines": SimpleLazyObject(_crisis_lines),
    }
