"""Rewording launch content in databases that already hold it, without touching what editors
made (the change sets come from scripts/seed-changes).

A change names a launch object by its seed key. A row is updated only when every field the
change touches still holds the old launch text; one edited field and the row is left as the
editors left it, whole. An object the new launch content drops is deleted only when it is
still exactly as launched. Nothing here changes a status: a migration publishes nothing, and
new launch objects are created by `load_demo`, which adds only keys never seeded before.
"""

import datetime
import json
from pathlib import Path


def same(current, stored):
    """A model value against one read straight from SQLite (dates as text, booleans as 0/1)."""
    if isinstance(current, (datetime.date, datetime.datetime)):
        return current.isoformat() == stored
    return current == stored


def still(obj, fields):
    return all(same(getattr(obj, name), old) for name, (old, _new) in fields.items())


def target(apps, change):
    SeedRecord = apps.get_model("content", "SeedRecord")
    record = SeedRecord.objects.filter(key=change["key"]).first()
    if record is None:
        return None  # never seeded here: load_demo creates the new text
    model = apps.get_model(*change["model"].split("."))
    if "child_order" in change:
        # A link under a guide step: its step is the seeded object.
        return model.objects.filter(step_id=record.object_id, order=change["child_order"]).first()
    return model.objects.filter(pk=record.object_id).first()


def apply(apps, path):
    """Apply the change set at `path`; returns (updated, deleted, kept) counts."""
    changes = json.loads(Path(path).read_text(encoding="utf-8"))
    updated = deleted = kept = 0
    for change in changes:
        obj = target(apps, change)
        if obj is None:
            continue
        fields = change["fields"]
        if change.get("delete"):
            if all(same(getattr(obj, name), value) for name, value in fields.items()):
                obj.delete()
                deleted += 1
            else:
                kept += 1
            continue
        if not still(obj, fields):
            kept += 1
            continue
        for name, (_old, new) in fields.items():
            setattr(obj, name, new)
        obj.save(update_fields=list(fields))
        updated += 1
    return updated, deleted, kept


def migration(app_label, filename):
    """A RunPython pair for `migrations/<filename>` of an app: forward applies the change
    set; backward does nothing (the old texts stay in each object's history)."""
    folder = Path(__import__(f"portal.{app_label}.migrations", fromlist=["x"]).__file__).parent

    def forward(apps, schema_editor):
        apply(apps, folder / filename)

    def backward(apps, schema_editor):
        return None

    return forward, backward
