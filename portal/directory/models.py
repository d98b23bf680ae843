"""The help directory: who a person being blackmailed can call or write to, and how sure we
are that the number is still right."""

from django.conf import settings
from django.db import models
from django.urls import reverse
from django.utils.translation import gettext_lazy as _

from portal.content.choices import SERVICE_AUDIENCES
from portal.content.models import (
    Publishable,
    ReviewChild,
    SingletonContent,
    publish_permission,
)
from portal.content.web_address import SourceAddressField, WebAddressField

from . import changes, contact_kinds
from .bases import Vocabulary, code_field
from .changes import ContactChangeLog  # noqa: F401 (a model of this app)
from .choices import ContactKind, Kind, LanguageCode, RegionCode
from .querysets import OrganisationQuerySet, check_sourced, stale_cutoff


class Region(Vocabulary):
    """One of Morocco's twelve regions, or nationwide, online, international."""

    filter_name = "region"
    code = code_field(40, RegionCode.choices)

    class Meta(Vocabulary.Meta):
        verbose_name = _("region")
        verbose_name_plural = _("regions")


class Audience(Vocabulary):
    """Who an organisation serves: everyone, under 18, adults, women."""

    filter_name = "audience"
    code = code_field(20, SERVICE_AUDIENCES)

    class Meta(Vocabulary.Meta):
        verbose_name = _("audience")
        verbose_name_plural = _("audiences")


class Language(Vocabulary):
    """A language an organisation answers in: Arabic, Darija, Amazigh, French, English."""

    filter_name = "language"
    code = code_field(5, LanguageCode.choices)

    class Meta(Vocabulary.Meta):
        verbose_name = _("language")
        verbose_name_plural = _("languages")


class Organisation(Publishable):
    """A service, line, platform or tool that helps a victim, with the ways to reach it.

    It is published only with a public source and the date someone last checked it, and it
    turns stale when that check is older than DIRECTORY_STALE_AFTER_DAYS. A change to its
    address or website clears that check (see changes.py).
    """

    REVIEW_SENSITIVE_FIELDS = ("address", "website")

    name = models.CharField(_("name"), max_length=200, help_text=_("The name people know."))
    slug = models.SlugField(
        _("address"),
        max_length=100,
        unique=True,
        help_text=_(
            "Latin letters, digits and hyphens; it becomes part of the page address. Other "
            "pages may link to it: do not change it once published."
        ),
    )
    kind = models.CharField(
        _("kind"),
        max_length=30,
        choices=Kind.choices,
        db_index=True,
        help_text=_("What sort of help it is. Emergency services are listed first."),
    )
    description = models.TextField(
        _("description"),
        blank=True,
        help_text=_("What it does for a victim, in one to three plain sentences."),
    )
    audiences = models.ManyToManyField(
        Audience,
        blank=True,
        related_name="organisations",
        verbose_name=_("who it serves"),
        help_text=_("Tick every group it is meant for; “Everyone” if it is open to all."),
    )
    regions = models.ManyToManyField(
        Region,
        blank=True,
        related_name="organisations",
        verbose_name=_("where"),
        help_text=_("The regions it covers, or nationwide, online, international."),
    )
    languages = models.ManyToManyField(
        Language,
        blank=True,
        related_name="organisations",
        verbose_name=_("languages served"),
        help_text=_("Only the languages a source confirms it answers in."),
    )
    is_free = models.BooleanField(
        _("free of charge"),
        null=True,
        blank=True,
        help_text=_("Leave unknown unless a source says so."),
    )
    is_anonymous = models.BooleanField(
        _("can be used anonymously"),
        null=True,
        blank=True,
        help_text=_("Yes only if a source says a person need not give their name."),
    )
    is_24_7 = models.BooleanField(
        _("open 24 hours a day, 7 days a week"),
        default=False,
        help_text=_("Tick only if a source confirms it."),
    )
    hours = models.CharField(
        _("opening hours"),
        max_length=200,
        blank=True,
        help_text=_("In words, for example “Monday to Friday, 10:00 to 16:00”."),
    )
    address = models.CharField(
        _("address"), max_length=300, blank=True, help_text=_("A street address, if any.")
    )
    website = WebAddressField(
        _("website"), blank=True, help_text=_("The official site, starting with https://.")
    )
    source_url = SourceAddressField(
        _("source address"),
        blank=True,
        help_text=_("A public page that confirms the numbers and links. Required to publish."),
    )
    verified_on = models.DateField(
        _("last verified on"),
        null=True,
        blank=True,
        help_text=_(
            "The day someone last checked the source and the numbers. Required to publish; "
            "shown to visitors as “last checked”."
        ),
    )
    verified_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="+",
        verbose_name=_("verified by"),
        help_text=_("Set by the “Verified today” action."),
    )
    editor_notes = models.TextField(
        _("editor notes"),
        blank=True,
        help_text=_("For editors only, never shown: what to check, other sources, doubts."),
    )

    objects = OrganisationQuerySet.as_manager()

    class Meta:
        ordering = ["name"]
        verbose_name = _("organisation")
        verbose_name_plural = _("organisations")
        permissions = [publish_permission("organisation")]

    def __str__(self):
        return self.name

    def save(self, *args, **kwargs):
        changed = changes.stored_changes(self)
        if changed:
            # Must be verified again, by someone checking the new value against its source.
            self.verified_on = self.verified_by = None
            if kwargs.get("update_fields") is not None:
                kwargs["update_fields"] = {*kwargs["update_fields"], "verified_on", "verified_by"}
        super().save(*args, **kwargs)
        changes.record(self.pk, changed, getattr(self, changes.AUTHOR_ATTRIBUTE, None))

    def get_absolute_url(self):
        return reverse("directory:detail", kwargs={"slug": self.slug})

    def clean(self):
        super().clean()
        check_sourced(self)

    @property
    def is_stale(self):
        return self.verified_on is None or self.verified_on < stale_cutoff()


