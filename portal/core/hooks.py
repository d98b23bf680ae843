"""How an app adds to what every page shares, so that core never imports a content app.

An app's AppConfig subclasses PortalAppConfig and overrides what it contributes:

- `nav_items`, `footer_items`: fixed menu entries, `MenuEntry(url name, label, order)`; an
  entry whose URL name does not resolve is left out.
- `menu_items(request)`: entries kept in the database (the CMS pages), for both menus at
  once (one query per page, not one per menu): `{MAIN_MENU: entries, FOOTER_MENU:
  entries}`, each entry a `(url, label, order)` tuple, or `(url, label, order, language)`
  when the label is shown in another language than the page's (an untranslated title), so
  that it is marked up as such. Skipped on pages that must render without the
  database (the 500 page), and when the database fails.
- `home_section(request)`: a dict with a `template`, an `order` (HomeOrder) and the
  template's context, or None.
- `sitemaps()`: `{section name: Sitemap class}` for /sitemap.xml.
- `load_seed(stdout)`: the launch content, loaded by `manage.py load_demo` (idempotent).
- `search_sources()`: `SearchSource`s, the content the site search finds (portal/search
  indexes them without importing the app).
- `query_parameters()`: the names of the query-string parameters the app's public pages
  read. The page cache takes every other parameter off an anonymous request before the
  page is looked up or rendered (portal/core/pagecache), so that click identifiers, or
  parameters made up to get past the cache, never make a page render once per address.

Orders are named below; entries and sections are sorted by them, apps in INSTALLED_APPS
order where two are equal.
"""

import functools
from collections.abc import Callable
from enum import IntEnum
from typing import NamedTuple

from django.apps import AppConfig, apps

MAIN_MENU = "nav_items"
FOOTER_MENU = "footer_items"


class MenuOrder(IntEnum):
    """Places in the main menu, first to last (right to left in Arabic)."""

    HOME = 0
    HELP = 10
    DIRECTORY = 40
    NEWS = 50
    FAQ = 60
    # Pages editors place in a menu come after every fixed entry, by their own order.
    PAGES = 100


class HomeOrder(IntEnum):
    """Sections of the home page, top to bottom."""

    HELP = 10
    DIRECTORY = 30
    NEWS = 50


class SearchKind(IntEnum):
    """Groups of search results, first to last: what to do before who can help, before
    the news."""

    GUIDE = 10
    CONTACT = 20
    ARTICLE = 30


class SearchSource(NamedTuple):
    """Content the site search finds.

    `visible()` is what visitors may see now (published, in its time window); `title` names
    the translated title field; `text(obj)` yields the plain or HTML texts to match, in the
    active language; `children` are `(model, foreign key name)` pairs whose changes change
    the parent's text (a guide's steps)."""

    model: type
    kind: SearchKind
    visible: Callable
    title: str
    text: Callable
    children: tuple = ()


class MenuEntry(NamedTuple):
    url_name: str
    label: str
    order: int


class PortalAppConfig(AppConfig):
    """An app that contributes menu entries, a home section, sitemaps or launch content."""

    nav_items: tuple[MenuEntry, ...] = ()
    footer_items: tuple[MenuEntry, ...] = ()

    def menu_items(self, request):
        return {}

    def home_section(self, request):
        return None

    def sitemaps(self):
        return {}

    def load_seed(self, stdout):
        return None

    def search_sources(self):
        return ()

    def query_parameters(self):
        return ()

    def crisis_lines(self):
        """Published, sourced listening lines for the crisis box (templates/includes/
        crisis_support.html), each with `name`, `url` and `contacts` (`display`, `href`); a
        last item with `more` set and a `url` links to every line when only some are named."""
        return ()


def crisis_lines():
    """Every app's crisis lines, for the crisis box beside the emergency numbers."""
    return [line for config in portal_apps() for line in config.crisis_lines()]


@functools.cache
def query_parameters():
    """Every parameter some public page reads (fixed once the apps are loaded)."""
    return frozenset(name for config in portal_apps() for name in config.query_parameters())


def portal_apps():
    """The installed apps that follow this protocol, in INSTALLED_APPS order."""
    return [config for config in apps.get_app_configs() if isinstance(config, PortalAppConfig)]
