from django.urls import path

from . import views

app_name = "pages"

# Included last in portal/urls.py: a page's address is /<language>/<slug>/.
urlpatterns = [
    path("<slug:slug>/", views.page_detail, name="detail"),
]
