"""The abstract base of the directory's small fixed tables (models.py: Region, Audience,
Language)."""

from django.db import models
from django.urls import reverse
from django.utils.translation import gettext_lazy as _

from portal.content.labels import ChoiceLabels

# Regions, audiences, languages: tables, so that filtering is an indexed EXISTS subquery.
# Migration 0002 creates the rows; labels are the translations of their codes.


def code_field(max_length, choices):
    return models.CharField(
        _("code"),
        max_length=max_length,
        unique=True,
        choices=choices,
        help_text=_("Fixed list; shown to visitors in their language."),
    )


class Vocabulary(ChoiceLabels, models.Model):
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
