"""The article page's queries, compiled to SQL once (portal/core/prepared.py): an article
is what a shared link opens, so it is the page most often opened from nothing."""

from portal.core.prepared import PreparedQuery

from .models import Article, Event, Topic

_AT = {"at": Article._meta.get_field("publish_at")}

ARTICLE = PreparedQuery(
    lambda at, slug: Article.objects.published(at=at).filter(slug=slug)[:1],
    slug=Article._meta.get_field("slug"),
    **_AT,
)
# The page names its event and links to it: the event's own texts stay unloaded.
EVENT = PreparedQuery(
    lambda pk: Event.objects.filter(pk=pk).defer("summary", "body", "organiser")[:1],
    pk=Event._meta.pk,
)
# The topics' links show a name and an address: the descriptions stay unloaded.
TOPICS = PreparedQuery(
    lambda at, article: (
        Topic.objects.published(at=at).filter(articles=article).only("slug", "name")
    ),
    article=Article._meta.pk,
    **_AT,
)
