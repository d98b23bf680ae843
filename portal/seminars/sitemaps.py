from portal.core.sitemaps import PublishedSitemap

from .models import Article, Event


class ArticleSitemap(PublishedSitemap):
    model = Article


class EventSitemap(PublishedSitemap):
    model = Event
