"""Every string a visitor sees exists in Arabic, French and English."""

import ast
import subprocess
from pathlib import Path

import pytest

LOCALE = Path(__file__).resolve().parent.parent / "locale"
LANGUAGES = ("ar", "fr", "en")


def entries(po_path):
    """Parse a .po file into (msgid, [msgstr...], flags) without a third-party library."""
    blocks = po_path.read_text(encoding="utf-8").split("\n\n")
    for block in blocks:
        lines = [line for line in block.strip().splitlines() if not line.startswith("#~")]
        flags = " ".join(line for line in lines if line.startswith("#,"))
        current, fields = None, {}
        for line in lines:
            if line.startswith("#"):
                continue
            if line.startswith('"'):
                fields[current] += ast.literal_eval(line)
            else:
                key, _, value = line.partition(" ")
                current = key
                fields[key] = ast.literal_eval(value)
        if "msgid" not in fields or fields["msgid"] == "":
            continue
        strings = [value for key, value in fields.items() if key.startswith("msgstr")]
        yield fields["msgid"], strings, flags


@pytest.mark.parametrize("code", LANGUAGES)
def test_catalog_is_complete_and_not_fuzzy(code):
    po_path = LOCALE / code / "LC_MESSAGES" / "django.po"
    assert po_path.exists()
    found = list(entries(po_path))
    assert len(found) > 30
    empty = [msgid for msgid, strings, _flags in found if not all(strings)]
    fuzzy = [msgid for msgid, _strings, flags in found if "fuzzy" in flags]
    assert not empty, f"{code}: untranslated: {empty[:5]}"
    assert not fuzzy, f"{code}: fuzzy: {fuzzy[:5]}"


@pytest.mark.parametrize("code", LANGUAGES)
def test_catalog_is_compiled_and_current(code, tmp_path):
    po_path = LOCALE / code / "LC_MESSAGES" / "django.po"
    mo_path = po_path.with_suffix(".mo")
    assert mo_path.exists(), "run make messages"
    fresh = tmp_path / "django.mo"
    subprocess.run(["msgfmt", "--check", "-o", fresh, po_path], check=True)
    assert fresh.read_bytes() == mo_path.read_bytes(), f"{code}: .mo is stale, run make messages"
