"""Which way each admin field is typed, whatever the language of the admin.

An Arabic title is typed right to left and a French or English one left to right, even by an
editor whose admin is in French; slugs, web and email addresses and phone numbers are always
left to right (a "+212 5..." typed in an right-to-left box comes out as "5... 212+"). The
direction and the language go on the widget (`dir`, `lang`): browsers then also pick the
right spell checker and keyboard, and static/css/admin-editors.css aligns the text to the
start of its own direction.
"""

from django import forms
from django.conf import settings
from django.db import models
from django.utils.translation import get_language_info

ALWAYS_LTR = (models.SlugField, models.URLField, models.EmailField)
TEXT_WIDGETS = (forms.TextInput, forms.URLInput, forms.EmailInput, forms.Textarea)


def field_direction(db_field, ltr_fields=()):
    """("ltr" or "rtl", language code or None) for a model field, or None to leave it be."""
    if isinstance(db_field, ALWAYS_LTR) or db_field.name in ltr_fields:
        return "ltr", None
    language = getattr(db_field, "language", None)  # modeltranslation's `title_fr` etc.
    if language in dict(settings.LANGUAGES):
        return ("rtl" if get_language_info(language)["bidi"] else "ltr"), language
    return None


class FieldDirectionMixin:
    """For every ModelAdmin and inline: sets `dir` (and `lang`) on text fields.

    `ltr_fields` names further fields that are always typed left to right (phone numbers)."""

    ltr_fields = ()

    def formfield_for_dbfield(self, db_field, request, **kwargs):
        formfield = super().formfield_for_dbfield(db_field, request, **kwargs)
        direction = field_direction(db_field, self.ltr_fields)
        widget = getattr(formfield, "widget", None)
        if direction and isinstance(widget, TEXT_WIDGETS):
            widget.attrs["dir"], language = direction
            if language:
                widget.attrs["lang"] = language
        return formfield
