"""The home page's news: the next event and the latest articles, in SQL compiled once
(portal/core/prepared.py), since the home is the page most visitors open first."""

from django.utils import timezone

from portal.core.prepared import PreparedQuery

from .models import Article, Event

HOME_ARTICLES = 3

_EVENT = PreparedQuery(
    lambda at: Event.objects.published(at=at).only(*Event.CARD_FIELDS)[:1],
    at=Event._meta.get_field("publish_at"),
)
_ARTICLES = PreparedQuery(
    lambda at: Article.objects.published(at=at).only(*Article.CARD_FIELDS)[:HOME_ARTICLES],
    at=Article._meta.get_field("publish_at"),
)


def home_news():
    now = timezone.now()
    return {"event": _EVENT.first(at=now), "articles": _ARTICLES.rows(at=now)}
