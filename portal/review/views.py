"""What the review page shows: each changed field of the object and its inlines, as a word
diff against the live version."""

from django.apps import apps
from django.conf import settings
from django.db import models, transaction
from django.utils import timezone
from django.utils.dateparse import parse_date, parse_datetime
from django.utils.formats import date_format
from django.utils.translation import gettext as _

from .diff import diff_words
from .payload import apply, changes, collect, index

LANGUAGE_CODES = {code for code, _label in settings.LANGUAGES}


def display(model, name, value):
    field = model._meta.get_field(name)
    if value in (None, ""):
        return ""
    if field.is_relation:
        related = field.related_model._default_manager
        pks = value if isinstance(value, list) else [value]
        return ", ".join(str(obj) for obj in related.filter(pk__in=pks)) or str(value)
    if field.choices:
        return str(dict(field.flatchoices).get(value, value))
    # Serialised dates are ISO; editors read them as the admin writes them (29 نونبر 2026).
    if isinstance(field, models.DateTimeField) and (moment := parse_datetime(str(value))):
        return date_format(timezone.localtime(moment), "DATETIME_FORMAT")
    if isinstance(field, models.DateField) and (day := parse_date(str(value))):
        return date_format(day, "DATE_FORMAT")
    return str(value)


class _Undo(Exception):
    pass


def after_approval(change):
    """The object and its inlines as approving would leave them (applied, read, undone)."""
    result = []
    try:
        with transaction.atomic():
            result = collect(apply(change.payload, fresh_keys=False))
            raise _Undo
    except _Undo:
        pass
    return result


def diff_rows(change):
    """[{object, field, language, diff}] for everything that differs from the live version."""
    live_obj = change.live_object()
    live = collect(live_obj) if live_obj is not None else []
    proposed = after_approval(change) if live_obj is not None else change.payload["objects"]
    before, after = index(live), index(proposed)
    rows = []
    for model_label, pk, name, old, new in changes(live, proposed):
        model = apps.get_model(model_label)
        key = (model_label, str(pk))
        if key not in before:
            where = _("%(model)s (added)") % {"model": model._meta.verbose_name}
        elif key not in after:
            where = _("%(model)s (removed)") % {"model": model._meta.verbose_name}
        else:
            target = model._default_manager.filter(pk=pk).first()
            where = f"{model._meta.verbose_name}: {target}"
        language = name.rsplit("_", 1)[-1] if "_" in name else None
        language = language if language in LANGUAGE_CODES else None
        field = model._meta.get_field(name)
        rows.append(
            {
                "object": where,
                "field": field.verbose_name,
                "language": language,
                "diff": diff_words(display(model, name, old), display(model, name, new), language),
            }
        )
    return rows
