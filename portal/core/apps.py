from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class CoreConfig(AppConfig):
    """What every page shares: base context, navigation, languages, home, error pages."""

    name = "portal.core"
    verbose_name = _("Portal")
    nav_items = [("core:home", _("Home"), 0)]
