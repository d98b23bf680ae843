"""The search index: one row per published object and language, holding its text in the
matching form (normalise.py). Rows only point at content; what a visitor is shown is read
again from the live object through its app's `visible()`, so a stale row can never reveal a
draft, a withdrawn page or a change still waiting for review."""

from django.db import models
from django.urls import reverse
from django.utils.translation import gettext_lazy as _


class SearchEntry(models.Model):
    """Why a table: the directory's regions and audiences are translated in code, not in the
    database, and Arabic needs folding before PostgreSQL's parser sees it; both are done once
    here, on save, instead of on every search."""

    source = models.CharField(
        _("kind of content"), max_length=100, help_text=_("app_label.model_name of the object.")
    )
    object_id = models.PositiveBigIntegerField(_("object"), help_text=_("The indexed object."))
    language = models.CharField(
        _("language"), max_length=8, help_text=_("The language of the search page it serves.")
    )
    text_language = models.CharField(
        _("language of the text"),
        max_length=8,
        help_text=_("The language the text is written in (an untranslated object falls back)."),
    )
    kind = models.PositiveSmallIntegerField(
        _("result group"), help_text=_("Where its results are listed (guides first).")
    )
    title = models.TextField(_("title"), help_text=_("The title, normalised for matching."))
    body = models.TextField(_("text"), help_text=_("The rest of the text, normalised."))
    publish_at = models.DateTimeField(
        _("publish from"), null=True, blank=True, help_text=_("Copied from the object.")
    )
    withdraw_at = models.DateTimeField(
        _("withdraw at"), null=True, blank=True, help_text=_("Copied from the object.")
    )

    class Meta:
        verbose_name = _("search index entry")
        verbose_name_plural = _("search index entries")
        constraints = [
            models.UniqueConstraint(
                fields=["source", "object_id", "language"], name="search_entry_unique"
            )
        ]
        indexes = [models.Index(fields=["language", "kind"], name="search_entry_lang")]

    def __str__(self):
        return f"{self.source}:{self.object_id} ({self.language})"

    def get_absolute_url(self):
        # An index row has no page of its own: it leads to the search page.
        return reverse("search:results")
