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
from urllib.parse import quote

from django.urls import reverse
from django.utils.formats import date_format
from django.utils.safestring import mark_safe
from django.utils.translation import gettext as _
from django.utils.translation import pgettext

from . import markup
from .choices import Kind
from .querysets import stale_cutoff
from .rows import VOCABULARIES, codes_of, contacts_of


def entry_urls():
    """slug -> the entry's address: reverse() once, not once per entry (a slug is ASCII
    letters, digits and hyphens, which an address carries as they are)."""
    marker = "0"
    before, after = reverse("directory:detail", kwargs={"slug": marker}).rsplit(marker, 1)
    return lambda slug: f"{before}{slug}{after}"


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
