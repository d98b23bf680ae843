"""The object and its inline objects as data: taken from the database, compared, and
written back. The inlines followed are the admin's `inlines`, through their foreign key:
the same set django-reversion follows for that admin."""

import json

from django.apps import apps
from django.contrib import admin
from django.core import serializers
from django.forms.models import _get_foreign_key
from modeltranslation.translator import NotRegistered, translator

# Never compared or shown: the database and the save fill them.
SKIPPED_FIELDS = {"created_at", "updated_at"}
# A model lists here the fields a person acts on directly (a number dialled, an address
# visited): changing one needs a second person's check. See README.md, "Review".
SENSITIVE_ATTRIBUTE = "REVIEW_SENSITIVE_FIELDS"


def label(model):
    return model._meta.label_lower


def sensitive_fields(model):
    """The stored columns behind REVIEW_SENSITIVE_FIELDS: a translated field (`address`)
    stands for its language columns (`address_ar`, `address_fr`, `address_en`)."""
    try:
        translated = translator.get_options_for_model(model).all_fields
    except NotRegistered:
        translated = {}
    columns = []
    for name in getattr(model, SENSITIVE_ATTRIBUTE, ()):
        if name in translated:
            columns += sorted(field.name for field in translated[name])
        else:
            columns.append(name)
    return tuple(columns)


def model_admin(model):
    try:
        return admin.site.get_model_admin(model)
    except admin.sites.NotRegistered:
        return None


def inline_relations(model):
    """(inline model, name of its foreign key to `model`) for each inline of its admin."""
    model_admin_ = model_admin(model)
    relations = []
    for inline in getattr(model_admin_, "inlines", ()):
        fk = _get_foreign_key(model, inline.model, fk_name=getattr(inline, "fk_name", None))
        relations.append((inline.model, fk.name))
    return relations


def field_names(model):
    """Every stored field except the untranslated originals of modeltranslation: those are
    read through the active language, and writing one would fill the wrong language."""
    try:
        originals = set(translator.get_options_for_model(model).all_fields)
    except NotRegistered:
        originals = set()
    names = [f.name for f in model._meta.concrete_fields if not f.primary_key]
    names += [f.name for f in model._meta.many_to_many]
    return [name for name in names if name not in originals]


def serialise(objects):
    result = []
    for obj in objects:
        text = serializers.serialize("json", [obj], fields=field_names(type(obj)))
        result.extend(json.loads(text))
    return result


def collect(obj):
    """The object, then its inline objects, as they are in the database now."""
    objects = [obj]
    for inline_model, fk_name in inline_relations(type(obj)):
        objects += list(inline_model._default_manager.filter(**{fk_name: obj.pk}).order_by("pk"))
    return serialise(objects)


def make_payload(obj, live):
    """The payload of `obj` as it is now: its objects, the inline objects that `live` (the
    serialised live version it was made from) did not have, and `live` itself as the base,
    so that applying it changes only what this change changed."""
    objects = collect(obj)
    known = {(item["model"], item["pk"]) for item in live}
    created = [
        [item["model"], item["pk"]] for item in objects if (item["model"], item["pk"]) not in known
    ]
    return {"objects": objects, "created": created, "base": live}


def index(items):
    return {(item["model"], str(item["pk"])): item for item in items}


def object_label(item):
    model = apps.get_model(item["model"])
    return f"{model._meta.verbose_name} #{item['pk']}"


def changes(live, proposed, only=None):
    """[(model label, pk, field name, old, new)] between two lists of serialised objects.
    A new or deleted object counts with all its (non-empty) fields. `only(model)` limits the
    fields compared per model."""
    before, after = index(live), index(proposed)
    result = []
    for key in [*before, *(k for k in after if k not in before)]:
        old_fields = before.get(key, {}).get("fields", {})
        new_fields = after.get(key, {}).get("fields", {})
        model = apps.get_model(key[0])
        names = only(model) if only else [n for n in field_names(model) if n not in SKIPPED_FIELDS]
        for name in names:
            old, new = old_fields.get(name), new_fields.get(name)
            if _normal(old) != _normal(new):
                result.append((key[0], key[1], name, old, new))
    return result


def _normal(value):
    if value in (None, ""):
        return ""
    if isinstance(value, list):
        return sorted(str(v) for v in value)
    # Browsers post textareas with CRLF line ends: the same text, not a change to review.
    return str(value).replace("\r\n", "\n")


def sensitive_changes(live, proposed):
    return changes(live, proposed, only=sensitive_fields)


# Set on each object before it is saved, for models that log who changed them (the
# directory's contact log reads it): the author of the change, not the approver.
AUTHOR_ATTRIBUTE = "change_author"


def apply(payload, fresh_keys=True, author=None):
    """Write the payload to the database, as a three-way merge against its base: a field the
    change did not touch keeps its live value (a Publisher may have changed it since), an
    inline object the change removed is deleted, one removed since is not brought back.

    Objects created by the change get a new primary key when `fresh_keys` (an approval), or
    keep the one they had when it is free (a preview or the form, which roll back, so the
    form's inline ids stay the same between showing and posting)."""
    created = {(m, str(pk)) for m, pk in payload.get("created", [])}
    base = index(payload["base"]) if "base" in payload else None
    main = None
    saved = []
    for item in payload["objects"]:
        key = (item["model"], str(item["pk"]))
        model = apps.get_model(item["model"])
        existing = model._default_manager.filter(pk=item["pk"]).first()
        is_new = key in created
        if existing is None and not is_new and base is not None and main is not None:
            continue  # removed from the live version since this change was made
        if existing is not None and not is_new:
            obj = existing
        else:
            obj = model()
            if existing is None and not fresh_keys:
                obj.pk = item["pk"]
        before = base.get(key, {}).get("fields") if base and obj is existing else None
        m2m = {}
        for name, value in item["fields"].items():
            if before is not None and name in before and _normal(before[name]) == _normal(value):
                continue  # not this change's doing
            field = model._meta.get_field(name)
            if field.many_to_many:
                m2m[name] = value
            elif field.is_relation:
                obj.__dict__[field.attname] = value
            else:
                # Into __dict__: modeltranslation's descriptors would redirect a setattr.
                obj.__dict__[field.attname] = field.to_python(value)
        if author is not None:
            setattr(obj, AUTHOR_ATTRIBUTE, author)
        obj.save()
        for name, value in m2m.items():
            getattr(obj, name).set(value)
        saved.append((item["model"], obj.pk))
        main = main or obj
    proposed = {(item["model"], str(item["pk"])) for item in payload["objects"]}
    for inline_model, fk_name in inline_relations(type(main)):
        rows = inline_model._default_manager.filter(**{fk_name: main.pk})
        if base is None:
            kept = [pk for m, pk in saved if m == label(inline_model)]
            rows.exclude(pk__in=kept).delete()
            continue
        removed = [pk for m, pk in base if m == label(inline_model) and (m, pk) not in proposed]
        rows.filter(pk__in=removed).delete()
    return main
