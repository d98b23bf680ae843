"""An Atom feed of the published articles, one per language (/ar/news/feed/...)."""

from datetime import datetime, time

from django.contrib.syndication.views import Feed
from django.urls import reverse
from django.utils import timezone
from django.utils.feedgenerator import Atom1Feed
from django.utils.translation import gettext as _

from portal.core.origin import SiteRequest

from .models import Article


class ArticleFeed(Feed):
    feed_type = Atom1Feed

    def get_feed(self, obj, request):
        # Absolute addresses from SITE_URL, not from the request's Host header.
        return super().get_feed(obj, SiteRequest(request))

    def title(self):
        return _("News") + " · " + _("Stop online blackmail")

    def subtitle(self):
        return _("Articles published on the portal.")

    def link(self):
        return reverse("seminars:article_list")

    def feed_url(self):
        return reverse("seminars:article_feed")

    def items(self):
        return Article.objects.published()[:20]

    def item_title(self, item):
        return item.title

    def item_description(self, item):
        return item.summary

    def item_pubdate(self, item):
        # The date readers see; an Atom entry needs a time too: midnight, Moroccan time.
        return datetime.combine(item.published_on, time.min, timezone.get_current_timezone())

    def item_updateddate(self, item):
        return item.updated_at
