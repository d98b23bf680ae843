from django.conf import settings
from django.utils.translation import gettext_lazy as _

from portal.core import hooks


class PagesConfig(hooks.PortalAppConfig):
    """Pages editors write and place in the menus: about, privacy, accessibility, contact."""

    name = "portal.pages"
    verbose_name = _("Pages")

    def menu_items(self, request):
        from django.utils.translation import get_language

        from .models import Page

        # One query for both menus, and only the columns a menu shows: the title in the
        # visitor's language and in Arabic, which a page without a translation falls back to.
        default = settings.MODELTRANSLATION_DEFAULT_LANGUAGE
        code = get_language() or settings.LANGUAGE_CODE
        rows = (
            Page.objects.published()
            .filter(menu__in=(Page.Menu.MAIN, Page.Menu.FOOTER))
            .values("menu", "slug", "order", f"title_{code}", f"title_{default}")
        )
        menus = {hooks.MAIN_MENU: [], hooks.FOOTER_MENU: []}
        placement = {Page.Menu.MAIN: hooks.MAIN_MENU, Page.Menu.FOOTER: hooks.FOOTER_MENU}
        for row in rows:
            title, fallback = row[f"title_{code}"], row[f"title_{default}"]
            menu, slug, order = row["menu"], row["slug"], row["order"]
            menus[placement[menu]].append(
                (
                    Page.url_for(slug),
                    title or fallback,
                    hooks.MenuOrder.PAGES + order,
                    default if not title and fallback else "",
                )
            )
        return menus

    def sitemaps(self):
        from .sitemaps import PageSitemap

        return {"pages": PageSitemap}

    def load_seed(self, stdout):
        from .seed import load

        load(stdout)

    def search_sources(self):
        from .models import Page

        return (
            hooks.SearchSource(
                Page,
                hooks.SearchKind.ARTICLE,
                Page.objects.published,
                "title",
                lambda page: (page.summary, page.body),
            ),
        )
