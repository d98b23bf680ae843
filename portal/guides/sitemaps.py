from portal.content.sitemaps import PageListSitemap, PublishedSitemap

from .models import Guide


class GuideSitemap(PublishedSitemap):
    model = Guide


class GuideListSitemap(PageListSitemap):
    def items(self):
        return ["guides:guide_list", "guides:plan", "guides:faq"]
