from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class ReviewConfig(AppConfig):
    """Changes to live content wait for a Publisher: pending changes, the review queue, the
    word diff, four eyes on contact details and the e-mail to Publishers."""

    name = "portal.review"
    verbose_name = _("Review")
    default_auto_field = "django.db.models.BigAutoField"

    def ready(self):
        from django.db.models.signals import post_save, pre_save

        from . import notify

        # Status moved to review: e-mail the Publishers.
        pre_save.connect(notify.remember_status, dispatch_uid="portal_review_remember_status")
        post_save.connect(notify.status_moved_to_review, dispatch_uid="portal_review_notify")
