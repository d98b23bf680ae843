from django.apps import AppConfig


class OpsConfig(AppConfig):
    """Operations: `manage.py backup`, `restore` and `bench` (`make backup/restore/bench`).
    No models, nothing a visitor or an editor sees."""

    name = "portal.ops"
    verbose_name = "Operations"
