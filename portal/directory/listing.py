"""The directory's filtered list in SQL compiled once per shape of filters
(portal/core/prepared.py).

A list page asks which entries match the filters, in the order shown (their ids: a few
hundred integers at most), then the rows of the page's own entries. The SQL depends on
which filters are set and on how many codes each compares with: that is the shape. Each
shape is compiled the first time it is asked for and run with the values after that; the
ORM built and compiled both queries and the count on every request (about 8 ms)."""

from django.db.models import Case, IntegerField, Value, When
from django.utils import timezone

from portal.core.prepared import PreparedByShape, PreparedQuery

from .choices import AUDIENCE_ALWAYS_INCLUDED, MOROCCAN_REGIONS, REGIONS_ALWAYS_INCLUDED, Kind
from .models import Organisation
from .rows import entries_from, entry_columns, row_columns

# Filters that compare with codes of a vocabulary, and the relation that holds them.
CODE_FILTERS = {"region": "regions", "audience": "audiences", "language": "languages"}
# Filters that are on or off, and the field each asks to be true.
FLAGS = {"open_24_7": "is_24_7", "anonymous": "is_anonymous"}


def _field(name):
    return Organisation._meta.get_field(name)


_AT = _field("publish_at")
_PK = _field("id")
_VALUE_FIELDS = {
    "kind": _field("kind"),
    **{
        name: _field(relation).related_model._meta.get_field("code")
        for name, relation in CODE_FILTERS.items()
    },
}


def wanted(filters):
    """Each filter in use, with the values its SQL compares with, in a fixed order."""
    values = {}
    if filters.get("kind"):
        values["kind"] = [filters["kind"]]
    region = filters.get("region")
    if region:
        # National and online services serve every region of Morocco.
        extra = REGIONS_ALWAYS_INCLUDED if region in MOROCCAN_REGIONS else ()
        values["region"] = [region, *sorted(set(extra) - {region})]
    audience = filters.get("audience")
    if audience:
        values["audience"] = [audience, *sorted(set(AUDIENCE_ALWAYS_INCLUDED) - {audience})]
    if filters.get("language"):
        values["language"] = [filters["language"]]
    for name in FLAGS:
        if filters.get(name):
            values[name] = []
    return values


def filtered(queryset, values):
    """`queryset` narrowed by wanted()'s values, or by Slots standing for them. Without a
    kind the emergency numbers are left out: every list shows them apart, first."""
    kind = values.get("kind")
    queryset = queryset.filter(kind=kind[0]) if kind else queryset.exclude(kind=Kind.EMERGENCY)
    for name, relation in CODE_FILTERS.items():
        if name in values:
            queryset = queryset.with_any(relation, values[name])
    for name, field in FLAGS.items():
        if name in values:
            queryset = queryset.filter(**{field: True})
    return queryset


def emergency_first(queryset):
    return queryset.annotate(
        emergency_rank=Case(
            When(kind=Kind.EMERGENCY, then=Value(0)), default=Value(1), output_field=IntegerField()
        )
    ).order_by("emergency_rank", "name", "pk")


def _slot_names(shape):
    return {name: [f"{name}{i}" for i in range(count)] for name, count in shape}


def _matching_query(shape):
    names = _slot_names(shape)

    def build(at, **slots):
        values = {name: [slots[slot] for slot in slot_names] for name, slot_names in names.items()}
        return emergency_first(filtered(Organisation.objects.public(at=at), values))

    fields = {slot: _VALUE_FIELDS[name] for name, slots in names.items() for slot in slots}
    return PreparedQuery(build, ("id",), at=_AT, **fields)


def _page_query(count):
    names = [f"pk{i}" for i in range(count)]

    def build(at, **pks):
        return Organisation.objects.public(at=at).filter(pk__in=[pks[name] for name in names])

    return PreparedQuery(build, row_columns, at=_AT, **dict.fromkeys(names, _PK))


# One compiled query per shape, and per number of entries on a page: a few dozen at most.
_MATCHING = PreparedByShape(_matching_query)
_PAGES = PreparedByShape(_page_query)


def matching_ids(filters):
    """The ids of the public entries that match `filters` (a form's cleaned_data), in the
    order the list shows them."""
    values = wanted(filters)
    shape = tuple((name, len(codes)) for name, codes in values.items())
    slots = {f"{name}{i}": code for name, codes in values.items() for i, code in enumerate(codes)}
    return [pk for (pk,) in _MATCHING[shape].rows(at=timezone.now(), **slots)]


def entries_by_id(ids):
    """The public entries with these ids (cards.entries), in the order of `ids`."""
    if not ids:
        return []
    values = {f"pk{i}": pk for i, pk in enumerate(ids)}
    rows = _PAGES[len(ids)].rows(at=timezone.now(), **values)
    by_id = {entry.pk: entry for entry in entries_from(rows, *entry_columns())}
    # An entry withdrawn between the two queries is left out.
    return [by_id[pk] for pk in ids if pk in by_id]
