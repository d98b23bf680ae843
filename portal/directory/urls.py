from django.urls import path

from . import views

app_name = "directory"

urlpatterns = [
    path("directory/", views.directory_list, name="list"),
    path("directory.json", views.directory_json, name="json"),
    path("directory/<slug:slug>/", views.directory_detail, name="detail"),
]
