from django.utils.translation import gettext_lazy as _

from . import hooks


class CoreConfig(hooks.PortalAppConfig):
    """What every page shares: base context, navigation, languages, home, error pages."""

    name = "portal.core"
    verbose_name = _("Portal")
    nav_items = (hooks.MenuEntry("core:home", _("Home"), hooks.MenuOrder.HOME),)

    def query_parameters(self):
        # Django's sitemap view reads its page from `p`.
        return ("p",)

    def ready(self):
        # Every write to a public table moves the page cache's version (pagecache/version.py).
        from django.db import connections
        from django.db.backends.signals import connection_created

        from .pagecache import version

        connection_created.connect(version.install, dispatch_uid="pagecache-watch-writes")
        for connection in connections.all(initialized_only=True):
            version.install(None, connection)
