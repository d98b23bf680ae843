"""The emergency numbers that head every directory list, in SQL compiled once
(portal/core/prepared.py), since every directory page shows them."""

from django.utils import timezone

from portal.core.prepared import PreparedQuery

from .cards import entries_from, entry_columns
from .choices import Kind
from .models import Organisation


def _columns():
    plain, translated = entry_columns()
    return (*plain, *(column for names in translated.values() for column in names))


# In the order they were entered: police 19 first, as the seed lists them.
_EMERGENCY = PreparedQuery(
    lambda at: Organisation.objects.public(at=at).filter(kind=Kind.EMERGENCY).order_by("pk"),
    _columns,
    at=Organisation._meta.get_field("publish_at"),
)


def emergency_entries():
    return entries_from(_EMERGENCY.rows(at=timezone.now()), *entry_columns())
