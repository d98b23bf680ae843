"""One vocabulary per language (docs/glossary.md): no retired variant in the templates, the
catalogs or the launch content. Words quoted from others keep their spelling: the Arabic
article of the study day (reproduced verbatim) and titles quoted between « »."""

import json
import re
from pathlib import Path

import pytest

from tests.test_catalogs import entries

ROOT = Path(__file__).resolve().parent.parent
LANGUAGES = ("ar", "fr", "en")

RETIRED = {
    "ar": [
        r"الابتزاز الجنسي ال[إا]لكتروني",
        r"الابتزاز الجنسي (?:في|على) ",
        r"(?:في|على) الإنترنت",
        r"ال[اأ]نترني?ت",
        r"(?<!لا لل)ابتزاز الإلكتروني",
        r"صورً?\u0627? (?:ال)?خاصة",
        r"الصور الخاصة",
        r"حميمية",
        r"عارية",
        r"الصور الفاضحة",
        r"رقم (?:ال)?حالة",
        r"تصوّر الصور",
        r"لا تصوّر",
        r"مجهولة الهوية",
        r"احصل على المساعدة",
        r"اتبعاها معًا",
        r"له حلول",
        r"للآباء والأمهات",
    ],
    "fr": [
        r"chantage sexuel",
        r"extorsion sexuelle",
        r"\bsextortion\b",
        r"maître-chanteur",
        r"seul·e",
        r"Navigation sûre",
        r"Faites un plan",
        r"Ne portez pas cela seul",
        r"intimide sa victime",
        r"a-t-il déjà été payé",
        r"images privées",
        r"photos intimes",
        r"numéro de cas\b",
    ],
    "en": [
        r"sexual blackmail",
        r"sexual extortion",
        r"private images",
        r"intimate photos",
        r"\bnudes?\b",
        r"explicit images",
    ],
}
COMPILED = {code: re.compile("|".join(patterns), re.I) for code, patterns in RETIRED.items()}
# Quoted titles («…») are other people's words.
QUOTED = re.compile(r"«[^»]*»")
# The verbatim Arabic article of the study day (portal/seminars/seed/__init__.py says so).
VERBATIM = {("study_day.json", "article/title/ar"), ("study_day.json", "article/body/ar")}


def retired_in(code, text):
    return [m.group(0) for m in COMPILED[code].finditer(QUOTED.sub("", text))]


def texts_in(data, path=()):
    """Every text under a language key ("ar", "fr", "en") of a seed file, with its path."""
    if isinstance(data, dict):
        for key, value in data.items():
            if key in LANGUAGES:
                values = value if isinstance(value, list) else [value]
                for text in values:
                    if isinstance(text, str):
                        yield key, (*path, key), text
            else:
                yield from texts_in(value, (*path, key))
    elif isinstance(data, list):
        for item in data:
            yield from texts_in(item, path)


def seed_findings():
    found = []
    for seed in sorted(ROOT.glob("portal/*/seed/*.json")):
        for code, path, text in texts_in(json.loads(seed.read_text(encoding="utf-8"))):
            if (seed.name, "/".join(path)) in VERBATIM:
                continue
            found += [(seed.name, "/".join(path), hit) for hit in retired_in(code, text)]
    return found


def test_the_checks_catch_what_they_retire():
    assert retired_in("ar", "بلّغ عن الابتزاز الجنسي الإلكتروني")
    assert retired_in("ar", "رقم حالة")
    assert not retired_in("ar", "لا للابتزاز الإلكتروني")
    assert not retired_in("ar", "الابتزاز الجنسي عبر الإنترنت")
    assert retired_in("fr", "Le maître-chanteur") and not retired_in("fr", "le maître chanteur")
    assert retired_in("fr", "la sextortion") and not retired_in("fr", "la sextorsion")
    assert retired_in("en", "online sexual extortion") and not retired_in("en", "sextortion")
    assert not retired_in("fr", "le thème « extorsion sexuelle »")


def test_launch_content_uses_the_glossary():
    assert seed_findings() == []


@pytest.mark.parametrize("code", LANGUAGES)
def test_catalogs_use_the_glossary(code):
    found = []
    for msgid, strings, _flags in entries(ROOT / "locale" / code / "LC_MESSAGES" / "django.po"):
        for text in strings:
            found += [(msgid, hit) for hit in retired_in(code, text)]
            # In Arabic, دليل is the help directory and الأدلة the evidence: never a guide.
            guide = re.search(r"\bguides?\b", msgid, re.I) and "directory" not in msgid
            if code == "ar" and guide and re.search(r"دليل|أدلة", text):
                found.append((msgid, text))
    assert found == []


def test_templates_use_the_glossary():
    found = []
    for template in sorted(ROOT.glob("templates/**/*.html")):
        text = template.read_text(encoding="utf-8")
        # Templates hold English (the msgids) and, rarely, Arabic; French words such as
        # "sextortion" are English there.
        for code in ("en", "ar"):
            found += [(template.name, hit) for hit in retired_in(code, text)]
    assert found == []
