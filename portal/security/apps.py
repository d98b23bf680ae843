from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class SecurityConfig(AppConfig):
    """Headers, the hardened admin login, lockout, the auth log, health probes,
    security.txt, deploy checks and the page shown when the database is down."""

    name = "portal.security"
    verbose_name = _("Security")

    def ready(self):
        from django.contrib.auth.signals import user_logged_in
        from django.core.checks import Tags, register

        from . import auth_log, checks
        from .admin_site import start_session_clock

        for signal, receiver, uid in auth_log.RECEIVERS:
            signal.connect(receiver, dispatch_uid=uid)
        user_logged_in.connect(start_session_clock, dispatch_uid="portal_session_started")
        register(checks.portal_security_checks, Tags.security, deploy=True)
