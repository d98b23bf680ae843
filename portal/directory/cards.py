"""A directory entry as its card shows it (the list, the entry's page and its preview) and
as the JSON export gives it: read in a fixed number of queries, each value worked out once.

Why not the models straight into the templates: a card was four included templates that
resolved querysets, model properties, reverse(), gettext and date formats for every entry,
several times each; that was most of an uncached directory page's time (issue 13). Here what
every card of a page shares (labels in the page's language, the list separator, the entries'
address pattern, the stale date, the report address) is worked out once per page, each
entry's own values once, and the templates only print them.
"""

from dataclasses import dataclass, field
from datetime import date
from operator import itemgetter
from urllib.parse import quote

from django.db import connection
from django.urls import reverse
from django.utils.formats import date_format
from django.utils.safestring import mark_safe
from django.utils.translation import get_language, pgettext
from django.utils.translation import gettext as _
from modeltranslation.utils import build_localized_fieldname, resolution_order

from . import contact_kinds, markup
from .choices import ContactKind, Kind
from .models import Audience, ContactPoint, Language, Organisation, Region
from .querysets import stale_cutoff

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


def entry_urls():
    """slug -> the entry's address: reverse() once, not once per entry (a slug is ASCII
    letters, digits and hyphens, which an address carries as they are)."""
    marker = "0"
    before, after = reverse("directory:detail", kwargs={"slug": marker}).rsplit(marker, 1)
    return lambda slug: f"{before}{slug}{after}"


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


@dataclass(slots=True)
class Card:
    pk: int
    slug: str
    url: str
    name: str
    kind: str
    kind_label: str
    description: str
    is_free: bool | None
    is_anonymous: bool | None
    is_24_7: bool
    hours: str
    source_url: str
    verified_on: date | None
    checked_on: str = ""
    checked_iso: str = ""
    stale: bool = True
    mailto: str = ""
    contacts: list = field(default_factory=list)
    codes: dict = field(default_factory=dict)
    # The regions, audiences and languages in words, joined by the page's list separator.
    regions: str = ""
    audiences: str = ""
    languages: str = ""
    words: markup.Words | None = None

    # The card's repetitive markup (markup.py), written when a template asks for it.
    @property
    def contacts_html(self):
        return mark_safe("".join(markup.contact(point, self.words) for point in self.contacts))

    @property
    def facts_html(self):
        return markup.facts(self, self.words)

    @property
    def checked_html(self):
        return markup.checked(self, self.words)


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


def contacts_of(ids, among=None):
    """{entry pk: its contact points in their order}, in one query. `among` (a queryset of
    pks) stands for a long list of ids in the SQL."""
    by_entry = {pk: [] for pk in ids}
    labels = {}
    label_columns = language_columns(ContactPoint, "label")
    hours_columns = language_columns(ContactPoint, "hours")
    rows = ContactPoint.objects.filter(
        organisation_id__in=list(by_entry) if among is None else among
    ).values_list("organisation_id", "kind", "value", *label_columns, *hours_columns)
    split = 3 + len(label_columns)
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
    with connection.cursor() as cursor:
        cursor.execute(" UNION ALL ".join(selects), params)
        rows = cursor.fetchall()
    # Sorted on the vocabulary row's pk: each list comes out in the vocabulary's order.
    for number, entry, _pk, code in sorted(rows, key=itemgetter(2)):
        if entry in found:
            found[entry][names[number]].append(code)
    return found


class Cards:
    """What every card of one page shares, worked out once for the page's language."""

    def __init__(self, request=None, editors_email=""):
        self.request = request
        self.editors_email = editors_email
        self.url = entry_urls()
        self.kinds = {value: str(label) for value, label in Kind.choices}
        self.separator = pgettext("between items of a list", ", ")
        self.cutoff = stale_cutoff()
        self.dates = {}
        self.words = markup.Words()
        self.labels = {
            name: {code: str(label) for code, label in model._meta.get_field("code").flatchoices}
            for name, model in VOCABULARIES.items()
        }
        if editors_email:
            self.subject = _("Wrong information in the help directory: %(name)s")
            self.body = _("Page: %(url)s\nWhat is wrong:\n")

    def listed(self, name, codes):
        labels = self.labels[name]
        return self.separator.join(labels.get(code, code) for code in codes)

    def checked_on(self, day):
        if day is None:
            return ""
        if day not in self.dates:
            self.dates[day] = date_format(day, "DATE_FORMAT")
        return self.dates[day]

    def mailto(self, url, name):
        """The "report a wrong number" mailto: link (it opens the visitor's own mail app: no
        form, nothing stored), or "" without an editors' address."""
        if not self.editors_email or self.request is None:
            return ""
        subject = self.subject % {"name": name}
        body = self.body % {"url": self.request.build_absolute_uri(url)}
        return f"mailto:{self.editors_email}?subject={quote(subject)}&body={quote(body)}"

    def card(self, organisation, contacts, codes):
        url = self.url(organisation.slug)
        name = organisation.name
        verified_on = organisation.verified_on
        return Card(
            pk=organisation.pk,
            slug=organisation.slug,
            url=url,
            name=name,
            kind=organisation.kind,
            kind_label=self.kinds.get(organisation.kind, organisation.kind),
            description=organisation.description,
            is_free=organisation.is_free,
            is_anonymous=organisation.is_anonymous,
            is_24_7=organisation.is_24_7,
            hours=organisation.hours,
            source_url=organisation.source_url,
            verified_on=verified_on,
            checked_on=self.checked_on(verified_on),
            checked_iso=verified_on.isoformat() if verified_on else "",
            stale=verified_on is None or verified_on < self.cutoff,
            mailto=self.mailto(url, name),
            contacts=contacts,
            codes=codes,
            regions=self.listed("regions", codes["regions"]),
            audiences=self.listed("audiences", codes["audiences"]),
            languages=self.listed("languages", codes["languages"]),
            words=self.words,
        )

    def cards(self, organisations, contacts=None, among=None):
        """The cards of these entries, in their order. `contacts` if already read; `among`, a
        queryset of the entries' pks, for a long list."""
        ids = [organisation.pk for organisation in organisations]
        contacts = contacts if contacts is not None else contacts_of(ids, among)
        codes = codes_of(ids, among)
        return [
            self.card(organisation, contacts[organisation.pk], codes[organisation.pk])
            for organisation in organisations
        ]
