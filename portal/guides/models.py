"""Guides for victims and the people around them, the FAQ, the texts the triage plan is
built from, and the quick exit's target: the pages the portal exists for, which editors
keep right in the admin, in the three languages."""

from django.core.exceptions import ValidationError
from django.db import models
from django.urls import reverse
from django.utils.translation import gettext_lazy as _

from portal.content.choices import GUIDE_AUDIENCES, Audience
from portal.content.models import (
    HTMLField,
    Publishable,
    ReviewChild,
    SingletonContent,
    publish_permission,
)
from portal.content.web_address import WebAddressField
from portal.core.addresses import cached_reverse

from . import rules
from .link_target import LinkTarget
from .rules import DEFAULT_EXIT_URL


class Guide(Publishable):
    """A step-by-step guide for one audience: what to do, in order."""

    title = models.CharField(_("title"), max_length=200, help_text=_("The guide's name."))
    slug = models.SlugField(
        _("address"),
        max_length=100,
        unique=True,
        validators=[rules.validate_not_reserved],
        help_text=_("Latin letters, digits and hyphens; it becomes part of the page address."),
    )
    audience = models.CharField(
        _("audience"),
        max_length=16,
        choices=GUIDE_AUDIENCES,
        default=Audience.EVERYONE,
        help_text=_("Who the guide is written for; shown on the guide list."),
    )
    summary = models.TextField(
        _("summary"), help_text=_("One or two sentences, shown on the guide list.")
    )
    intro = HTMLField(
        _("introduction"),
        blank=True,
        help_text=_("A short text before the steps. On the urgent guide it comes after them."),
    )
    order = models.PositiveSmallIntegerField(
        _("order"), default=100, help_text=_("Guides are listed from the smallest number up.")
    )
    is_urgent = models.BooleanField(
        _("urgent guide"),
        default=False,
        help_text=_(
            "The guide for someone being blackmailed now: the header button leads to it, at "
            "the address help/now/. Tick it on one guide only."
        ),
    )
    needs_legal_check = models.BooleanField(
        _("needs a legal check"),
        default=False,
        help_text=_(
            "Tick while a lawyer or official text has not confirmed the summary; visitors "
            "then see a notice that the page is being checked."
        ),
    )

    # All a guide card shows (the home; each translated name brings its three languages): a
    # narrower SELECT compiles and loads faster than the whole row.
    CARD_FIELDS = ("slug", "is_urgent", "title", "summary")
    # What a link to the guide never shows: left unloaded there.
    INTRO_FIELDS = ("intro", "intro_ar", "intro_fr", "intro_en")
    SUMMARY_FIELDS = ("summary", "summary_ar", "summary_fr", "summary_en")

    class Meta:
        ordering = ["order", "pk"]
        verbose_name = _("guide")
        verbose_name_plural = _("guides")
        permissions = [publish_permission("guide")]

    def __str__(self):
        return self.title

    def clean(self):
        if self.slug == rules.URGENT_SLUG and not self.is_urgent:
            raise ValidationError(
                {"slug": _("Only the urgent guide may have this address; choose another.")}
            )
        if self.is_urgent and Guide.objects.filter(is_urgent=True).exclude(pk=self.pk).exists():
            raise ValidationError(
                {"is_urgent": _("Another guide is already the urgent guide; untick it first.")}
            )

    def get_absolute_url(self):
        if self.is_urgent:
            return cached_reverse("guides:urgent")
        return cached_reverse("guides:guide_detail", kwargs={"slug": self.slug})


class Step(ReviewChild, models.Model):
    """One step of a guide. Editors reorder steps by changing their numbers.

    It has no status: it is live when its guide is (review_parent() is the guide)."""

    review_parent_field = "guide"

    guide = models.ForeignKey(
        Guide,
        on_delete=models.CASCADE,
        related_name="steps",
        verbose_name=_("guide"),
        help_text=_("The guide this step belongs to."),
    )
    key = models.SlugField(
        _("key"),
        max_length=50,
        blank=True,
        help_text=_("A short name for the step, used to update it from the launch content."),
    )
    order = models.PositiveSmallIntegerField(
        _("order"), default=0, help_text=_("Steps are shown from the smallest number up.")
    )
    title = models.CharField(_("title"), max_length=250, help_text=_("What to do, in a line."))
    body = HTMLField(_("body"), blank=True, help_text=_("How to do it, in a few sentences."))
    needs_check = rules.needs_check_field()

    class Meta:
        ordering = ["guide", "order", "pk"]
        verbose_name = _("step")
        verbose_name_plural = _("steps")
        permissions = [publish_permission("step")]

    def __str__(self):
        return self.title

    def get_absolute_url(self):
        return f"{self.guide.get_absolute_url()}#step-{self.pk}"


