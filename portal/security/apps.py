from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class SecurityConfig(AppConfig):
    """Headers, the hardened admin login, lockout, the auth log, health probes,
    security.txt, deploy checks and the page shown when the database is down."""

    name = "portal.security"
    verbose_name = _("Security")

    def ready(self):
        from . import auth_log, checks, middleware  # noqa: F401 (signal receivers, deploy checks)
