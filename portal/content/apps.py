from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class ContentConfig(AppConfig):
    """What every content app builds on: the publishing workflow, rich text and its
    sanitiser, images, old addresses, the admin base classes and the sitemaps."""

    name = "portal.content"
    verbose_name = _("Content")

    def ready(self):
        from django.db.models.signals import pre_save

        from .text import clean_text_fields

        # Every model of the portal's apps, whichever app it is in (portal/content/text.py).
        pre_save.connect(clean_text_fields, dispatch_uid="portal-clean-text-fields")
