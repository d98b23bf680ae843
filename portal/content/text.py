"""Text that cannot break a page: characters that XML and HTML cannot carry are removed from
every text field of the portal's models when it is saved.

A single vertical tab pasted from a word processor into an article's summary made the Atom
feed answer 500 (XML 1.0 forbids it), and HTML parsers treat these characters as errors. The
cleaning is a pre_save receiver (connected in ContentConfig.ready) rather than form code, so the
admin, CSV import, seed and shell are all covered. QuerySet.update() and bulk_create() send no
signal: code using them must pass clean values (none of ours writes text that way).
"""

import re

from django.db import models

# C0 controls except tab, line feed and carriage return; DEL and the C1 controls; the
# noncharacters U+FFFE and U+FFFF; lone surrogate halves (which no encoder can write).
FORBIDDEN = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f\ufffe\uffff\ud800-\udfff]")


def strip_control_characters(value):
    """`value` without the characters XML and HTML cannot carry; anything else unchanged."""
    if isinstance(value, str) and FORBIDDEN.search(value):
        return FORBIDDEN.sub("", value)
    return value


def text_fields(model):
    # Cached per model: the list of fields never changes once apps are loaded.
    cached = model.__dict__.get("_portal_text_fields")
    if cached is None:
        cached = [
            field.attname
            for field in model._meta.concrete_fields
            if isinstance(field, (models.CharField, models.TextField))
        ]
        model._portal_text_fields = cached
    return cached


def is_portal_model(model):
    return model.__module__.startswith("portal.")


def clean_text_fields(sender, instance, **kwargs):
    """pre_save receiver. Every language column of a translated field is a field of its own
    (title_ar, title_fr...), so each is cleaned. Values are read and written through
    __dict__: on a translated field, setattr would go through modeltranslation's descriptor
    and copy the fallback text into the active language's column."""
    if not is_portal_model(sender):
        return
    for attname in text_fields(sender):
        value = instance.__dict__.get(attname)
        cleaned = strip_control_characters(value)
        if cleaned is not value:
            instance.__dict__[attname] = cleaned
