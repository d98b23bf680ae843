"""Launch pages: about, contact, privacy, accessibility, in Arabic, French and English.

The text lives in pages.json beside this file, with its sources. Loading is idempotent and
never overwrites a page that exists: once the site runs, editors own these pages, and
`make serve` runs the loader on every start.
"""

import json
from pathlib import Path

from django.db import transaction

from ..models import Page

DATA = Path(__file__).with_name("pages.json")
LANGUAGES = ("ar", "fr", "en")


def translated(name, values):
    return {f"{name}_{code}": values.get(code) or "" for code in LANGUAGES}


@transaction.atomic
def load(stdout):
    data = json.loads(DATA.read_text(encoding="utf-8"))
    created = 0
    for item in data["pages"]:
        _page, was_created = Page.objects.get_or_create(
            slug=item["slug"],
            defaults={
                **translated("title", item["title"]),
                **translated("summary", item["summary"]),
                **translated("body", item["body"]),
                "menu": item["menu"],
                "order": item["order"],
                "status": Page.Status.PUBLISHED,
            },
        )
        created += was_created
    stdout.write(f"Pages: {created} created, {len(data['pages']) - created} kept as edited.")
