from portal.core.sitemaps import PublishedSitemap

from .models import Page


class PageSitemap(PublishedSitemap):
    model = Page
