"""The Content-Security-Policy allows scripts and styles only from our own origin, so no
template of ours may carry an inline script, a style element or a style attribute."""

import re
from pathlib import Path

import pytest

from tests.conftest import public_paths

TEMPLATES = Path(__file__).resolve().parent.parent / "templates"
INLINE_SCRIPT = re.compile(r"<script(?![^>]*\bsrc=)[^>]*>", re.I)
STYLE_ELEMENT = re.compile(r"<style[\s>]", re.I)
STYLE_ATTRIBUTE = re.compile(r"<[a-z][^>]*\sstyle\s*=", re.I)
EVENT_ATTRIBUTE = re.compile(r"<[a-z][^>]*\son[a-z]+\s*=", re.I)


def offences(html):
    return [
        name
        for name, pattern in [
            ("inline script", INLINE_SCRIPT),
            ("style element", STYLE_ELEMENT),
            ("style attribute", STYLE_ATTRIBUTE),
            ("event attribute", EVENT_ATTRIBUTE),
        ]
        if pattern.search(html)
    ]


def test_the_checks_catch_what_they_look_for():
    assert offences("<script>alert(1)</script>") == ["inline script"]
    assert offences('<p style="color:red">') == ["style attribute"]
    assert offences("<style>p{}</style>") == ["style element"]
    assert offences('<a onclick="x()">') == ["event attribute"]
    assert offences('<script src="/static/js/a.js" defer></script>') == []


def test_no_template_of_ours_has_inline_code():
    found = {}
    for path in TEMPLATES.rglob("*.html"):
        problems = offences(path.read_text(encoding="utf-8"))
        if problems:
            found[str(path.relative_to(TEMPLATES))] = problems
    assert found == {}


@pytest.mark.slow
@pytest.mark.django_db
def test_no_public_page_has_inline_code(client, seeded):
    for path in public_paths():
        html = client.get(path).content.decode()
        assert offences(html) == [], path
