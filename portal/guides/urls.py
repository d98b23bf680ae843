from django.urls import path

from . import views

app_name = "guides"

urlpatterns = [
    path("help/", views.guide_list, name="guide_list"),
    path("help/now/", views.urgent, name="urgent"),
    path("help/plan/", views.plan, name="plan"),
    path("help/<slug:slug>/", views.guide_detail, name="guide_detail"),
    path("faq/", views.faq, name="faq"),
]
