"""The listening lines of the crisis box, which most pages show under the emergency numbers:
the first few that editors have published, sourced and checked recently, with a number to
call, by name; then a link to them all, since someone in crisis needs a short list.

Two queries (the lines, then their numbers), each compiled to SQL once per language
(portal/core/prepared.py): building them with the ORM cost more than the rest of the box."""

from django.db.models import Exists, OuterRef
from django.urls import reverse
from django.utils import timezone

from portal.core.prepared import PreparedQuery

from .cards import contact, entry_urls, first_filled, language_columns
from .choices import Kind
from .contact_kinds import NUMBERS
from .models import ContactPoint, Organisation
from .querysets import stale_cutoff

# How many listening lines the crisis box names before its link to all of them.
CRISIS_LINES_SHOWN = 3


def _listening_lines(at, cutoff):
    numbers = ContactPoint.objects.filter(kind__in=NUMBERS, organisation=OuterRef("pk"))
    return (
        Organisation.objects.public(at=at)
        .filter(kind=Kind.PSYCHOLOGICAL_SUPPORT)
        .filter(verified_on__gte=cutoff)  # not stale
        .filter(Exists(numbers))
        .order_by("name", "pk")
    )


_SLOTS = {
    "at": Organisation._meta.get_field("publish_at"),
    "cutoff": Organisation._meta.get_field("verified_on"),
}
_LINES = PreparedQuery(
    lambda at, cutoff: _listening_lines(at, cutoff)[: CRISIS_LINES_SHOWN + 1],
    lambda: ("pk", "slug", *language_columns(Organisation, "name")),
    **_SLOTS,
)
# The numbers of the lines shown: the same lines, as a subquery, so the SQL never changes.
_NUMBERS = PreparedQuery(
    lambda at, cutoff: ContactPoint.objects.filter(
        kind__in=NUMBERS,
        organisation__in=_listening_lines(at, cutoff).values("pk")[:CRISIS_LINES_SHOWN],
    ),
    lambda: (
        "organisation_id",
        "kind",
        "value",
        *language_columns(ContactPoint, "label"),
        *language_columns(ContactPoint, "hours"),
    ),
    **_SLOTS,
)


def crisis_lines():
    values = {"at": timezone.now(), "cutoff": stale_cutoff()}
    lines = _LINES.rows(**values)
    if not lines:
        return []
    shown = lines[:CRISIS_LINES_SHOWN]
    numbers = {pk: [] for pk, *_rest in shown}
    labels = {}
    split = 3 + len(language_columns(ContactPoint, "label"))
    for row in _NUMBERS.rows(**values):
        if row[0] in numbers:
            numbers[row[0]].append(contact(row[1], row[2], row[3:split], row[split:], labels))
    url_of = entry_urls()
    items = [
        {"name": first_filled(names), "url": url_of(slug), "contacts": numbers[pk]}
        for pk, slug, *names in shown
    ]
    if len(lines) > CRISIS_LINES_SHOWN:
        every = f"{reverse('directory:list')}?kind={Kind.PSYCHOLOGICAL_SUPPORT}"
        items.append({"more": True, "url": every})
    return items
