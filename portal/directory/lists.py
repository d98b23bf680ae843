"""The small fixed tables that describe a directory entry: regions, audiences, languages.

Tables rather than a text list so that filtering is an indexed join (an EXISTS subquery) on
SQLite and PostgreSQL alike. Migration 0002 creates the rows; a label comes from the
translations of its code, so it reads right in every language.
"""

from django.db import models
from django.urls import reverse
from django.utils.translation import gettext_lazy as _

from .vocabulary import AudienceCode, LanguageCode, RegionCode


class Vocabulary(models.Model):
    """What the three tables share: a fixed code, its translated label, and a link to the
    directory filtered by it (`filter_name` is the query parameter)."""

    filter_name = ""

    class Meta:
        abstract = True
        ordering = ["pk"]

    def __str__(self):
        return str(self.get_code_display())

    def get_absolute_url(self):
        return f"{reverse('directory:list')}?{self.filter_name}={self.code}"


class Region(Vocabulary):
    """One of Morocco's twelve regions, or nationwide, online, international."""

    filter_name = "region"
    code = models.CharField(
        _("code"),
        max_length=40,
        unique=True,
        choices=RegionCode.choices,
        help_text=_("Fixed list; shown to visitors in their language."),
    )

    class Meta(Vocabulary.Meta):
        verbose_name = _("region")
        verbose_name_plural = _("regions")


class Audience(Vocabulary):
    """Who an organisation serves: everyone, under 18, adults, women."""

    filter_name = "audience"
    code = models.CharField(
        _("code"),
        max_length=20,
        unique=True,
        choices=AudienceCode.choices,
        help_text=_("Fixed list; shown to visitors in their language."),
    )

    class Meta(Vocabulary.Meta):
        verbose_name = _("audience")
        verbose_name_plural = _("audiences")


class Language(Vocabulary):
    """A language an organisation answers in: Arabic, Darija, Amazigh, French, English."""

    filter_name = "language"
    code = models.CharField(
        _("code"),
        max_length=5,
        unique=True,
        choices=LanguageCode.choices,
        help_text=_("Fixed list; shown to visitors in their language."),
    )

    class Meta(Vocabulary.Meta):
        verbose_name = _("language")
        verbose_name_plural = _("languages")
