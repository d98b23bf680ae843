"""Databases that already hold the old launch texts get the reworded ones through data
migrations, row by row, only where the row still holds the old launch text: an editor's edit
is never overwritten, and a dropped launch object is deleted only if nobody touched it."""

import importlib
import json
from pathlib import Path

import pytest
from django.contrib.contenttypes.models import ContentType
from django.db.migrations.loader import MigrationLoader

from portal.content.models import SeedRecord
from portal.content.seed_updates import apply
from portal.guides.models import PlanStep

pytestmark = pytest.mark.django_db

ROOT = Path(__file__).resolve().parent.parent
MIGRATIONS = {
    "guides": "0006_seed_wording_issue_14",
    "pages": "0004_seed_wording_issue_14",
    "seminars": "0009_seed_wording_issue_14",
    "directory": "0005_seed_wording_issue_14",
}


@pytest.fixture(scope="module")
def apps():
    """The models as migrations see them: plain columns, without modeltranslation's
    descriptors (which would read and write the active language's column instead)."""
    return MigrationLoader(None, ignore_no_migrations=True).project_state().apps


def change_set(app):
    return ROOT / "portal" / app / "migrations" / f"{MIGRATIONS[app]}.json"


def changes(app):
    return json.loads(change_set(app).read_text(encoding="utf-8"))


def find(app, key, model=None):
    return next(
        c for c in changes(app) if c["key"] == key and (model is None or c["model"] == model)
    )


def target(apps, change):
    record = SeedRecord.objects.get(key=change["key"])
    model = apps.get_model(*change["model"].split("."))
    if "child_order" in change:
        return model.objects.get(step_id=record.object_id, order=change["child_order"])
    return model.objects.get(pk=record.object_id)


def set_old(obj, change):
    for name, (old, _new) in change["fields"].items():
        setattr(obj, name, old)
    obj.save()


@pytest.mark.parametrize("app", sorted(MIGRATIONS))
def test_the_change_sets_lead_to_todays_launch_texts(seeded, apps, app):
    """Every reworded row of a fresh database already holds the new text: the change set
    and the seed files say the same thing."""
    module = importlib.import_module(f"portal.{app}.migrations.{MIGRATIONS[app]}")
    assert module.Migration.operations
    for change in changes(app):
        if change.get("delete"):
            assert not SeedRecord.objects.filter(key=change["key"]).exists()
            continue
        obj = target(apps, change)
        for name, (_old, new) in change["fields"].items():
            value = getattr(obj, name)
            value = value.isoformat() if hasattr(value, "isoformat") else value
            assert value == new, (change["key"], name)


def test_an_old_row_is_reworded_and_an_edited_row_is_left_alone(seeded, apps):
    old_plan = find("guides", "guides.planstep:not-paid")
    old_step = find("guides", "guides.step:now/stop-contact")
    plan, step = target(apps, old_plan), target(apps, old_step)
    set_old(plan, old_plan)
    set_old(step, old_step)
    # An editor reworded the French body of the step; the rest is still the old launch text.
    step.body_fr = "<p>Texte revu par l'équipe.</p>"
    step.save()

    updated, _deleted, kept = apply(apps, change_set("guides"))

    plan.refresh_from_db()
    step.refresh_from_db()
    assert plan.body_en == old_plan["fields"]["body_en"][1]
    assert "another scam" in plan.body_en
    assert step.body_fr == "<p>Texte revu par l'équipe.</p>"
    assert step.body_en == old_step["fields"]["body_en"][0]  # the whole row is left alone
    assert updated >= 1 and kept >= 1


@pytest.mark.parametrize("edited", [False, True])
def test_a_dropped_launch_step_is_deleted_only_if_untouched(seeded, apps, edited):
    Guide, Step = apps.get_model("guides", "Guide"), apps.get_model("guides", "Step")
    dropped = find("guides", "guides.step:the-law/private-images")
    law = Guide.objects.get(slug="the-law")
    fields = {name: value for name, value in dropped["fields"].items()}
    step = Step.objects.create(guide=law, **fields)
    SeedRecord.objects.create(
        key=dropped["key"],
        content_type=ContentType.objects.get(app_label="guides", model="step"),
        object_id=step.pk,
    )
    if edited:
        step.title_en = "Checked by our lawyer"
        step.save()

    apply(apps, change_set("guides"))

    assert Step.objects.filter(pk=step.pk).exists() == edited


def test_a_database_without_the_launch_content_is_left_empty(db, apps):
    assert apply(apps, change_set("guides")) == (0, 0, 0)
    assert PlanStep.objects.count() == 0
