"""A change to live content that waits for a Publisher, and the log of changed contacts."""

from django.apps import apps
from django.conf import settings
from django.contrib.contenttypes.fields import GenericForeignKey
from django.contrib.contenttypes.models import ContentType
from django.core.exceptions import FieldDoesNotExist
from django.db import models
from django.urls import reverse
from django.utils.translation import gettext_lazy as _


class PendingChange(models.Model):
    """The latest revision of a live object, kept apart from it until a Publisher approves.

    Visitors keep seeing the live version: the change lives only here, as the serialised
    object and the objects of its inlines, until it is applied. There is at most one pending
    change per object; a new save replaces (supersedes) the previous one.
    """

    class State(models.TextChoices):
        PENDING = "pending", _("Waiting for review")
        APPROVED = "approved", _("Approved")
        SENT_BACK = "sent_back", _("Sent back")
        SUPERSEDED = "superseded", _("Replaced by a newer change")

    content_type = models.ForeignKey(
        ContentType,
        on_delete=models.CASCADE,
        verbose_name=_("content type"),
        help_text=_("The kind of content that was changed."),
    )
    object_id = models.CharField(
        _("object"), max_length=64, help_text=_("The primary key of the changed object.")
    )
    target = GenericForeignKey("content_type", "object_id")
    object_repr = models.CharField(
        _("title"), max_length=200, help_text=_("The object's name when it was changed.")
    )
    payload = models.JSONField(
        _("changed content"),
        help_text=_("The object and its inline objects as they will be once approved."),
    )
    author = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        on_delete=models.PROTECT,
        related_name="pending_changes",
        verbose_name=_("author"),
        help_text=_("Who made the change."),
    )
    created_at = models.DateTimeField(_("submitted"), auto_now_add=True, db_index=True)
    state = models.CharField(
        _("state"),
        max_length=16,
        choices=State.choices,
        default=State.PENDING,
        db_index=True,
        help_text=_("Only an approved change reaches visitors."),
    )
    decided_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        on_delete=models.PROTECT,
        null=True,
        blank=True,
        related_name="decided_changes",
        verbose_name=_("decided by"),
        help_text=_("The Publisher who approved it or sent it back."),
    )
    decided_at = models.DateTimeField(
        _("decided on"), null=True, blank=True, help_text=_("When it was approved or sent back.")
    )
    comment = models.TextField(
        _("comment"),
        blank=True,
        help_text=_("Why the Publisher sent it back; the author sees it."),
    )
    four_eyes = models.BooleanField(
        _("contact details changed"),
        default=False,
        help_text=_(
            "A phone number, address or link changed: someone other than the author must "
            "verify it against its source before it goes live."
        ),
    )
    sensitive_changes = models.JSONField(
        _("changed contact details"),
        default=list,
        blank=True,
        help_text=_("Each changed contact detail with its old and new value."),
    )

    class Meta:
        ordering = ["created_at"]
        verbose_name = _("pending change")
        verbose_name_plural = _("pending changes")
        indexes = [models.Index(fields=["content_type", "object_id", "state"])]

    def __str__(self):
        return f"{self.object_repr} ({self.get_state_display()})"

    def get_absolute_url(self):
        return reverse("admin:review_pendingchange_change", args=[self.pk])

    @property
    def model(self):
        return self.content_type.model_class()

    def live_object(self):
        return self.model._default_manager.filter(pk=self.object_id).first()

    def sensitive_rows(self):
        """The changed contact details with each field's name in the admin's language."""
        rows = []
        for item in self.sensitive_changes:
            try:
                label = apps.get_model(item["model"])._meta.get_field(item["field"]).verbose_name
            except (LookupError, FieldDoesNotExist):  # a model or field since removed
                label = item["field"]
            rows.append({**item, "field": label})
        return rows

    @classmethod
    def pending_for(cls, obj):
        return cls.objects.filter(
            content_type=ContentType.objects.get_for_model(obj),
            object_id=str(obj.pk),
            state=cls.State.PENDING,
        ).first()


class SensitiveChangeLog(models.Model):
    """One changed phone number, address or link, with its old and new value: the trail a
    person in danger depends on when a number turns out wrong."""

    pending_change = models.ForeignKey(
        PendingChange,
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="sensitive_log",
        verbose_name=_("pending change"),
        help_text=_("The change that carries it, when it waits for review."),
    )
    content_type = models.ForeignKey(
        ContentType,
        on_delete=models.CASCADE,
        verbose_name=_("content type"),
        help_text=_("The kind of object whose detail changed."),
    )
    object_id = models.CharField(
        _("object"), max_length=64, help_text=_("The primary key of that object.")
    )
    object_repr = models.CharField(
        _("title"), max_length=200, help_text=_("The object's name when it changed.")
    )
    field = models.CharField(_("field"), max_length=100, help_text=_("The changed field."))
    old_value = models.TextField(_("old value"), blank=True, help_text=_("Before the change."))
    new_value = models.TextField(_("new value"), blank=True, help_text=_("After the change."))
    user = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        on_delete=models.PROTECT,
        verbose_name=_("user"),
        help_text=_("Who made the change."),
    )
    created_at = models.DateTimeField(_("changed on"), auto_now_add=True)

    class Meta:
        ordering = ["-created_at"]
        verbose_name = _("contact detail change")
        verbose_name_plural = _("contact detail changes")

    def __str__(self):
        return f"{self.object_repr} · {self.field}: {self.old_value} → {self.new_value}"

    def get_absolute_url(self):
        if self.pending_change_id:
            return self.pending_change.get_absolute_url()
        return reverse("admin:review_sensitivechangelog_changelist")
