"""No published content states a fact the fact sheet (../shared/facts/morocco.md) marks draft
or never. Two checks: the launch content names the fact-sheet entries it states ("facts" in
its seed files, keyed like its SeedRecord), and every live object, and every catalog string,
is searched for the markers of the draft and never entries (article numbers, unconfirmed
lines, the dead number), so that an unmapped sentence is caught too."""

import json
import re
from pathlib import Path

import pytest
from django.apps import apps
from django.db import models
from django.utils.text import slugify

from portal.content.models import SeedRecord
from tests.test_catalogs import entries

pytestmark = pytest.mark.django_db

ROOT = Path(__file__).resolve().parent.parent
FACTS = json.loads((ROOT / "portal/content/fact_sheet.json").read_text(encoding="utf-8"))["facts"]
UNPUBLISHABLE = {
    name: re.compile("|".join(fact["markers"]), re.I)
    for name, fact in FACTS.items()
    if fact["status"] != "publish"
}
CONTENT_APPS = ("guides", "directory", "pages", "seminars")


def seed(path):
    return json.loads((ROOT / path).read_text(encoding="utf-8"))


def mapping():
    """Seed key -> the fact-sheet entries the launch object states, from the seed files."""
    out = {}
    guides = seed("portal/guides/seed/guides.json")
    all_guides = [*guides["guides"], seed("portal/guides/seed/safe_browsing.json")]
    for guide in all_guides:
        out[f"guides.guide:{guide['slug']}"] = guide.get("facts", [])
        for step in guide.get("steps", []):
            out[f"guides.step:{guide['slug']}/{step['key']}"] = step.get("facts", [])
    for item in guides["faq"]:
        out["guides.faq:" + slugify(item["question"]["en"])[:200]] = item.get("facts", [])
    for key, facts in guides.get("triage_facts", {}).items():
        out[f"guides.planstep:{key}"] = facts
    for entry in seed("portal/directory/seed/directory.json")["organisations"]:
        out[f"directory.organisation:{entry['slug']}"] = entry.get("facts", [])
    for page in seed("portal/pages/seed/pages.json")["pages"]:
        out[f"pages.page:{page['slug']}"] = page.get("facts", [])
    study_day = seed("portal/seminars/seed/study_day.json")
    out[f"seminars.event:{study_day['event']['slug']}"] = study_day["event"].get("facts", [])
    return out


def texts(obj):
    return [
        str(getattr(obj, field.attname) or "")
        for field in obj._meta.concrete_fields
        if isinstance(field, (models.CharField, models.TextField))
    ]


def live_objects():
    for app in CONTENT_APPS:
        for model in apps.get_app_config(app).get_models():
            if not hasattr(model, "is_live"):
                continue
            for obj in model._default_manager.all():
                if obj.is_live():
                    yield obj


def unpublishable_in(text):
    return [name for name, marker in UNPUBLISHABLE.items() if marker.search(text)]


def test_every_mapped_fact_is_in_the_fact_sheet():
    named = {fact for facts in mapping().values() for fact in facts}
    assert named and named <= set(FACTS), named - set(FACTS)


def test_live_launch_content_states_only_publishable_facts(seeded):
    keys = mapping()
    checked = 0
    for record in SeedRecord.objects.all():
        target = record.target
        if target is None or not target.is_live():
            continue
        for fact in keys.get(record.key, []):
            assert FACTS[fact]["status"] == "publish", (record.key, fact)
            checked += 1
    assert checked >= 20
    # The statements kept in draft are mapped, to a guide nobody sees.
    waiting = SeedRecord.objects.get(key="guides.guide:the-law-to-check").target
    assert not waiting.is_live()
    assert {"law-447-1", "law-art-537"} <= set(keys["guides.guide:the-law-to-check"])


def test_no_live_content_carries_a_draft_or_never_fact(seeded):
    found = []
    count = 0
    for obj in live_objects():
        count += 1
        for text in texts(obj):
            found += [(obj._meta.label, str(obj)[:40], name) for name in unpublishable_in(text)]
    assert count > 100
    assert found == []


def test_the_markers_find_what_they_stand_for():
    assert unpublishable_in("l'article 447-1 du Code pénal") == ["law-447-1"]
    assert unpublishable_in("une amende de 120 à 2 000 dirhams") == ["law-art-538-penalties"]
    assert unpublishable_in("appelez le 2511") == ["onde-2511"]
    assert unpublishable_in("Blackmail (articles 538 and 537)") == ["law-art-537"]
    assert unpublishable_in("الابتزاز (الفصلان 538 و537)") == ["law-art-537"]
    assert unpublishable_in("+212 537 12 34 56") == []
    assert unpublishable_in("0 8000 8888") == ["old-women-line"]
    assert unpublishable_in("Blackmail is a crime (article 538 of the penal code).") == []


@pytest.mark.parametrize("code", ["ar", "fr", "en"])
def test_no_catalog_string_carries_a_draft_or_never_fact(code):
    found = []
    for msgid, strings, _flags in entries(ROOT / "locale" / code / "LC_MESSAGES" / "django.po"):
        for text in [msgid, *strings]:
            found += [(msgid[:60], name) for name in unpublishable_in(text)]
    assert found == []
