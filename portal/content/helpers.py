"""Helpers the content apps share for their public views: find a published object or the
new address of a renamed one, and tell which languages of an object are written."""

from django.conf import settings
from django.http import Http404, HttpResponsePermanentRedirect
from django.utils.translation import get_language
from modeltranslation.translator import NotRegistered, translator

from .models import SlugRedirect


def published_or_redirect(queryset, slug):
    """The published object at `slug`, or a 301 to where a renamed one lives now.

    `queryset` says what visitors may see (published(), or the directory's public()): an
    old address only ever leads to something in it."""
    obj = queryset.filter(slug=slug).first()
    if obj is not None:
        return obj, None
    moved = SlugRedirect.find(queryset, slug)
    if moved is None:
        raise Http404
    return None, HttpResponsePermanentRedirect(moved.get_absolute_url())


def translated_fields(model):
    try:
        return list(translator.get_options_for_model(model).fields)
    except NotRegistered:
        return []


def complete_languages(obj):
    """{code: bool}: a language is complete when every field written in Arabic (the
    original) is also written in it."""
    default = settings.MODELTRANSLATION_DEFAULT_LANGUAGE
    fields = [f for f in translated_fields(type(obj)) if getattr(obj, f"{f}_{default}", "")]
    return {
        code: all(getattr(obj, f"{field}_{code}", "") for field in fields)
        for code, _name in settings.LANGUAGES
    }


def falls_back(obj, field):
    """True when the visitor's language has no text for `field` and Arabic is shown."""
    code = get_language() or settings.LANGUAGE_CODE
    default = settings.MODELTRANSLATION_DEFAULT_LANGUAGE
    if code == default or field not in translated_fields(type(obj)):
        return False
    return not getattr(obj, f"{field}_{code}", "") and bool(getattr(obj, f"{field}_{default}", ""))