class ContactPoint(contact_kinds.ContactValue, ReviewChild, models.Model):
    """One way to reach an organisation: a number, a WhatsApp, an address, a form or an app.

    Edited in its organisation's form, it is live when the organisation is (review_parent).
    A changed value on a published entry clears the entry's verification (changes.py).
    """

    review_parent_field = "organisation"
    REVIEW_SENSITIVE_FIELDS = ("value",)

    organisation = models.ForeignKey(
        Organisation,
        on_delete=models.CASCADE,
        related_name="contact_points",
        verbose_name=_("organisation"),
        help_text=_("Whom this contact reaches."),
    )
    kind = models.CharField(
        _("kind"),
        max_length=20,
        choices=ContactKind.choices,
        help_text=_("How people use it; numbers are checked against this."),
    )
    value = models.CharField(
        _("number or address"),
        max_length=300,
        help_text=_(
            "A phone or WhatsApp number as dialled in Morocco or with +212 (stored as "
            "+212…); a short number (19); an email address; or a web address (https://)."
        ),
    )
    label = models.CharField(
        _("label"),
        max_length=200,
        blank=True,
        help_text=_("What this contact is for, if the organisation has several."),
    )
    hours = models.CharField(
        _("hours"),
        max_length=200,
        blank=True,
        help_text=_("When this contact answers, if different from the organisation."),
    )
    order = models.PositiveSmallIntegerField(
        _("order"), default=0, help_text=_("Contacts are listed from the smallest number up.")
    )

    class Meta:
        ordering = ["order", "pk"]
        verbose_name = _("contact point")
        verbose_name_plural = _("contact points")
        permissions = [publish_permission("contactpoint")]

    def __str__(self):
        # Isolated left-to-right: inside Arabic text "+212…" would show as "212…+".
        return f"{self.get_kind_display()}: \u2066{self.value}\u2069"

    def save(self, *args, **kwargs):
        changed = changes.stored_changes(self, "organisation__status")
        super().save(*args, **kwargs)
        if changed:
            changes.record(
                self.organisation_id, changed, getattr(self, changes.AUTHOR_ATTRIBUTE, None), self
            )
            # The organisation this instance holds must not save the old check back.
            if ContactPoint.organisation.is_cached(self):
                self.organisation.verified_on = self.organisation.verified_by = None

    def get_absolute_url(self):
        return self.organisation.get_absolute_url()


class DirectorySettings(SingletonContent, models.Model):
    """Settings editors change without a developer: where "report a wrong number" mail goes.

    There is at most one row; the admin offers "add" only while there is none. Every entry
    page reads it, so it is always live.
    """

    editors_email = models.EmailField(
        _("editors' email address"),
        blank=True,
        help_text=_(
            "Visitors who find a wrong number write here (a mailto: link on every entry). "
            "Leave empty to hide the link."
        ),
    )

    class Meta:
        verbose_name = _("directory settings")
        verbose_name_plural = _("directory settings")
        permissions = [publish_permission("directorysettings")]

    def __str__(self):
        return str(_("Directory settings"))

    def get_absolute_url(self):
        return reverse("directory:list")
