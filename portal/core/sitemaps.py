"""/sitemap.xml: every published object in every language, with hreflang alternates.

Apps supply their sitemaps through AppConfig.sitemaps() -> {name: Sitemap class}, so core
never imports a content app.
"""

from django.apps import apps
from django.contrib.sitemaps import Sitemap


class PublishedSitemap(Sitemap):
    """What visitors may see of `model`, at /ar/, /fr/ and /en/, x-default Arabic."""

    model = None
    i18n = True
    alternates = True
    x_default = True

    def items(self):
        return self.model.objects.published().order_by("pk")

    def lastmod(self, obj):
        return obj.updated_at


def collect_sitemaps():
    sitemaps = {}
    for config in apps.get_app_configs():
        build = getattr(config, "sitemaps", None)
        if build:
            sitemaps.update(build())
    return sitemaps
