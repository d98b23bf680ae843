"""The main menu and the footer, from the entries apps declare (see hooks.py), so the header
never needs editing when an app is added."""

import logging
from dataclasses import dataclass

from django.db import DatabaseError
from django.urls import NoReverseMatch
from django.utils.translation import get_language_info

from .addresses import cached_reverse
from .hooks import FOOTER_MENU, MAIN_MENU, portal_apps

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


def _database_items(config, request):
    if getattr(request, NO_DATABASE, False):
        return {}
    try:
        return config.menu_items(request)
    except DatabaseError:
        # The error page must still show the help numbers when the database is down.
        logger.warning("menu entries of %s skipped: database unavailable", config.label)
        return {}


def collect_menus(request):
    """Both menus' entries, in order, as `{MAIN_MENU: [...], FOOTER_MENU: [...]}`: each app
    is asked once for both (one query for the editors' pages), and each URL is reversed once."""
    menus = {MAIN_MENU: [], FOOTER_MENU: []}
    path = request.path
    for config in portal_apps():
        for menu, items in menus.items():
            for url_name, label, order in getattr(config, menu):
                try:
                    url = cached_reverse(url_name)
                except NoReverseMatch:
                    continue
                items.append(NavItem(url, str(label), order, path == url))
        for menu, entries in _database_items(config, request).items():
            for url, label, order, *lang in entries:
                menus[menu].append(NavItem(url, str(label), order, path == url, *lang))
    return {menu: sorted(items, key=lambda item: item.order) for menu, items in menus.items()}
