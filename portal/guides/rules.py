"""The guides' fixed rules: addresses no guide may take, the quick exit's default target,
and the "being checked" flag shared by steps and questions."""

from django.core.exceptions import ValidationError
from django.db import models
from django.utils.translation import gettext_lazy as _

# Addresses under /help/ that are pages of their own: no guide may take "plan", and only the
# urgent guide may take "now" (it is shown there anyway).
RESERVED_SLUGS = {"plan"}
URGENT_SLUG = "now"
# GOV.UK's "Exit this page" sends visitors to BBC Weather: neutral, common, and harmless to
# be seen on anyone's screen.
DEFAULT_EXIT_URL = "https://www.bbc.com/weather"


def validate_not_reserved(value):
    if value in RESERVED_SLUGS:
        raise ValidationError(
            _("“%(slug)s” is already the address of another page; choose another."),
            params={"slug": value},
        )


def needs_check_field():
    """A field shared by steps and questions: facts still to be checked."""
    return models.BooleanField(
        _("being checked"),
        default=False,
        help_text=_(
            "Tick while the facts here rest on secondary sources; visitors see “being "
            "checked” beside it. Untick once checked against the official text."
        ),
    )


def check_link_target(link):
    """A step link goes to a guide, or to a directory entry or an address; an emergency
    number is labelled by its service, anything else needs a text."""
    if not (link.guide_id or link.directory_slug or link.url):
        raise ValidationError(_("Choose a guide, a directory entry or an address."))
    if link.guide_id and (link.directory_slug or link.url):
        raise ValidationError(
            _("A link goes to a guide, or to a directory entry or an address, not both.")
        )
    if (link.directory_slug or link.url) and not link.phone and not link.label:
        raise ValidationError({"label": _("Give the link a text.")})