class StepLink(LinkTarget, ReviewChild, models.Model):
    """A link under a step: to another guide, to a directory entry, or to an outside page.

    The directory is another app; we only know its entries' addresses by slug, so a link to
    one keeps a sourced outside address to fall back on while that app is not installed.
    It is live when its step is (review_parent() is the step); a changed address needs a
    second person, like a directory number (REVIEW_SENSITIVE_FIELDS).
    """

    review_parent_field = "step"
    REVIEW_SENSITIVE_FIELDS = ("url",)

    step = models.ForeignKey(
        Step,
        on_delete=models.CASCADE,
        related_name="links",
        verbose_name=_("step"),
        help_text=_("The step the link is shown under."),
    )
    order = models.PositiveSmallIntegerField(
        _("order"), default=0, help_text=_("Links are shown from the smallest number up.")
    )
    guide = models.ForeignKey(
        Guide,
        on_delete=models.CASCADE,
        null=True,
        blank=True,
        related_name="linked_from",
        verbose_name=_("guide"),
        help_text=_("Link to this guide. Leave empty for a directory entry or an address."),
    )
    directory_slug = models.SlugField(
        _("directory entry"),
        max_length=100,
        blank=True,
        help_text=_("The address name of an organisation in the directory, e.g. e-blagh."),
    )
    url = WebAddressField(
        _("address"),
        blank=True,
        help_text=_(
            "An outside page; for a directory entry, the page shown if the directory is "
            "not available."
        ),
    )
    label = models.CharField(
        _("label"),
        max_length=200,
        blank=True,
        help_text=_("The link text. Leave empty on a guide link to use the guide's title."),
    )
    source_checked_on = models.DateField(
        _("source checked on"),
        null=True,
        blank=True,
        help_text=_("When someone last checked that the address works and says what we say."),
    )

    class Meta:
        ordering = ["step", "order", "pk"]
        verbose_name = _("step link")
        verbose_name_plural = _("step links")
        permissions = [publish_permission("steplink")]

    def __str__(self):
        return self.text or self.href

    def get_absolute_url(self):
        return self.href


class FAQEntry(Publishable):
    """A question people ask, answered in a few sentences."""

    question = models.CharField(
        _("question"), max_length=300, help_text=_("As a visitor would ask it.")
    )
    answer = HTMLField(_("answer"), help_text=_("A short, plain answer."))
    topic = models.CharField(
        _("topic"),
        max_length=100,
        blank=True,
        help_text=_("Questions with the same topic are shown together under it."),
    )
    order = models.PositiveSmallIntegerField(
        _("order"), default=100, help_text=_("Questions are listed from the smallest number up.")
    )
    needs_check = rules.needs_check_field()

    class Meta:
        ordering = ["order", "pk"]
        verbose_name = _("question and answer")
        verbose_name_plural = _("questions and answers")
        permissions = [publish_permission("faqentry")]

    def __str__(self):
        return self.question

    def get_absolute_url(self):
        return f"{reverse('guides:faq')}#faq-{self.pk}"


class PlanStep(Publishable):
    """A text the triage assembles into a plan; which ones a plan shows is decided in code
    (triage.py) from the visitor's answers, by key. Only published texts reach a plan."""

    key = models.SlugField(
        _("key"),
        max_length=50,
        unique=True,
        help_text=_("The name the triage uses for this text. Do not change it."),
    )
    title = models.CharField(_("title"), max_length=250, help_text=_("What to do, in a line."))
    body = HTMLField(_("body"), blank=True, help_text=_("How to do it, in a few sentences."))

    class Meta:
        ordering = ["key"]
        verbose_name = _("plan step")
        verbose_name_plural = _("plan steps")
        permissions = [publish_permission("planstep")]

    def __str__(self):
        return self.title

    def get_absolute_url(self):
        return reverse("guides:plan")


class QuickExitSettings(SingletonContent, models.Model):
    """Where the quick-exit button sends a visitor. One row; editors change it in the admin.

    Every page links to it, so it is always live and every change to it is reviewed."""

    exit_url = WebAddressField(
        _("exit address"),
        default=DEFAULT_EXIT_URL,
        help_text=_(
            "A neutral, widely used site (weather, news) that is harmless to be seen on a "
            "screen. The quick-exit button opens it in place of the portal."
        ),
    )

    class Meta:
        verbose_name = _("quick exit")
        verbose_name_plural = _("quick exit")
        permissions = [publish_permission("quickexitsettings")]

    def __str__(self):
        return str(_("Quick exit"))

    def get_absolute_url(self):
        return self.exit_url
