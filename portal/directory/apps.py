from django.utils.translation import gettext_lazy as _

from portal.core import hooks


class DirectoryConfig(hooks.PortalAppConfig):
    """The help directory: every reporting channel and help contact, with its source."""

    name = "portal.directory"
    verbose_name = _("Help directory")
    nav_items = (
        hooks.MenuEntry("directory:list", _("Help directory"), hooks.MenuOrder.DIRECTORY),
    )

    def sitemaps(self):
        from .sitemaps import DirectoryListSitemap, OrganisationSitemap

        return {"directory": DirectoryListSitemap, "organisations": OrganisationSitemap}

    def load_seed(self, stdout):
        from .seed import load

        load(stdout)

    def search_sources(self):
        from .models import ContactPoint, Organisation
        from .search import organisation_text

        return (
            hooks.SearchSource(
                Organisation,
                hooks.SearchKind.CONTACT,
                Organisation.objects.public,
                "name",
                organisation_text,
                children=((ContactPoint, "organisation"),),
            ),
        )

    def crisis_lines(self):
        """Listening lines editors have sourced and published: the crisis box shows them
        under the emergency numbers. Drafts (lines the facts do not confirm yet) never."""
        from .choices import Kind
        from .models import Organisation

        entries = (
            Organisation.objects.public()
            .filter(kind=Kind.PSYCHOLOGICAL_SUPPORT)
            .exclude(pk__in=Organisation.objects.stale().values("pk"))
            .prefetch_related("contact_points")
            .order_by("name")
        )
        return [
            {
                "name": entry.name,
                "url": entry.get_absolute_url(),
                "contacts": [c for c in entry.contact_points.all() if c.is_number],
            }
            for entry in entries
        ]

    def home_section(self, request):
        # One small query: a kind with no published entry is not offered (no dead end).
        from .choices import Kind
        from .models import Organisation
        from .offered import offered_kinds

        shortcuts = (
            Kind.POLICE_REPORTING,
            Kind.REMOVAL_TOOL,
            Kind.PLATFORM_REPORTING,
            Kind.CHILD_PROTECTION,
        )
        offered = offered_kinds(Organisation.objects.public().filter(kind__in=shortcuts))
        return {
            "order": hooks.HomeOrder.DIRECTORY,
            "template": "directory/includes/home_section.html",
            "kinds": [(kind, kind.label) for kind in shortcuts if kind in offered],
        }
