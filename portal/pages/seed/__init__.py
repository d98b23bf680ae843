"""Launch pages: about, contact, privacy, accessibility, in Arabic, French and English.

The text lives in pages.json beside this file, with its sources. Each page is created once
(portal/content/seed.py): after that it belongs to the editors, even if they change its slug.
"""

import json
from pathlib import Path

from django.db import transaction

from portal.content.seed import Seeder, ensure_registered

from ..models import Page

DATA = Path(__file__).with_name("pages.json")
LANGUAGES = ("ar", "fr", "en")


def translated(name, values):
    return {f"{name}_{code}": values.get(code) or "" for code in LANGUAGES}


@transaction.atomic
def load(stdout):
    ensure_registered(Page)
    data = json.loads(DATA.read_text(encoding="utf-8"))
    seeder = Seeder()
    for item in data["pages"]:
        seeder.once(
            f"pages.page:{item['slug']}",
            Page,
            lambda item=item: Page.objects.create(
                slug=item["slug"],
                **translated("title", item["title"]),
                **translated("summary", item["summary"]),
                **translated("body", item["body"]),
                menu=item["menu"],
                order=item["order"],
                status=Page.Status.PUBLISHED,
            ),
            legacy={"slug": item["slug"]},
        )
    stdout.write(f"Pages: {seeder.summary()}.")
