"""The study day held by the DGSN, the people who spoke there, and articles about it."""

from django.core.exceptions import ValidationError
from django.db import models
from django.urls import reverse
from django.utils.translation import gettext_lazy as _

from portal.content.bases import CoverImage, Sourced, described_image
from portal.content.models import (
    AutoSlug,
    HTMLField,
    Publishable,
    ReviewChild,
    publish_permission,
)
from portal.content.web_address import SourceAddressField


class Topic(Publishable):
    """A subject editors file articles under, so readers can follow one theme.

    Its name is shown on every article filed under it, so it is published like them."""

    name = models.CharField(_("name"), max_length=100, help_text=_("The topic as readers see it."))
    slug = models.SlugField(
        _("address"),
        max_length=100,
        unique=True,
        help_text=_("Latin letters, digits and hyphens, the same in every language."),
    )
    description = models.TextField(
        _("description"), blank=True, help_text=_("One sentence shown above the list.")
    )

    class Meta:
        ordering = ["name"]
        verbose_name = _("topic")
        verbose_name_plural = _("topics")
        permissions = [publish_permission("topic")]

    def __str__(self):
        return self.name

    def get_absolute_url(self):
        return reverse("seminars:topic", kwargs={"slug": self.slug})


class Event(Publishable, AutoSlug, Sourced):
    """A seminar or study day. The portal grew out of one, and will report on others."""

    title = models.CharField(_("title"), max_length=200, help_text=_("The event's name."))
    date = models.DateField(_("date"), help_text=_("The day the event took place."))
    venue = models.CharField(_("venue"), max_length=200, help_text=_("Where it took place."))
    city = models.CharField(_("city"), max_length=100, help_text=_("The city of the venue."))
    organiser = models.CharField(
        _("organiser"), max_length=200, help_text=_("Who organised the event.")
    )
    summary = models.TextField(
        _("summary"), help_text=_("One or two sentences, shown in lists and previews.")
    )
    body = HTMLField(_("body"), blank=True, help_text=_("The full account of the event."))

    # All the home's card shows (each translated name brings its three languages): a
    # narrower SELECT compiles and loads faster than the whole row.
    CARD_FIELDS = ("slug", "title", "date", "venue", "city", "summary")

    class Meta:
        ordering = ["-date"]
        verbose_name = _("event")
        verbose_name_plural = _("events")
        permissions = [("publish_event", _("Can publish and archive events"))]

    def __str__(self):
        return self.title

    def get_absolute_url(self):
        return reverse("seminars:event_detail", kwargs={"slug": self.slug})

    def clean(self):
        require_slug(self)


class Speaker(
    Publishable,
    Sourced,
    described_image(
        "photo",
        _("photo"),
        _("Optional, and only with the person's consent. JPEG, PNG or WebP."),
        _("photo description"),
        _("What the photo shows, for people who cannot see it. Required with a photo."),
        upload_to="speakers/",
        missing=_("Describe the photo for people who cannot see it."),
    ),
):
    """A person who spoke at an event, named as the public reports name them.

    A name and a photo of a real person are published only once a Publisher approves."""

    name = models.CharField(_("name"), max_length=200, help_text=_("Full name."))
    role = models.CharField(
        _("role"), max_length=200, blank=True, help_text=_("Their position or title.")
    )
    organisation = models.CharField(
        _("organisation"), max_length=200, blank=True, help_text=_("Who they work for.")
    )

    class Meta:
        ordering = ["name"]
        verbose_name = _("speaker")
        verbose_name_plural = _("speakers")
        permissions = [publish_permission("speaker")]

    def __str__(self):
        return self.name

    def get_absolute_url(self):
        talk = self.talks.select_related("event").first()
        return talk.event.get_absolute_url() if talk else ""

    def clean(self):
        errors = self.image_errors()
        if errors:
            raise ValidationError(errors)


class Talk(ReviewChild, models.Model):
    """What one speaker said at one event, in the order of the programme.

    Edited in its event's form, it follows the event's workflow (see review_parent)."""

    review_parent_field = "event"

    event = models.ForeignKey(
        Event,
        on_delete=models.CASCADE,
        related_name="talks",
        verbose_name=_("event"),
        help_text=_("The event where the talk was given."),
    )
    speaker = models.ForeignKey(
        Speaker,
        on_delete=models.PROTECT,
        related_name="talks",
        verbose_name=_("speaker"),
        help_text=_("Who gave the talk."),
    )
    order = models.PositiveSmallIntegerField(
        _("order"), default=0, help_text=_("Talks are listed from the smallest number up.")
    )
    title = models.CharField(_("title"), max_length=250, help_text=_("The talk's subject."))
    summary = models.TextField(
        _("summary"), blank=True, help_text=_("What the speaker said, in a few sentences.")
    )

    class Meta:
        ordering = ["event", "order"]
        verbose_name = _("talk")
        verbose_name_plural = _("talks")
        permissions = [publish_permission("talk")]

    def __str__(self):
        return self.title

    def get_absolute_url(self):
        return self.event.get_absolute_url()


class Article(Publishable, AutoSlug, CoverImage):
    """News and reports published on the portal, starting with the study day's report."""

    title = models.CharField(_("title"), max_length=250, help_text=_("The headline."))
    summary = models.TextField(
        _("summary"), help_text=_("One or two sentences, shown in lists and previews.")
    )
    body = HTMLField(_("body"), help_text=_("The text of the article."))
    published_on = models.DateField(
        _("publication date"), help_text=_("The date shown to readers.")
    )
    source_name = models.CharField(
        _("source name"),
        max_length=200,
        blank=True,
        help_text=_("Who first published the text, for attribution."),
    )
    source_url = SourceAddressField(
        _("source address"),
        blank=True,
        help_text=_("The address of the original text."),
    )
    event = models.ForeignKey(
        Event,
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="articles",
        verbose_name=_("event"),
        help_text=_("The event the article reports on, if any."),
    )

    topics = models.ManyToManyField(
        Topic,
        blank=True,
        related_name="articles",
        verbose_name=_("topics"),
        help_text=_("Readers can list the articles of each topic."),
    )

    # What a list never shows (the news list): left unloaded there.
    BODY_FIELDS = ("body", "body_ar", "body_fr", "body_en")
    # All an article card shows (each translated name brings its three languages): a
    # narrower SELECT compiles and loads faster than the whole row (the home).
    CARD_FIELDS = ("slug", "published_on", "title", "summary")

    class Meta:
        ordering = ["-published_on", "-pk"]
        # Lists read the newest published first: the database walks this index and stops after a
        # page, instead of sorting every article.
        indexes = [
            models.Index(fields=["status", "-published_on", "-id"], name="article_newest_first")
        ]
        verbose_name = _("article")
        verbose_name_plural = _("articles")
        permissions = [("publish_article", _("Can publish and archive articles"))]

    def clean(self):
        require_slug(self, self.image_errors())

    def __str__(self):
        return self.title

    def get_absolute_url(self):
        return reverse("seminars:article_detail", kwargs={"slug": self.slug})


def require_slug(obj, errors=None):
    """A slug comes from the French or English title if the editor typed none (Arabic does
    not make an ASCII address); raise it with the other `errors` of clean()."""
    errors = dict(errors or {})
    obj.fill_slug()
    if not obj.slug:
        errors["slug"] = _("Type an address in Latin letters, or give a French or English title.")
    if errors:
        raise ValidationError(errors)
