"""Context that every page needs. Nothing here touches the database, so error pages work
even when it is down."""

from django.conf import settings
from django.utils.translation import get_language

from .emergency import E_BLAGH_URL, EMERGENCY_NUMBERS
from .hooks import FOOTER_MENU, MAIN_MENU
from .i18n import language_links
from .navigation import collect


def site(request):
    current = get_language() or settings.LANGUAGE_CODE
    links = language_links(request, current)
    default = next(link for link in links if link.code == settings.LANGUAGE_CODE)
    return {
        "emergency_numbers": EMERGENCY_NUMBERS,
        "e_blagh_url": E_BLAGH_URL,
        "language_links": links,
        "canonical_url": next(link.absolute_url for link in links if link.is_current),
        "x_default_url": default.absolute_url,
        "nav_items": collect(request, MAIN_MENU),
        "footer_items": collect(request, FOOTER_MENU),
    }
