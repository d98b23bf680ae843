from django.db.models.signals import post_migrate
from django.utils.translation import gettext_lazy as _

from portal.core import hooks


def fill_empty_index(sender, using="default", **kwargs):
    """An existing database gets its index once, after the migration that creates it (and a
    test database, whose content the migrations seed)."""
    from . import index
    from .models import SearchEntry

    if not SearchEntry.objects.using(using).exists():
        index.rebuild()


class SearchConfig(hooks.PortalAppConfig):
    """Site search in Arabic, French and English over what the other apps offer
    (`PortalAppConfig.search_sources()`), with its own index table. It adds nothing to the
    shared pages but its query parameter."""

    name = "portal.search"
    verbose_name = _("Search")

    def query_parameters(self):
        return ("q",)

    def ready(self):
        from . import signals

        signals.connect()
        post_migrate.connect(fill_empty_index, sender=self, dispatch_uid="search_fill_index")
