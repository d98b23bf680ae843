from django.utils.translation import gettext_lazy as _

from portal.core import hooks


class DirectoryConfig(hooks.PortalAppConfig):
    """The help directory: every reporting channel and help contact, with its source."""

    name = "portal.directory"
    verbose_name = _("Help directory")
    nav_items = (
        hooks.MenuEntry("directory:list", _("Help directory"), hooks.MenuOrder.DIRECTORY),
    )

    def query_parameters(self):
        from .forms import DirectoryFilterForm

        return (*DirectoryFilterForm.base_fields, "page")

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
        """Published, sourced listening lines for the crisis box (crisis.py); drafts never."""
        from .crisis import crisis_lines

        return crisis_lines()

    def home_section(self, request):
        # One small query: a kind with no published entry is not offered (no dead end).
        from .choices import Kind
        from .offered import offered_kinds

        shortcuts = (
            Kind.POLICE_REPORTING,
            Kind.REMOVAL_TOOL,
            Kind.PLATFORM_REPORTING,
            Kind.CHILD_PROTECTION,
        )
        offered = offered_kinds()
        return {
            "order": hooks.HomeOrder.DIRECTORY,
            "template": "directory/includes/home_section.html",
            "kinds": [(kind, kind.label) for kind in shortcuts if kind in offered],
        }
