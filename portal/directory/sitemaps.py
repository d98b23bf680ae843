from portal.content.sitemaps import PageListSitemap, PublishedSitemap

from .models import Organisation


class OrganisationSitemap(PublishedSitemap):
    model = Organisation


class DirectoryListSitemap(PageListSitemap):
    def items(self):
        return ["directory:list"]
