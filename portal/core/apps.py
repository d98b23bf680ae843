from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class CoreConfig(AppConfig):
    """What every page shares: base context, home, language links, error pages."""

    name = "portal.core"
    verbose_name = _("Portal")
    nav_items = [("core:home", _("Home"), 0)]

    def ready(self):
        from django.db.models.signals import pre_save

        from . import auth_log, checks, middleware  # noqa: F401 (signal receivers, deploy checks)
        from .text import clean_text_fields

        pre_save.connect(clean_text_fields, dispatch_uid="portal-clean-text-fields")
