"""A directory entry's values read from the database as plain rows, in the page's language:
the entries, their contact points and their vocabularies' codes, each in one query.
values_list() rows cost a fraction of model instances, which modeltranslation makes dearer
still; cards.py turns them into what a card shows."""

from dataclasses import dataclass
from functools import reduce
from operator import itemgetter, or_

from django.db import connection
from django.db.models import Q
from django.utils.translation import get_language
from modeltranslation.utils import build_localized_fieldname, resolution_order

from portal.core.prepared import PreparedByShape, PreparedQuery, server_cursor

from . import contact_kinds
from .choices import ContactKind
from .models import Audience, ContactPoint, Language, Organisation, Region

# What a card or the JSON reads from an entry; the rest (editor notes...) stays in the database.
CARD_FIELDS = (
    "slug",
    "name",
    "kind",
    "description",
    "is_free",
    "is_anonymous",
    "is_24_7",
    "hours",
    "source_url",
    "verified_on",
)
VOCABULARIES = {"regions": Region, "audiences": Audience, "languages": Language}


@dataclass(slots=True)
class Contact:
    kind: str
    kind_label: str
    label: str
    hours: str
    value: str
    display: str
    href: str

    @property
    def is_number(self):
        return self.kind in contact_kinds.NUMBERS


def language_columns(model, name):
    """The columns modeltranslation reads a translated field from in the active language, in
    its order (the language, then its fallbacks). Reading them with values_list() spares a
    model instance and a descriptor call per value."""
    descriptor = model.__dict__[name]
    order = resolution_order(get_language(), descriptor.fallback_languages)
    return [build_localized_fieldname(name, language) for language in order]


def first_filled(values):
    """What modeltranslation shows: the first value neither None nor empty, else ""."""
    return next((value for value in values if value is not None and value != ""), "")


TRANSLATED = ("name", "description", "hours", "address")


class Entry:
    """An entry's values as a card reads them (pk, name, kind...), from one row of values()."""

    def __init__(self, values):
        self.__dict__.update(values)


def entry_columns(*extra):
    """The columns of an entry's row: the untranslated fields, then each translated field's
    columns in the active language's order (language_columns)."""
    wanted = ("id", *CARD_FIELDS, *extra)
    plain = tuple(name for name in wanted if name not in TRANSLATED)
    translated = {
        name: language_columns(Organisation, name) for name in wanted if name in TRANSLATED
    }
    return plain, translated


def row_columns():
    """The columns of an entry's row (entry_columns()), in the page's language."""
    plain, translated = entry_columns()
    return (*plain, *(column for names in translated.values() for column in names))


def entries(queryset, *extra):
    """The entries of `queryset` as plain rows in the page's language, with CARD_FIELDS and
    `extra` (fields the JSON adds): values() costs a fraction of a model instance, which
    modeltranslation makes dearer still (~0.1 ms a row)."""
    plain, translated = entry_columns(*extra)
    columns = [column for names in translated.values() for column in names]
    return entries_from(queryset.values_list(*plain, *columns), plain, translated)


def entries_from(rows, plain, translated):
    """Entries from rows of entry_columns()."""
    entries = []
    for row in rows:
        values = dict(zip(plain, row, strict=False))
        position = len(plain)
        for name, names in translated.items():
            values[name] = first_filled(row[position : position + len(names)])
            position += len(names)
        values["pk"] = values["id"]
        entries.append(Entry(values))
    return entries


def _contact_columns():
    return (
        "organisation_id",
        "kind",
        "value",
        *language_columns(ContactPoint, "label"),
        *language_columns(ContactPoint, "hours"),
    )


def _contacts_query(count):
    names = [f"pk{i}" for i in range(count)]

    def build(**pks):
        # organisation_id = %s OR ...: the ORM's IN on a foreign key takes no placeholders.
        return ContactPoint.objects.filter(
            reduce(or_, (Q(organisation_id=pks[name]) for name in names))
        )

    return PreparedQuery(build, _contact_columns, **dict.fromkeys(names, Organisation._meta.pk))


# A page's cards (and the emergency numbers above them): compiled once per number of entries.
_CONTACTS = PreparedByShape(_contacts_query)


def contacts_of(ids, among=None):
    """{entry pk: its contact points in their order}, in one query. `among` (a queryset of
    pks) stands for a long list of ids in the SQL."""
    by_entry = {pk: [] for pk in ids}
    if among is not None:
        rows = ContactPoint.objects.filter(organisation_id__in=among).values_list(
            *_contact_columns()
        )
    elif by_entry:
        rows = _CONTACTS[len(by_entry)].rows(**{f"pk{i}": pk for i, pk in enumerate(by_entry)})
    else:
        return by_entry
    labels = {}
    split = 3 + len(language_columns(ContactPoint, "label"))
    for row in rows:
        entry, kind, value = row[:3]
        if entry in by_entry:
            by_entry[entry].append(contact(kind, value, row[3:split], row[split:], labels))
    return by_entry


def contact(kind, value, label_values, hours_values, labels):
    """A Contact from its row: the label and hours in their languages' order (see
    language_columns); `labels` keeps each kind's name once worked out."""
    if kind not in labels:
        labels[kind] = str(dict(ContactKind.choices).get(kind, kind))
    return Contact(
        kind=kind,
        kind_label=labels[kind],
        label=first_filled(label_values),
        hours=first_filled(hours_values),
        value=value,
        display=contact_kinds.display(kind, value),
        href=contact_kinds.href(kind, value),
    )


def codes_of(ids, among=None):
    """{entry pk: {"regions": [codes], "audiences": [...], "languages": [...]}} in one query,
    each list in its vocabulary's order, as `organisation.regions.all()` gives it.

    Plain SQL (a union of the three link tables joined to their vocabularies): the ORM took
    ~3.5 ms to compile this union and the database 0.2 ms to run it. Names come from the
    models' metadata, values are parameters."""
    found = {pk: {name: [] for name in VOCABULARIES} for pk in ids}
    if not found:
        return found
    if among is None:
        entries, entry_params = ", ".join(["%s"] * len(found)), list(found)
    else:
        entries, entry_params = among.query.sql_with_params()
    quote = connection.ops.quote_name
    selects, params = [], []
    names = list(VOCABULARIES)
    for number, (name, model) in enumerate(VOCABULARIES.items()):
        links = getattr(Organisation, name).through._meta.db_table
        column = quote(f"{model._meta.model_name}_id")
        selects.append(
            f"SELECT {number}, l.{quote('organisation_id')}, l.{column}, v.{quote('code')} "
            f"FROM {quote(links)} l INNER JOIN {quote(model._meta.db_table)} v "
            f"ON v.{quote('id')} = l.{column} WHERE l.{quote('organisation_id')} IN ({entries})"
        )
        params += entry_params
    # Prepared on PostgreSQL after a few runs, as the prepared queries are.
    with server_cursor(connection) as cursor:
        cursor.execute(" UNION ALL ".join(selects), params)
        rows = cursor.fetchall()
    # Sorted on the vocabulary row's pk: each list comes out in the vocabulary's order.
    for number, entry, _pk, code in sorted(rows, key=itemgetter(2)):
        if entry in found:
            found[entry][names[number]].append(code)
    return found
