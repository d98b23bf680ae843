"""The listening lines of the crisis box, which most pages show under the emergency numbers:
the first few that editors have published, sourced and checked recently, with a number to
call, by name; then a link to them all, since someone in crisis needs a short list.

One query (the numbers of the first lines), compiled to SQL once per language
(portal/core/prepared.py): building it with the ORM cost more than the rest of the box."""

from django.db.models import Exists, OuterRef
from django.urls import reverse
from django.utils import timezone

from portal.core.prepared import PreparedQuery

from .cards import entry_urls
from .choices import Kind
from .contact_kinds import NUMBERS
from .models import ContactPoint, Organisation
from .querysets import stale_cutoff
from .rows import contact, first_filled, language_columns

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


# The numbers of the first lines by name, one row a number, with their line's address and
# name: one query (the lines are a subquery, so the SQL never changes). The line after the
# ones shown only tells that there are more.
_NUMBERS = PreparedQuery(
    lambda at, cutoff: ContactPoint.objects.filter(
        kind__in=NUMBERS,
        organisation__in=_listening_lines(at, cutoff).values("pk")[: CRISIS_LINES_SHOWN + 1],
    ).order_by("organisation__name", "organisation_id", "order", "pk"),
    lambda: (
        "organisation_id",
        "organisation__slug",
        "kind",
        "value",
        *(f"organisation__{name}" for name in language_columns(Organisation, "name")),
        *language_columns(ContactPoint, "label"),
        *language_columns(ContactPoint, "hours"),
    ),
    at=Organisation._meta.get_field("publish_at"),
    cutoff=Organisation._meta.get_field("verified_on"),
)


def crisis_lines():
    names = len(language_columns(Organisation, "name"))
    labels = len(language_columns(ContactPoint, "label"))
    lines, kind_labels = {}, {}
    for row in _NUMBERS.rows(at=timezone.now(), cutoff=stale_cutoff()):
        pk, slug, kind, value = row[:4]
        if pk not in lines:
            lines[pk] = {"slug": slug, "names": row[4 : 4 + names], "contacts": []}
        label, hours = row[4 + names : 4 + names + labels], row[4 + names + labels :]
        lines[pk]["contacts"].append(contact(kind, value, label, hours, kind_labels))
    url_of = entry_urls()
    items = [
        {
            "name": first_filled(line["names"]),
            "url": url_of(line["slug"]),
            "contacts": line["contacts"],
        }
        for line in list(lines.values())[:CRISIS_LINES_SHOWN]
    ]
    if len(lines) > CRISIS_LINES_SHOWN:
        every = f"{reverse('directory:list')}?kind={Kind.PSYCHOLOGICAL_SUPPORT}"
        items.append({"more": True, "url": every})
    return items
