from portal.content.sitemaps import PageListSitemap, PublishedSitemap

from .models import Article, Event, Topic


class ArticleSitemap(PublishedSitemap):
    model = Article


class EventSitemap(PublishedSitemap):
    model = Event


class NewsSitemap(PageListSitemap):
    """The news list and the topics that have published articles."""

    def items(self):
        topics = (
            Topic.objects.published().filter(articles__in=Article.objects.published()).distinct()
        )
        return ["seminars:article_list", *topics.order_by("pk")]

    def location(self, item):
        return item.get_absolute_url() if isinstance(item, Topic) else super().location(item)
