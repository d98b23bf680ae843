"""Four eyes on contacts, in the model: the safety net under the admin's review.

A number, an address or a link that a person in danger will use must never change on a
published entry without someone checking it again. Whatever path the change takes (the
admin, a CSV import, a shell), saving it clears the entry's "last verified on" (so
`Organisation.objects.public()` hides it until someone verifies it again) and writes the old
and the new value to ContactChangeLog.
"""

from django.apps import apps
from django.conf import settings
from django.db import models
from django.urls import reverse
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from portal.content.models import Publishable, sensitive_columns
from portal.content.text import strip_control_characters

# Set on an instance before save() by whoever knows the person (the admin): the log names them.
AUTHOR_ATTRIBUTE = "change_author"


class ContactChangeLog(models.Model):
    """One changed number, address or link of a published directory entry: who changed it,
    when, from what to what. Written by the models, read-only in the admin."""

    organisation = models.ForeignKey(
        "directory.Organisation",
        on_delete=models.CASCADE,
        related_name="contact_changes",
        verbose_name=_("organisation"),
        help_text=_("The directory entry that changed."),
    )
    contact_point = models.ForeignKey(
        "directory.ContactPoint",
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="+",
        verbose_name=_("contact point"),
        help_text=_("The number or address that changed, if it was a contact point."),
    )
    field = models.CharField(
        _("field"), max_length=100, help_text=_("The name of the field that changed.")
    )
    old_value = models.TextField(_("old value"), blank=True, help_text=_("Before the change."))
    new_value = models.TextField(_("new value"), blank=True, help_text=_("After the change."))
    changed_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="+",
        verbose_name=_("changed by"),
        help_text=_("Empty when the change came from a script or an import."),
    )
    changed_at = models.DateTimeField(
        _("changed at"), default=timezone.now, help_text=_("When the change was saved.")
    )

    class Meta:
        ordering = ["-changed_at", "-pk"]
        verbose_name = _("contact change")
        verbose_name_plural = _("contact changes")

    def __str__(self):
        return f"{self.organisation_id} · {self.field}: {self.old_value} → {self.new_value}"

    def get_absolute_url(self):
        return reverse("admin:directory_contactchangelog_change", args=[self.pk])


def stored_changes(obj, live_status_path="status"):
    """(column, old, new) for each sensitive column of `obj` whose stored value differs,
    if the stored row belongs to a published entry; [] otherwise."""
    if obj.pk is None:
        return []
    model = type(obj)
    columns = sensitive_columns(model)
    stored = model._base_manager.filter(pk=obj.pk).values(*columns, live_status_path).first()
    if stored is None or stored[live_status_path] != Publishable.Status.PUBLISHED:
        return []
    # Compared as they will be stored: the save removes control characters (content/text.py).
    pairs = [
        (column, stored[column] or "", strip_control_characters(getattr(obj, column) or ""))
        for column in columns
    ]
    return [(column, old, new) for column, old, new in pairs if old != new]


def record(organisation_id, changes, author=None, contact_point=None):
    """Log the changes and take the entry offline until someone verifies it again."""
    if not changes:
        return
    # By name: models.py imports this module, so importing it back would make a circle.
    Organisation = apps.get_model("directory", "Organisation")
    Organisation._base_manager.filter(pk=organisation_id).update(
        verified_on=None, verified_by=None
    )
    ContactChangeLog.objects.bulk_create(
        ContactChangeLog(
            organisation_id=organisation_id,
            contact_point=contact_point,
            field=column,
            old_value=old,
            new_value=new,
            changed_by=author if getattr(author, "pk", None) else None,
        )
        for column, old, new in changes
    )
