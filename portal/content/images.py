"""Uploaded images: only real JPEG, PNG or WebP under a size and a pixel limit, stripped of
their location, camera and comment metadata, and served in a few widths so that phones never
download a large original."""

import io
import warnings
from pathlib import PurePosixPath

from django.conf import settings
from django.core.exceptions import ValidationError
from django.core.files.base import ContentFile
from django.db import models
from django.db.models.fields.files import FieldFile
from django.utils.translation import gettext_lazy as _
from PIL import Image, ImageOps, UnidentifiedImageError

ALLOWED_FORMATS = {"JPEG": "jpg", "PNG": "png", "WEBP": "webp"}
RENDITION_WIDTHS = (320, 640, 1024)


def max_bytes():
    return settings.MAX_IMAGE_UPLOAD_MB * 1024 * 1024


def max_pixels():
    return settings.MAX_IMAGE_MEGAPIXELS * 1_000_000


def too_many_pixels(width, height):
    return ValidationError(
        _(
            "This image is too large: %(width)s × %(height)s pixels. The limit is %(limit)s "  # noqa: RUF001
            "megapixels; make it smaller and upload it again."
        ),
        code="too_many_pixels",
        params={"width": width, "height": height, "limit": settings.MAX_IMAGE_MEGAPIXELS},
    )


def validate_image(upload):
    """Refuse anything that is not really a JPEG, PNG or WebP, whatever its name says, and
    anything with more pixels than MAX_IMAGE_MEGAPIXELS, before its pixels are decoded."""
    if isinstance(upload, FieldFile) and upload._committed:
        # Already stored, so already checked when it was uploaded. Saving the object again
        # (a correction, a bulk publish, a restored revision) must not reopen the file: the
        # handle Django kept may be closed ("seek of closed file").
        return
    if upload.size > max_bytes():
        raise ValidationError(
            _("This image is too large (%(size)s MB). The limit is %(limit)s MB."),
            code="too_large",
            params={
                "size": round(upload.size / 1024 / 1024, 1),
                "limit": settings.MAX_IMAGE_UPLOAD_MB,
            },
        )
    try:
        upload.seek(0)
        with warnings.catch_warnings():
            # Our own limit, checked below, is lower than Pillow's warning threshold.
            warnings.simplefilter("ignore", Image.DecompressionBombWarning)
            with Image.open(upload) as image:  # reads the header only
                image_format = image.format
                width, height = image.size
                if width * height > max_pixels():
                    raise too_many_pixels(width, height)
                image.verify()
    except Image.DecompressionBombError as error:
        # Pillow's own ceiling (twice its MAX_IMAGE_PIXELS), in case ours is set higher.
        raise too_many_pixels("?", "?") from error
    except (UnidentifiedImageError, OSError, SyntaxError, ValueError) as error:
        raise ValidationError(
            _("This file is not an image we can use. Upload a JPEG, PNG or WebP photo."),
            code="not_an_image",
        ) from error
    finally:
        upload.seek(0)
    if image_format not in ALLOWED_FORMATS:
        raise ValidationError(_("Only JPEG, PNG and WebP images are accepted."), code="bad_format")


def strip_metadata(upload):
    """A copy of the image with its pixels only: no EXIF (GPS position, camera, date), no
    XMP, no comments (JPEG COM segments, PNG text). The orientation is applied first so the
    photo stays upright; the colour profile is kept so that colours stay right."""
    upload.seek(0)
    with Image.open(upload) as image:
        image_format = image.format
        clean = ImageOps.exif_transpose(image)
        if image_format == "JPEG" and clean.mode not in ("RGB", "L"):
            clean = clean.convert("RGB")
        if clean is image:
            clean = image.copy()
        # Pillow writes back what `info` holds (since 9.4 the JPEG comment too).
        icc_profile = image.info.get("icc_profile")
        clean.info = {"icc_profile": icc_profile} if icc_profile else {}
        buffer = io.BytesIO()
        options = {"quality": 85} if image_format in ("JPEG", "WEBP") else {}
        clean.save(buffer, format=image_format, **options)
    name = PurePosixPath(upload.name).stem + "." + ALLOWED_FORMATS[image_format]
    return ContentFile(buffer.getvalue(), name=name)


def rendition_name(name, width):
    path = PurePosixPath(name)
    return str(PurePosixPath("renditions") / path.parent / f"{path.stem}-{width}.webp")


def make_renditions(field_file):
    """WebP copies at the widths in RENDITION_WIDTHS that are smaller than the original."""
    storage = field_file.storage
    field_file.open("rb")
    try:
        with Image.open(field_file) as image:
            image.load()
            for width in RENDITION_WIDTHS:
                if width >= image.width:
                    continue
                height = round(image.height * width / image.width)
                copy = image.copy()
                copy.thumbnail((width, height))
                buffer = io.BytesIO()
                copy.save(buffer, format="WEBP", quality=80)
                target = rendition_name(field_file.name, width)
                if storage.exists(target):
                    storage.delete(target)
                storage.save(target, ContentFile(buffer.getvalue()))
    finally:
        field_file.close()


def renditions(field_file):
    """[(url, width, height)] of the sized copies that exist, smallest first."""
    if not field_file or not field_file.width:
        return []
    found = []
    for width in RENDITION_WIDTHS:
        if width >= field_file.width:
            continue
        name = rendition_name(field_file.name, width)
        height = round(field_file.height * width / field_file.width)
        found.append((field_file.storage.url(name), width, height))
    return found


class CleanImageField(models.ImageField):
    """An image field that checks the file, strips metadata and makes sized copies."""

    def __init__(self, *args, **kwargs):
        kwargs.setdefault("validators", [validate_image])
        super().__init__(*args, **kwargs)

    def pre_save(self, model_instance, add):
        file = getattr(model_instance, self.attname)
        if file and not file._committed:
            file.file = strip_metadata(file.file)
            file.name = file.file.name
            file = super().pre_save(model_instance, add)
            make_renditions(file)
            return file
        return super().pre_save(model_instance, add)
