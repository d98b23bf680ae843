"""The apps that add to shared pages do so through PortalAppConfig (portal/core/hooks.py)."""

from django.apps import apps

from portal.core import hooks


def test_every_contributing_app_uses_its_own_config():
    # A second AppConfig class visible in an apps.py would make Django fall back to a plain
    # AppConfig, and the app's menu entries, home section and sitemaps would vanish.
    assert [config.label for config in hooks.portal_apps()] == [
        "core",
        "seminars",
        "guides",
        "directory",
        "pages",
        "search",
    ]
    assert type(apps.get_app_config("guides")).__name__ == "GuidesConfig"
