from django.apps import AppConfig
from django.conf import settings
from django.utils.translation import gettext_lazy as _


class PagesConfig(AppConfig):
    """Pages editors write and place in the menus: about, privacy, accessibility, contact."""

    name = "portal.pages"
    verbose_name = _("Pages")

    def menu_items(self, request, attribute):
        from portal.content.helpers import falls_back

        from .models import Page

        placement = {"nav_items": Page.Menu.MAIN, "footer_items": Page.Menu.FOOTER}
        if attribute not in placement:
            return []
        pages = Page.objects.published().filter(menu=placement[attribute])
        # Menu orders start after the apps' fixed entries (home is 0, news 50).
        return [
            (
                page.get_absolute_url(),
                page.title,
                100 + page.order,
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
