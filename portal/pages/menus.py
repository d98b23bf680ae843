"""The rows of both menus: the published pages editors placed in them, in one query compiled
once per language (portal/core/prepared.py), since every page shows the menus."""

from django.conf import settings
from django.utils import timezone
from django.utils.translation import get_language

from portal.core.prepared import PreparedQuery

from .models import Page


def _columns():
    # The title in the visitor's language, then in Arabic, which a page without a
    # translation falls back to (what modeltranslation would show).
    default = settings.MODELTRANSLATION_DEFAULT_LANGUAGE
    code = get_language() or settings.LANGUAGE_CODE
    return [f"title_{code}"] if code == default else [f"title_{code}", f"title_{default}"]


_ROWS = PreparedQuery(
    lambda at: Page.objects.published(at=at).filter(menu__in=(Page.Menu.MAIN, Page.Menu.FOOTER)),
    lambda: ("menu", "slug", "order", *_columns()),
    at=Page._meta.get_field("publish_at"),
)


def menu_rows():
    """(menu, slug, order, title, fallback title or "") of every page in a menu."""
    return [
        (menu, slug, order, title, fallback[0] if fallback else "")
        for menu, slug, order, title, *fallback in _ROWS.rows(at=timezone.now())
    ]
