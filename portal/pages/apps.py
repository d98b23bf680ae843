from django.conf import settings
from django.utils.translation import gettext_lazy as _

from portal.core import hooks


class PagesConfig(hooks.PortalAppConfig):
    """Pages editors write and place in the menus: about, privacy, accessibility, contact."""

    name = "portal.pages"
    verbose_name = _("Pages")

    def menu_items(self, request):
        from .menus import menu_rows
        from .models import Page

        menus = {hooks.MAIN_MENU: [], hooks.FOOTER_MENU: []}
        placement = {Page.Menu.MAIN: hooks.MAIN_MENU, Page.Menu.FOOTER: hooks.FOOTER_MENU}
        default = settings.MODELTRANSLATION_DEFAULT_LANGUAGE
        for menu, slug, order, title, fallback in menu_rows():
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
