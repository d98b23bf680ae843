from django.urls import path

from . import views
from .feeds import ArticleFeed

app_name = "seminars"

urlpatterns = [
    path("news/", views.ArticleListView.as_view(), name="article_list"),
    path("news/feed/", ArticleFeed(), name="article_feed"),
    path("news/topic/<slug:slug>/", views.TopicArticleListView.as_view(), name="topic"),
    path("news/<slug:slug>/", views.article_detail, name="article_detail"),
    path("events/<slug:slug>/", views.event_detail, name="event_detail"),
]
