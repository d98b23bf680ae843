"""The repetitive parts of a directory card, written in Python: its contact points, its facts
and its "last checked" line, on the list (twenty cards) and on the entry's own page.

Why not templates: these parts are mostly conditions (the kind of contact, yes/no/unknown
facts), and as templates they were some 800 template nodes per directory page, the larger part
of its rendering time (issue 13). Every label is translated once per page (Words); each value
is escaped here, the translations are not ({% translate %} did not either), and the markup is
byte for byte the one the templates wrote.
"""

from django.utils.safestring import mark_safe
from django.utils.translation import gettext as _

from portal.core.escaping import escape


class Words:
    """The card's fixed words, translated once for a page in its language."""

    def __init__(self):
        self.where = _("Where")
        self.who = _("Who it serves")
        self.languages = _("Languages")
        self.hours = _("Hours")
        self.always = _("24 hours a day, 7 days a week")
        self.not_confirmed = _("Not confirmed")
        self.anonymous = _("Anonymous")
        self.no_name = _("You need not give your name")
        self.name = _("You must give your name")
        self.cost = _("Cost")
        self.free = _("Free")
        self.not_free = _("Not free")
        self.checked = _('Last checked: <time datetime="%(iso)s">%(date)s</time>')
        self.source = _("Source")
        self.report = _("Report a wrong number or link")
        self.stale = _(
            "This entry has not been checked for a long time. Please confirm the number "
            "before relying on it."
        )
        self.app = _("Get the app")
        self.form = _("Open the online form")


def contact(point, words):
    """One contact point as a list item: a number to dial, an address to write to, a link."""
    href, display = escape(point.href), escape(point.display)
    if point.is_number:
        rel = ' rel="noopener noreferrer"' if point.kind == "whatsapp" else ""
        number = f'<bdi dir="ltr" class="tel">{display}</bdi>'
        link = f'<a class="tel-link" href="{href}"{rel}>{number}</a>\n  '
    elif point.kind == "email":
        link = f'<a href="{href}"><bdi dir="ltr">{display}</bdi></a>\n  '
    else:
        text = words.app if point.kind == "app" else words.form
        link = f'<a href="{href}" rel="noopener noreferrer">{text}</a>'
    label = f" · {escape(point.label)}" if point.label else ""
    hours = f'<span class="contact__hours">{escape(point.hours)}</span>' if point.hours else ""
    return mark_safe(
        f'<li class="contact contact--{escape(point.kind)}">\n'
        f'  <span class="contact__kind">{escape(point.kind_label)}{label}</span>\n'
        f"  {link}\n"
        f"  {hours}\n"
        "</li>\n"
    )


def _fact(term, value):
    """A term (translated) and its value (the entry's words, escaped)."""
    return f"<dt>{term}</dt><dd>{escape(value)}</dd>" if value else ""


def _yes_no(term, value, yes, no):
    return "" if value is None else f"<dt>{term}</dt><dd>{yes if value else no}</dd>"


def facts(card, words):
    """Where, for whom, in which languages, when, whether anonymous, whether free."""
    if card.is_24_7:
        hours = words.always
    else:
        hours = escape(card.hours) if card.hours else words.not_confirmed
    return mark_safe(
        '<dl class="facts directory-facts">\n'
        "  \n"
        f"  {_fact(words.where, card.regions)}\n"
        f"  {_fact(words.who, card.audiences)}\n"
        f"  {_fact(words.languages, card.languages)}\n"
        "  \n"
        f"  <dt>{words.hours}</dt><dd>{hours}</dd>\n"
        f"  {_yes_no(words.anonymous, card.is_anonymous, words.no_name, words.name)}\n"
        f"  {_yes_no(words.cost, card.is_free, words.free, words.not_free)}\n"
        "</dl>\n"
    )


def checked(card, words):
    """When someone last checked the entry, its source, where to report a mistake, and a
    warning when the check is old."""
    when = words.checked % {"iso": escape(card.checked_iso), "date": escape(card.checked_on)}
    report = f'· <a href="{escape(card.mailto)}">{words.report}</a>' if card.mailto else ""
    stale = f'<p class="directory-stale">{words.stale}</p>' if card.stale else ""
    return mark_safe(
        '<p class="meta directory-checked">\n'
        f"  {when}\n"
        f'  · <a href="{escape(card.source_url)}" rel="noopener noreferrer">'
        f"{words.source}</a>\n"
        f"  {report}\n"
        "</p>\n"
        f"{stale}\n"
    )
