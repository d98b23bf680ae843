from django.conf import settings
from django.utils.translation import gettext_lazy as _

from portal.core import hooks


class PagesConfig(hooks.PortalAppConfig):
    """Pages editors write and place in the menus: about, privacy, accessibility, contact."""

    name = "portal.pages"
    verbose_name = _("Pages")

    def menu_items(self, request, menu):
        from portal.content.helpers import falls_back

        from .models import Page

        placement = {hooks.MAIN_MENU: Page.Menu.MAIN, hooks.FOOTER_MENU: Page.Menu.FOOTER}
        if menu not in placement:
            return []
        pages = Page.objects.published().filter(menu=placement[menu])
        return [
            (
                page.get_absolute_url(),
                page.title,
                hooks.MenuOrder.PAGES + page.order,
                settings.MODELTRANSLATION_DEFAULT_LANGUAGE if falls_back(page, "title") else "",
            )
            for page in pages
        ]

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
