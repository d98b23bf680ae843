"""The emergency numbers that head every directory list, in SQL compiled once
(portal/core/prepared.py), since every directory page shows them."""

from django.utils import timezone

from portal.core.prepared import PreparedQuery

from .choices import Kind
from .models import Organisation
from .rows import entries_from, entry_columns, row_columns

# In the order they were entered: police 19 first, as the seed lists them.
_EMERGENCY = PreparedQuery(
    lambda at: Organisation.objects.public(at=at).filter(kind=Kind.EMERGENCY).order_by("pk"),
    row_columns,
    at=Organisation._meta.get_field("publish_at"),
)


def emergency_entries():
    return entries_from(_EMERGENCY.rows(at=timezone.now()), *entry_columns())
