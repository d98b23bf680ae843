from django.contrib.admin.apps import AdminConfig


class PortalAdminConfig(AdminConfig):
    """django.contrib.admin with our admin site (second factor, CSP, referrer policy and
    session limits: see admin_site.py) as `admin.site`."""

    default_site = "portal.security.admin_site.PortalAdminSite"
