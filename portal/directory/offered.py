"""No dead ends: the directory offers only kinds and audiences that have a published entry,
and an empty result says which filter to remove.

A value that is valid but has no entry is still accepted from an address (an old bookmark,
a shared link): the page then says which filter to take off, rather than calling it "not
understood". It is only left out of what the visitor is offered to pick.
"""

from dataclasses import dataclass

from django.http import QueryDict
from django.utils import timezone

from portal.core.prepared import PreparedQuery

from .choices import Kind
from .models import Organisation

# Both are asked on every home page and directory list: SQL compiled once (core/prepared.py).
# order_by(): the model's ordering would add the name to the DISTINCT, one row an entry.
_AT = Organisation._meta.get_field("publish_at")
_KINDS = PreparedQuery(
    lambda at: Organisation.objects.public(at=at).order_by().distinct(), ("kind",), at=_AT
)
_KINDS_AND_AUDIENCES = PreparedQuery(
    lambda at: Organisation.objects.public(at=at).order_by().distinct(),
    ("kind", "audiences__code"),
    at=_AT,
)


def offered_kinds():
    """The kinds with at least one public entry."""
    return {kind for (kind,) in _KINDS.rows(at=timezone.now())}


def offered():
    """The kinds with at least one public entry, and the audiences at least one public entry
    serves outside the emergency numbers (which the audience filter does not list): one
    query, a row for each kind and audience that go together."""
    kinds, audiences = set(), set()
    for kind, audience in _KINDS_AND_AUDIENCES.rows(at=timezone.now()):
        kinds.add(kind)
        if kind != Kind.EMERGENCY and audience is not None:
            audiences.add(audience)
    return kinds, audiences


def offer_only(form, name, codes):
    """Show in the form's menu only the empty choice, the codes given, and what is picked."""
    picked = form.data.get(name) or ""
    field = form.fields[name]
    field.widget.choices = [
        (value, label)
        for value, label in field.choices
        if value == "" or value in codes or value == picked
    ]


@dataclass(frozen=True)
class ActiveFilter:
    label: str
    value: str
    remove_url: str


def active_filters(form, filters, query):
    """Each filter in use, in words, with the address of the same page without it."""
    active = []
    for name, field in form.fields.items():
        value = filters.get(name)
        if not value:
            continue
        rest = QueryDict(mutable=True)
        rest.update(query)
        rest.pop(name, None)
        rest.pop("page", None)
        shown = dict(field.choices).get(value, "") if hasattr(field, "choices") else ""
        active.append(ActiveFilter(str(field.label), str(shown), "?" + rest.urlencode()))
    return active
