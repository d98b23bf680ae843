"""Menu entries that apps declare on their AppConfig, so the header never needs editing when
an app is added.

An app lists `nav_items` (main menu) or `footer_items` as (url name, label, order) tuples.
An app whose entries live in the database (the CMS pages) defines
`menu_items(request, attribute)` instead, returning (url, label, order) tuples for the
same attributes, or (url, label, order, language) when the label is shown in another
language than the page's (an untranslated title), so that it is marked up as such.
"""

import logging
from dataclasses import dataclass

from django.apps import apps
from django.db import DatabaseError
from django.urls import NoReverseMatch, reverse
from django.utils.translation import get_language_info

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


def _database_items(config, request, attribute):
    build = getattr(config, "menu_items", None)
    if build is None or getattr(request, NO_DATABASE, False):
        return []
    try:
        return list(build(request, attribute))
    except DatabaseError:
        # The error page must still show the help numbers when the database is down.
        logger.warning("menu entries of %s skipped: database unavailable", config.label)
        return []


def collect(request, attribute):
    items = []
    for config in apps.get_app_configs():
        for url_name, label, order in getattr(config, attribute, ()):
            try:
                url = reverse(url_name)
            except NoReverseMatch:
                continue
            items.append(NavItem(url, str(label), order, request.path == url))
        for url, label, order, *lang in _database_items(config, request, attribute):
            items.append(NavItem(url, str(label), order, request.path == url, *lang))
    return sorted(items, key=lambda item: item.order)
