"""Keeping the directory true: stale entries reported for cron, the seed taken only from the
sourced facts, and the staleness age read from the environment."""

import io
import json
import os
import subprocess
import sys
from datetime import timedelta
from pathlib import Path

import pytest
from django.core.management import CommandError, call_command
from django.utils import timezone

from portal.directory.models import Organisation
from tests.directory_factories import make_org

pytestmark = pytest.mark.django_db
BASE_DIR = Path(__file__).resolve().parent.parent


def run_stale():
    out = io.StringIO()
    try:
        call_command("stale_contacts", stdout=out)
    except CommandError as error:
        return error.returncode, out.getvalue(), str(error)
    return 0, out.getvalue(), ""


def test_stale_command_lists_exactly_the_stale_published_entries(settings):
    settings.DIRECTORY_STALE_AFTER_DAYS = 180
    today = timezone.localdate()
    make_org("fresh", verified_on=today)
    make_org("on-the-edge", verified_on=today - timedelta(days=180))
    make_org("stale-old", verified_on=today - timedelta(days=181))
    make_org("stale-older", verified_on=today - timedelta(days=400))
    make_org("never-checked", verified_on=None)  # published by a script, never verified
    make_org("stale-draft", verified_on=today - timedelta(days=400), status="draft")
    make_org("stale-archived", verified_on=today - timedelta(days=400), status="archived")
    code, out, message = run_stale()
    assert code == 1
    listed = [line.split("\t")[0] for line in out.strip().splitlines()]
    assert sorted(listed) == ["never-checked", "stale-old", "stale-older"]
    assert "3 published entries are stale" in message


def test_stale_command_exits_zero_when_all_is_fresh(settings):
    settings.DIRECTORY_STALE_AFTER_DAYS = 30
    make_org("fresh", verified_on=timezone.localdate() - timedelta(days=30))
    make_org("old-draft", verified_on=timezone.localdate() - timedelta(days=300), status="draft")
    code, out, _message = run_stale()
    assert code == 0
    assert "No stale published entry" in out


def stale_after_days(env):
    """DIRECTORY_STALE_AFTER_DAYS as a fresh process started with `env` reads it."""
    code = "from django.conf import settings; print(settings.DIRECTORY_STALE_AFTER_DAYS)"
    result = subprocess.run(
        [sys.executable, "manage.py", "shell", "--no-imports", "-c", code],
        cwd=BASE_DIR,
        env=env,
        capture_output=True,
        text=True,
        timeout=120,
    )
    return result.stdout.strip(), result.stderr


@pytest.mark.subprocess
def test_stale_age_comes_from_the_environment():
    env = {**os.environ, "DIRECTORY_STALE_AFTER_DAYS": "45", "DEBUG": "1"}
    env["DJANGO_SETTINGS_MODULE"] = "portal.settings"
    days, errors = stale_after_days(env)
    assert days == "45", errors
    env.pop("DIRECTORY_STALE_AFTER_DAYS")
    days, errors = stale_after_days(env)
    assert days == "180", errors


SEED = json.loads((BASE_DIR / "portal/directory/seed/directory.json").read_text(encoding="utf-8"))


def test_seed_publishes_only_sourced_entries_and_keeps_drafts_with_notes(seeded):
    published = set(Organisation.objects.public().values_list("slug", flat=True))
    for slug in (
        "police-19",
        "gendarmerie-177",
        "mobile-112",
        "civil-protection-15",
        "e-blagh",
        "stopncii",
        "take-it-down",
        "google-removal",
        # Its own reporting page, confirmed in the review notes and linked from the guides.
        "snapchat-reporting",
    ):
        assert slug in published, slug
        organisation = Organisation.objects.get(slug=slug)
        assert organisation.source_url.startswith("https://")
        assert organisation.verified_on.isoformat() == "2026-11-28"
    for slug in (
        "public-prosecution-complaints",
        "onde-2511",
        "unfm-8350",
        "emc-helpline",
        "atec-app",
        "x-reporting",
    ):
        organisation = Organisation.objects.get(slug=slug)
        assert organisation.status == Organisation.Status.DRAFT, slug
        assert organisation.editor_notes, slug
        assert slug not in published
    # The line the facts mark "never" (discontinued in 2013) is not loaded.
    assert not Organisation.objects.filter(contact_points__value__contains="80008888").exists()
    # Short numbers as the sources give them.
    numbers = {
        slug: list(
            Organisation.objects.get(slug=slug).contact_points.values_list("value", flat=True)
        )
        for slug in ("police-19", "gendarmerie-177", "mobile-112", "civil-protection-15")
    }
    assert numbers == {
        "police-19": ["19"],
        "gendarmerie-177": ["177"],
        "mobile-112": ["112"],
        "civil-protection-15": ["15"],
    }
    emc = Organisation.objects.get(slug="emc-helpline")
    assert not emc.contact_points.filter(kind="email").exists()
    assert "+212624405889" in emc.contact_points.values_list("value", flat=True)


def test_seed_is_idempotent_and_never_overwrites_editors_work(seeded):
    police = Organisation.objects.get(slug="police-19")
    police.verified_on = timezone.localdate()
    police.description_fr = "Texte revu par un rédacteur."
    police.save()
    count = Organisation.objects.count()
    call_command("load_demo", stdout=io.StringIO())
    assert Organisation.objects.count() == count == len(SEED["organisations"])
    police.refresh_from_db()
    assert police.description_fr == "Texte revu par un rédacteur."


def test_seed_platform_entries_carry_a_source_or_stay_url_less_drafts():
    for entry in SEED["organisations"]:
        if entry["kind"] != "platform-reporting":
            continue
        if entry["status"] == "publish":
            assert entry["source_url"].startswith("https://"), entry["slug"]
        else:
            assert not entry["website"] and not entry["contacts"], entry["slug"]
