"""Menu entries that apps declare on their AppConfig, so the header never needs editing when
an app is added.

An app lists `nav_items` (main menu) or `footer_items` as (url name, label, order) tuples.
"""

from dataclasses import dataclass

from django.apps import apps
from django.urls import NoReverseMatch, reverse


@dataclass(frozen=True)
class NavItem:
    url: str
    label: str
    order: int
    is_current: bool


def collect(request, attribute):
    items = []
    for config in apps.get_app_configs():
        for url_name, label, order in getattr(config, attribute, ()):
            try:
                url = reverse(url_name)
            except NoReverseMatch:
                continue
            items.append(NavItem(url, str(label), order, request.path == url))
    return sorted(items, key=lambda item: item.order)
