"""Building blocks that every content app shares."""

from django.db import models
from django.db.models import Q
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from .sanitize import clean_html


class PublishedQuerySet(models.QuerySet):
    def published(self, at=None):
        """Objects a visitor may see: published, and inside their time window."""
        at = at or timezone.now()
        return self.filter(
            Q(publish_at__isnull=True) | Q(publish_at__lte=at),
            Q(withdraw_at__isnull=True) | Q(withdraw_at__gt=at),
            status=Publishable.Status.PUBLISHED,
        )


class Publishable(models.Model):
    """A piece of content that editors draft, review and publish for a span of time.

    Visitors only ever see what `published()` returns, so a draft or a withdrawn page never
    leaks into a list, a feed or the navigation.
    """

    class Status(models.TextChoices):
        DRAFT = "draft", _("Draft")
        REVIEW = "review", _("In review")
        PUBLISHED = "published", _("Published")
        ARCHIVED = "archived", _("Archived")

    status = models.CharField(
        _("status"),
        max_length=16,
        choices=Status.choices,
        default=Status.DRAFT,
        db_index=True,
        help_text=_("Only published content is shown to visitors."),
    )
    publish_at = models.DateTimeField(
        _("publish from"),
        null=True,
        blank=True,
        help_text=_("Leave empty to publish as soon as the status is Published."),
    )
    withdraw_at = models.DateTimeField(
        _("withdraw at"),
        null=True,
        blank=True,
        help_text=_("Leave empty to keep it online until it is archived."),
    )
    created_at = models.DateTimeField(_("created"), auto_now_add=True)
    updated_at = models.DateTimeField(_("last changed"), auto_now=True)

    objects = PublishedQuerySet.as_manager()

    class Meta:
        abstract = True

    @property
    def is_visible(self):
        return type(self).objects.published().filter(pk=self.pk).exists()


class HTMLField(models.TextField):
    """Text with a little HTML, cleaned against the allowlist every time it is saved.

    Because the cleaning happens here, no form, import or shell session can store a script.
    """

    def pre_save(self, model_instance, add):
        value = clean_html(getattr(model_instance, self.attname))
        setattr(model_instance, self.attname, value)
        return value
