from django.shortcuts import get_object_or_404, render
from django.utils import timezone
from django.views.generic import ListView

from portal.content.helpers import published_or_redirect

from . import queries
from .models import Article, Event, Speaker, Topic


class ArticleListView(ListView):
    template_name = "seminars/article_list.html"
    context_object_name = "articles"
    paginate_by = 10

    def get_queryset(self):
        return Article.objects.published().select_related("event").defer(*Article.BODY_FIELDS)

    def paginate_queryset(self, queryset, page_size):
        # A page number past the end or not a number shows the last or first page, not a 404:
        # someone following an old link still finds the news.
        paginator = self.get_paginator(queryset, page_size)
        page = paginator.get_page(self.request.GET.get("page"))
        return paginator, page, page.object_list, page.has_other_pages()

    def get_context_data(self, **kwargs):
        topics = (
            Topic.objects.published().filter(articles__in=Article.objects.published()).distinct()
        )
        return super().get_context_data(topics=topics, **kwargs)


class TopicArticleListView(ArticleListView):
    """The published articles filed under one topic."""

    def get_queryset(self):
        self.topic = get_object_or_404(Topic.objects.published(), slug=self.kwargs["slug"])
        return super().get_queryset().filter(topics=self.topic)

    def get_context_data(self, **kwargs):
        return super().get_context_data(topic=self.topic, **kwargs)


def article_detail(request, slug):
    article = queries.ARTICLE.first(at=timezone.now(), slug=slug)
    if article is None:
        # A renamed article's old address (301), or a 404.
        article, redirect = published_or_redirect(Article.objects.published(), slug)
        if redirect:
            return redirect
    if article.event_id is not None:
        article.event = queries.EVENT.first(pk=article.event_id)
    return render(request, "seminars/article_detail.html", article_context(article))


def article_context(article):
    """The article page's context, for the page and its preview in the admin."""
    return {
        "article": article,
        "topics": queries.TOPICS.rows(at=timezone.now(), article=article.pk),
    }


def event_context(event):
    return {
        "event": event,
        # A speaker is named only once a Publisher has approved them.
        "talks": event.talks.filter(speaker__in=Speaker.objects.published())
        .select_related("speaker")
        .order_by("order"),
        "articles": event.articles.published(),
    }


def event_detail(request, slug):
    event, redirect = published_or_redirect(Event.objects.published(), slug)
    return redirect or render(request, "seminars/event_detail.html", event_context(event))
