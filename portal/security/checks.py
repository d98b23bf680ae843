"""Deployment checks (`manage.py check --deploy`) for what issue 6 requires in production."""

from datetime import UTC, datetime, timedelta

from django.conf import settings
from django.core.checks import Warning


def portal_security_checks(app_configs, **kwargs):
    problems = []
    if settings.ADMIN_URL == "admin/":
        problems.append(
            Warning(
                "The admin is at /admin/, the first address attackers try.",
                hint="Set ADMIN_URL to another path.",
                id="portal.W001",
            )
        )
    if not settings.SECURITY_TXT_CONTACT:
        problems.append(
            Warning(
                "SECURITY_TXT_CONTACT is not set, so /.well-known/security.txt answers 404.",
                hint="Set it to a mailto: or https: address that reaches the maintainers.",
                id="portal.W002",
            )
        )
    if not settings.SITE_URL.startswith("https://"):
        problems.append(
            Warning(
                f"SITE_URL is {settings.SITE_URL}: every canonical link, the sitemap, the "
                "feeds and directory.json would name it.",
                hint="Set SITE_URL to the site's public https:// origin.",
                id="portal.W005",
            )
        )
    try:
        expires = datetime.fromisoformat(settings.SECURITY_TXT_EXPIRES)
    except ValueError:
        expires = None
    now = datetime.now(UTC)
    if expires is None or expires.tzinfo is None:
        problems.append(
            Warning(
                "SECURITY_TXT_EXPIRES is not a date and time with a zone.",
                hint="For example 2027-05-31T00:00:00Z.",
                id="portal.W003",
            )
        )
    elif not now < expires <= now + timedelta(days=366):
        problems.append(
            Warning(
                "SECURITY_TXT_EXPIRES is past or more than a year away (RFC 9116 asks for "
                "less than a year).",
                id="portal.W004",
            )
        )
    return problems
