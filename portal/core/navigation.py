"""The main menu and the footer, from the entries apps declare (see hooks.py), so the header
never needs editing when an app is added."""

import logging
from dataclasses import dataclass

from django.db import DatabaseError
from django.urls import NoReverseMatch, reverse
from django.utils.translation import get_language_info

from .hooks import portal_apps

logger = logging.getLogger(__name__)

# Set on a request whose page must render without the database (the 500 page).
NO_DATABASE = "_menu_without_database"


@dataclass(frozen=True)
class NavItem:
    url: str
    label: str
    order: int
    is_current: bool
    lang: str = ""

    @property
    def dir(self):
        return ("rtl" if get_language_info(self.lang)["bidi"] else "ltr") if self.lang else ""


def without_database(request):
    setattr(request, NO_DATABASE, True)
    return request


def _database_items(config, request, menu):
    if getattr(request, NO_DATABASE, False):
        return []
    try:
        return list(config.menu_items(request, menu))
    except DatabaseError:
        # The error page must still show the help numbers when the database is down.
        logger.warning("menu entries of %s skipped: database unavailable", config.label)
        return []


def collect(request, menu):
    """MAIN_MENU or FOOTER_MENU's entries, in order."""
    items = []
    for config in portal_apps():
        for url_name, label, order in getattr(config, menu):
            try:
                url = reverse(url_name)
            except NoReverseMatch:
                continue
            items.append(NavItem(url, str(label), order, request.path == url))
        for url, label, order, *lang in _database_items(config, request, menu):
            items.append(NavItem(url, str(label), order, request.path == url, *lang))
    return sorted(items, key=lambda item: item.order)
