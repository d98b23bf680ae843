"""Template helpers for content that may not be translated yet."""

from django import template
from django.conf import settings
from django.utils.html import format_html
from django.utils.translation import get_language_info

from .. import crisis
from ..helpers import falls_back

register = template.Library()


@register.filter
def mentions_self_harm(obj, fields="title,summary,body"):
    """True when the object's text speaks of suicide or self-harm: show the crisis box."""
    return crisis.mentions_self_harm(
        *(str(getattr(obj, name, "") or "") for name in fields.split(","))
    )


@register.simple_tag
def fallback_attrs(obj, field):
    """lang/dir of the Arabic original when `field` is shown untranslated, so that it
    displays and is read aloud as Arabic."""
    if falls_back(obj, field):
        code = settings.MODELTRANSLATION_DEFAULT_LANGUAGE
        direction = "rtl" if get_language_info(code)["bidi"] else "ltr"
        return format_html(' lang="{}" dir="{}"', code, direction)
    return ""


@register.filter
def untranslated(obj, fields="title,summary,body"):
    """True when any of `fields` is shown in Arabic because it is not translated yet."""
    return any(falls_back(obj, field.strip()) for field in fields.split(","))
