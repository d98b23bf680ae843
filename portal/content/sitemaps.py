"""/sitemap.xml: every published object in every language, with hreflang alternates.

Apps supply their sitemaps through PortalAppConfig.sitemaps() -> {name: Sitemap class}
(portal/core/hooks.py), so neither core nor content imports a content app.
"""

from django.conf import settings
from django.contrib.sitemaps import Sitemap
from django.urls import reverse

from portal.core.hooks import portal_apps


class PublishedSitemap(Sitemap):
    """What visitors may see of `model`, at /ar/, /fr/ and /en/, x-default Arabic."""

    model = None
    i18n = True
    alternates = True
    # Django's x_default strips the language prefix (it assumes the default language has
    # none), which here gives addresses that do not exist. Ours is the Arabic address, as
    # in every page's <link rel="alternate" hreflang="x-default">: added in get_urls below.
    x_default = False

    def items(self):
        return self.model.objects.published().order_by("pk")

    def lastmod(self, obj):
        return obj.updated_at

    def get_urls(self, page=1, site=None, protocol=None):
        urls = super().get_urls(page, site, protocol)
        for url in urls:
            default = [
                alternate["location"]
                for alternate in url.get("alternates", [])
                if alternate["lang_code"] == settings.LANGUAGE_CODE
            ]
            if default:
                url["alternates"].append({"lang_code": "x-default", "location": default[0]})
        return urls


class PageListSitemap(PublishedSitemap):
    """Pages that are not one object (home, lists): `items` returns reversible names."""

    def items(self):
        return ["core:home"]

    def location(self, item):
        return reverse(item)

    def lastmod(self, item):
        return None


def collect_sitemaps():
    sitemaps = {"home": PageListSitemap}
    for config in portal_apps():
        sitemaps.update(config.sitemaps())
    return sitemaps
