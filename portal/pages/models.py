"""Pages that editors write and place in the navigation, instead of pages in code."""

from django.core.exceptions import ValidationError
from django.db import models
from django.utils.translation import gettext_lazy as _

from portal.content.bases import CoverImage
from portal.content.models import AutoSlug, HTMLField, Publishable
from portal.core.addresses import cached_reverse


class Page(Publishable, AutoSlug, CoverImage):
    """A standing page of the portal (about, privacy, accessibility, contact...), placed in
    the main menu, the footer, or only linked from other pages."""

    class Menu(models.TextChoices):
        MAIN = "main", _("Main navigation")
        FOOTER = "footer", _("Footer")
        NONE = "none", _("Not in a menu")

    title = models.CharField(_("title"), max_length=200, help_text=_("The page's heading."))
    summary = models.TextField(
        _("summary"),
        blank=True,
        help_text=_("One or two sentences, shown to search engines and in link previews."),
    )
    body = HTMLField(_("body"), help_text=_("The text of the page."))
    parent = models.ForeignKey(
        "self",
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="children",
        verbose_name=_("parent page"),
        help_text=_("A page this one belongs under; its sub-pages are listed on it."),
    )
    menu = models.CharField(
        _("menu"),
        max_length=10,
        choices=Menu.choices,
        default=Menu.NONE,
        help_text=_("Where a link to the page appears on every page, once it is published."),
    )
    order = models.PositiveSmallIntegerField(
        _("order"), default=0, help_text=_("Menu entries go from the smallest number up.")
    )

    class Meta:
        ordering = ["menu", "order", "title"]
        verbose_name = _("page")
        verbose_name_plural = _("pages")
        permissions = [("publish_page", _("Can publish and archive pages"))]

    def __str__(self):
        return self.title

    def get_absolute_url(self):
        return self.url_for(self.slug)

    @staticmethod
    def url_for(slug):
        """A page's address from its slug alone: the menus read slugs, not model rows."""
        return cached_reverse("pages:detail", kwargs={"slug": slug})

    def clean(self):
        errors = self.image_errors()
        self.fill_slug()
        if not self.slug:
            errors["slug"] = _(
                "Type an address in Latin letters, or give the page a French or English title."
            )
        if self.parent_id and self.parent_id == self.pk:
            errors["parent"] = _("A page cannot be its own parent.")
        if errors:
            raise ValidationError(errors)
