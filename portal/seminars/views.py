from django.shortcuts import get_object_or_404, render
from django.views.generic import DetailView, ListView

from .models import Article, Event


class ArticleListView(ListView):
    template_name = "seminars/article_list.html"
    context_object_name = "articles"
    paginate_by = 10

    def get_queryset(self):
        return Article.objects.published().select_related("event")

    def paginate_queryset(self, queryset, page_size):
        # A page number past the end or not a number shows the last or first page, not a 404:
        # someone following an old link still finds the news.
        paginator = self.get_paginator(queryset, page_size)
        page = paginator.get_page(self.request.GET.get("page"))
        return paginator, page, page.object_list, page.has_other_pages()


class ArticleDetailView(DetailView):
    template_name = "seminars/article_detail.html"
    context_object_name = "article"

    def get_queryset(self):
        return Article.objects.published().select_related("event")


def event_detail(request, slug):
    event = get_object_or_404(Event.objects.published(), slug=slug)
    talks = event.talks.select_related("speaker").order_by("order")
    articles = event.articles.published()
    return render(
        request,
        "seminars/event_detail.html",
        {"event": event, "talks": talks, "articles": articles},
    )
