from django.urls import path

from . import views

app_name = "seminars"

urlpatterns = [
    path("news/", views.ArticleListView.as_view(), name="article_list"),
    path("news/<slug:slug>/", views.ArticleDetailView.as_view(), name="article_detail"),
    path("events/<slug:slug>/", views.event_detail, name="event_detail"),
]
