from django.utils.translation import gettext_lazy as _

from portal.core import hooks

# How many listening lines the crisis box names before its link to all of them.
CRISIS_LINES_SHOWN = 3


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
        """Listening lines editors have sourced and published: the crisis box shows the first
        few that have a number (by name) under the emergency numbers, then a link to them
        all, since someone in crisis needs a short list. Drafts never. Read as values: a
        model instance per line and per contact cost more than the box itself."""
        from django.db.models import Exists, OuterRef
        from django.urls import reverse

        from .cards import contacts_of, entry_urls
        from .choices import Kind
        from .contact_kinds import NUMBERS
        from .models import ContactPoint, Organisation
        from .querysets import stale_cutoff

        numbers = ContactPoint.objects.filter(kind__in=NUMBERS, organisation=OuterRef("pk"))
        entries = list(
            Organisation.objects.public()
            .filter(kind=Kind.PSYCHOLOGICAL_SUPPORT)
            .filter(verified_on__gte=stale_cutoff())  # not stale
            .filter(Exists(numbers))
            .order_by("name")
            .values_list("pk", "slug", "name")[: CRISIS_LINES_SHOWN + 1]
        )
        shown = entries[:CRISIS_LINES_SHOWN]
        contacts = contacts_of([pk for pk, _slug, _name in shown])
        url_of = entry_urls()
        lines = [
            {
                "name": name,
                "url": url_of(slug),
                "contacts": [contact for contact in contacts[pk] if contact.is_number],
            }
            for pk, slug, name in shown
        ]
        if len(entries) > CRISIS_LINES_SHOWN:
            every = f"{reverse('directory:list')}?kind={Kind.PSYCHOLOGICAL_SUPPORT}"
            lines.append({"more": True, "url": every})
        return lines

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
