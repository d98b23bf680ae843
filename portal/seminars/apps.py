from django.utils.translation import gettext_lazy as _

from portal.core import hooks


class SeminarsConfig(hooks.PortalAppConfig):
    """The study day on online sexual extortion and the articles about it."""

    name = "portal.seminars"
    verbose_name = _("Seminars")
    nav_items = (hooks.MenuEntry("seminars:article_list", _("News"), hooks.MenuOrder.NEWS),)

    def query_parameters(self):
        return ("page",)  # the article lists' pages

    def sitemaps(self):
        from .sitemaps import ArticleSitemap, EventSitemap, NewsSitemap

        return {"news": NewsSitemap, "articles": ArticleSitemap, "events": EventSitemap}

    def load_seed(self, stdout):
        from .seed import load

        load(stdout)

    def search_sources(self):
        from .models import Article, Event

        return (
            hooks.SearchSource(
                Article,
                hooks.SearchKind.ARTICLE,
                Article.objects.published,
                "title",
                lambda article: (article.summary, article.body, article.source_name),
            ),
            hooks.SearchSource(
                Event,
                hooks.SearchKind.ARTICLE,
                Event.objects.published,
                "title",
                lambda event: (
                    event.summary,
                    event.body,
                    event.venue,
                    event.city,
                    event.organiser,
                ),
            ),
        )

    def home_section(self, request):
        from .home import home_news

        return {
            "order": hooks.HomeOrder.NEWS,
            "template": "seminars/includes/home_section.html",
            **home_news(),
        }
