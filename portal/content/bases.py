"""Abstract bases for field groups several content models share: a checked source, and an
image with its size and its required description."""

from django.conf import settings
from django.db import models
from django.utils.translation import gettext_lazy as _

from .images import CleanImageField
from .models import cover_upload_to
from .web_address import SourceAddressField


class Sourced(models.Model):
    """A public source for what a page says, and when someone last checked it, so that
    editors can see what to check again."""

    source_url = SourceAddressField(
        _("source address"),
        blank=True,
        help_text=_("A public page that confirms what is written here."),
    )
    source_checked_on = models.DateField(
        _("source checked on"),
        null=True,
        blank=True,
        help_text=_("When someone last checked the source says what this page says."),
    )

    class Meta:
        abstract = True


def require_description(obj, image_field, alt_field, message):
    """An image needs a description in Arabic, the original (other languages fall back to
    it): the errors dict for `clean()`, empty when all is well."""
    arabic_alt = f"{alt_field}_{settings.MODELTRANSLATION_DEFAULT_LANGUAGE}"
    if getattr(obj, image_field) and not getattr(obj, arabic_alt):
        return {arabic_alt: message}
    return {}


def described_image(
    name,
    label,
    help_text,
    alt_label,
    alt_help,
    upload_to=cover_upload_to,
    missing=None,
):
    """An abstract base with an uploaded image `name`, its size, and its translated
    description `<name>_alt`: what a screen reader says, so it is required with an image (in
    Arabic, the original language; `image_errors()` for each model's clean())."""

    def image_errors(self):
        message = missing or _("Describe the image for people who cannot see it.")
        return require_description(self, name, f"{name}_alt", message)

    fields = {
        name: CleanImageField(
            label,
            upload_to=upload_to,
            blank=True,
            width_field=f"{name}_width",
            height_field=f"{name}_height",
            help_text=help_text,
        ),
        f"{name}_width": models.PositiveIntegerField(null=True, blank=True, editable=False),
        f"{name}_height": models.PositiveIntegerField(null=True, blank=True, editable=False),
        f"{name}_alt": models.CharField(alt_label, max_length=250, blank=True, help_text=alt_help),
    }
    meta = type("Meta", (), {"abstract": True})
    attrs = {"__module__": __name__, "Meta": meta, "image_errors": image_errors, **fields}
    return type(f"Described{name.title()}", (models.Model,), attrs)


# Articles and pages: a cover image, each kind of content in its own folder.
CoverImage = described_image(
    "cover",
    _("cover image"),
    _("Optional. A JPEG, PNG or WebP photo; location data is removed."),
    _("cover image description"),
    _("What the image shows, for people who cannot see it. Required with an image."),
)
