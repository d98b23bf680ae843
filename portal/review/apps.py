from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class ReviewConfig(AppConfig):
    """Changes to live content wait for a Publisher: pending changes, the review queue, the
    word diff, four eyes on contact details and the e-mail to Publishers."""

    name = "portal.review"
    verbose_name = _("Review")
    default_auto_field = "django.db.models.BigAutoField"

    def ready(self):
        from . import notify  # noqa: F401 (signal receivers: status moved to review)
