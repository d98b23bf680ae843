"""Launch content of the help directory, from the project's sourced facts (checked 2026-11-28).

directory.json beside this file holds each entry in three languages with its sources:
- "publish" entries are published with their source and verified_on = the check date;
- "draft" entries are drafts, their editor notes saying what must be checked first;
- entries the facts mark "never" (listed under "not_loaded") are not loaded at all.

Each entry is created once (portal/content/seed.py), with its contact points, in a first
revision: once it exists it belongs to the editors, and running `load_demo` again never
overwrites their checks, nor brings back an entry they renamed or deleted.
"""

import json
from datetime import date
from pathlib import Path

from django.db import transaction

from portal.content.seed import Seeder, ensure_registered

from ..models import Audience, ContactPoint, Language, Organisation, Region

DATA = Path(__file__).with_name("directory.json")
LANGUAGES = ("ar", "fr", "en")


def translated(name, values):
    return {f"{name}_{code}": (values or {}).get(code) or "" for code in LANGUAGES}


def notes(entry):
    lines = [entry["editor_note"]] if entry.get("editor_note") else []
    if entry.get("other_sources"):
        lines.append("Other sources: " + " ; ".join(entry["other_sources"]))
    return "\n".join(lines)


def create(entry, checked_on):
    publish = entry["status"] == "publish"
    organisation = Organisation(
        slug=entry["slug"],
        kind=entry["kind"],
        **translated("name", entry["name"]),
        **translated("description", entry.get("description")),
        **translated("hours", entry.get("hours")),
        is_free=entry["is_free"],
        is_anonymous=entry["is_anonymous"],
        is_24_7=entry["is_24_7"],
        website=entry["website"],
        source_url=entry["source_url"],
        verified_on=checked_on if publish else None,
        editor_notes=notes(entry),
        status=Organisation.Status.PUBLISHED if publish else Organisation.Status.DRAFT,
    )
    # The seed obeys the same rules as the admin: no published entry without a source.
    organisation.full_clean(exclude=["regions", "audiences", "languages"])
    organisation.save()
    organisation.regions.set(Region.objects.filter(code__in=entry["regions"]))
    organisation.audiences.set(Audience.objects.filter(code__in=entry["audiences"]))
    organisation.languages.set(Language.objects.filter(code__in=entry["languages"]))
    for order, contact in enumerate(entry["contacts"]):
        point = ContactPoint(
            organisation=organisation,
            kind=contact["kind"],
            value=contact["value"],
            order=order,
            **translated("label", contact.get("label")),
        )
        point.full_clean()
        point.save()
    return organisation


@transaction.atomic
def load(stdout):
    ensure_rows()
    ensure_registered(Organisation, follow=("contact_points",))
    ensure_registered(ContactPoint)
    data = json.loads(DATA.read_text(encoding="utf-8"))
    checked_on = date.fromisoformat(data["checked_on"])
    seeder = Seeder()
    for entry in data["organisations"]:
        seeder.once(
            f"directory.organisation:{entry['slug']}",
            Organisation,
            lambda entry=entry: create(entry, checked_on),
            legacy={"slug": entry["slug"]},
        )
    stdout.write(f"Help directory: {seeder.summary()}.")


def ensure_rows():
    """Create any missing vocabulary row (as migration 0002 does). The seed calls it, so a
    database that tests have flushed gets its checkboxes back."""
    for model in (Region, Audience, Language):
        existing = set(model.objects.values_list("code", flat=True))
        codes = [code for code, _label in model._meta.get_field("code").choices]
        model.objects.bulk_create([model(code=code) for code in codes if code not in existing])
