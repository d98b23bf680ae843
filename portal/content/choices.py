"""Vocabularies more than one content app uses, so that a code means the same everywhere."""

from django.db import models
from django.utils.translation import gettext_lazy as _


class Audience(models.TextChoices):
    """Who a guide is written for, or whom a help service serves. Codes are stable: the
    directory's filter (?audience=under-18), its JSON export and CSV files use them."""

    EVERYONE = "everyone", _("Everyone")
    UNDER_18 = "under-18", _("Children and young people under 18")
    ADULTS = "adults", _("Adults (18 and over)")
    WOMEN = "women", _("Women")
    PARENTS = "parent", _("Parent or teacher")
    FRIENDS = "friend", _("Friend helping")


def subset(*members, **labels):
    """(value, label) choices for some members of a vocabulary, in the order given; a label
    given by member name replaces the vocabulary's (same code, wording for the context)."""
    return [(member.value, labels.get(member.name, member.label)) for member in members]


# Whom a directory entry serves (its filter, in this order).
SERVICE_AUDIENCES = subset(Audience.EVERYONE, Audience.UNDER_18, Audience.ADULTS, Audience.WOMEN)
# Whom a guide is written for: the same codes; the guide list speaks of victims.
GUIDE_AUDIENCES = subset(
    Audience.UNDER_18,
    Audience.ADULTS,
    Audience.PARENTS,
    Audience.FRIENDS,
    Audience.EVERYONE,
    UNDER_18=_("Victim under 18"),
    ADULTS=_("Adult victim"),
)
