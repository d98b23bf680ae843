from django.utils.translation import gettext_lazy as _

from . import hooks


class CoreConfig(hooks.PortalAppConfig):
    """What every page shares: base context, navigation, languages, home, error pages."""

    name = "portal.core"
    verbose_name = _("Portal")
    nav_items = (hooks.MenuEntry("core:home", _("Home"), hooks.MenuOrder.HOME),)
