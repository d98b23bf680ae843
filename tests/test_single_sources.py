"""Facts that several places show are defined once: the removal tools' and E-Blagh's
addresses (portal/core/emergency.py), the audience codes (portal/content/choices.py)."""

import json
from pathlib import Path

from portal.content.choices import GUIDE_AUDIENCES, SERVICE_AUDIENCES
from portal.core import emergency
from portal.guides import contacts, triage

SEED = Path(__file__).resolve().parent.parent / "portal/directory/seed/directory.json"


def test_directory_seed_uses_the_same_addresses_as_the_code():
    websites = {
        entry["slug"]: entry["website"] for entry in json.loads(SEED.read_text())["organisations"]
    }
    assert websites["e-blagh"] == emergency.E_BLAGH_URL
    assert websites["stopncii"] == emergency.STOPNCII_URL
    assert websites["take-it-down"] == emergency.TAKE_IT_DOWN_URL
    assert websites["google-removal"] == emergency.GOOGLE_REMOVAL_URL
    assert {slug: websites[slug] for slug in contacts.FALLBACK_URLS} == contacts.FALLBACK_URLS
    assert triage.STOPNCII.href == websites["stopncii"]
    assert triage.TAKE_IT_DOWN.href == websites["take-it-down"]
    assert triage.GOOGLE_REMOVAL.href == websites["google-removal"]


def test_guides_and_directory_share_the_audience_codes():
    shared = {code for code, _label in GUIDE_AUDIENCES} & {code for code, _ in SERVICE_AUDIENCES}
    assert shared == {"everyone", "under-18", "adults"}
