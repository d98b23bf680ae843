from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class GuidesConfig(AppConfig):
    """What to do when blackmailed: guides, the triage plan, the FAQ and the quick exit."""

    name = "portal.guides"
    verbose_name = _("Help and guides")
    nav_items = [("guides:guide_list", _("Get help"), 10), ("guides:faq", _("FAQ"), 60)]

    def sitemaps(self):
        from .sitemaps import GuideListSitemap, GuideSitemap

        return {"guide_lists": GuideListSitemap, "guides": GuideSitemap}

    def load_seed(self, stdout):
        from .seed import load

        load(stdout)

    def home_section(self, request):
        from .models import Guide

        return {
            "order": 10,
            "template": "guides/includes/home_section.html",
            "urgent": Guide.objects.published().filter(is_urgent=True).first(),
            "guides": Guide.objects.published().filter(is_urgent=False)[:6],
        }
