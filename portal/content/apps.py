from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class ContentConfig(AppConfig):
    """What every content app builds on: the publishing workflow, rich text and its
    sanitiser, images, old addresses, the admin base classes and the sitemaps."""

    name = "portal.content"
    verbose_name = _("Content")
