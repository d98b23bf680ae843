from django.utils.translation import gettext_lazy as _

from portal.core import hooks


class GuidesConfig(hooks.PortalAppConfig):
    """What to do when blackmailed: guides, the triage plan, the FAQ and the quick exit."""

    name = "portal.guides"
    verbose_name = _("Help and guides")
    nav_items = (
        hooks.MenuEntry("guides:guide_list", _("Get help"), hooks.MenuOrder.HELP),
        hooks.MenuEntry("guides:faq", _("FAQ"), hooks.MenuOrder.FAQ),
    )

    def query_parameters(self):
        from .triage import NAMES

        return NAMES  # the triage's answers

    def sitemaps(self):
        from .sitemaps import GuideListSitemap, GuideSitemap

        return {"guide_lists": GuideListSitemap, "guides": GuideSitemap}

    def load_seed(self, stdout):
        from .seed import load

        load(stdout)

    def search_sources(self):
        from .models import FAQEntry, Guide, Step

        def guide_text(guide):
            yield guide.summary
            yield guide.intro
            for step in guide.steps.all():
                yield step.title
                yield step.body

        return (
            hooks.SearchSource(
                Guide,
                hooks.SearchKind.GUIDE,
                Guide.objects.published,
                "title",
                guide_text,
                children=((Step, "guide"),),
            ),
            hooks.SearchSource(
                FAQEntry,
                hooks.SearchKind.GUIDE,
                FAQEntry.objects.published,
                "question",
                lambda entry: (entry.topic, entry.answer),
            ),
        )

    def home_section(self, request):
        from django.utils import timezone

        from .queries import HOME_GUIDES

        return {
            "order": hooks.HomeOrder.HELP,
            "template": "guides/includes/home_section.html",
            "guides": HOME_GUIDES.rows(at=timezone.now()),
        }
