"""Demo and launch content: the study day, its speakers and the first article.

The text lives in study_day.json beside this file, in the three languages, with the public
sources it comes from. Loading is idempotent: running it again updates the same rows.
"""

import json
from datetime import date
from pathlib import Path

from django.db import transaction
from django.utils.html import escape

from ..models import Article, Event, Speaker, Talk, Topic

DATA = Path(__file__).with_name("study_day.json")
LANGUAGES = ("ar", "fr", "en")


def translated(name, values):
    return {f"{name}_{code}": values.get(code) or "" for code in LANGUAGES}


def paragraphs(name, values):
    return {
        f"{name}_{code}": "".join(f"<p>{escape(text)}</p>" for text in values.get(code, []))
        for code in LANGUAGES
    }


def sources_html(sources, label):
    links = ", ".join(
        f'<a href="{escape(source["url"])}">{escape(source["name"])}</a>' for source in sources
    )
    return f"<p>{escape(label)} {links}</p>" if links else ""


@transaction.atomic
def load(stdout):
    data = json.loads(DATA.read_text(encoding="utf-8"))
    event_data = data["event"]
    sources = event_data.get("sources", [])
    body = paragraphs("body", event_data["body"])
    source_labels = {"ar": "المصادر:", "fr": "Sources :", "en": "Sources:"}
    for code in LANGUAGES:
        body[f"body_{code}"] += sources_html(sources, source_labels[code])
    event, _created = Event.objects.update_or_create(
        slug=event_data["slug"],
        defaults={
            **translated("title", event_data["title"]),
            **translated("venue", event_data["venue"]),
            **translated("city", event_data["city"]),
            **translated("organiser", event_data["organiser"]),
            **translated("summary", event_data["summary"]),
            **body,
            "date": date.fromisoformat(event_data["date"]),
            "source_url": sources[0]["url"] if sources else "",
            "source_checked_on": date.fromisoformat(sources[0]["checked_on"]) if sources else None,
            "status": Event.Status.PUBLISHED,
        },
    )
    for speaker_data in data["speakers"]:
        speaker_sources = speaker_data.get("sources", [])
        speaker, _created = Speaker.objects.update_or_create(
            name_en=speaker_data["name"]["en"],
            defaults={
                **translated("name", speaker_data["name"]),
                **translated("role", speaker_data["role"]),
                **translated("organisation", speaker_data["organisation"]),
                "source_url": speaker_sources[0]["url"] if speaker_sources else "",
                "source_checked_on": (
                    date.fromisoformat(speaker_sources[0]["checked_on"])
                    if speaker_sources
                    else None
                ),
                "status": Speaker.Status.PUBLISHED,
            },
        )
        talk_data = speaker_data.get("talk")
        if talk_data:
            Talk.objects.update_or_create(
                event=event,
                speaker=speaker,
                defaults={
                    "order": talk_data["order"],
                    **translated("title", talk_data["title"]),
                    **translated("summary", talk_data.get("summary", {})),
                },
            )
    article_data = data["article"]
    article_body = paragraphs("body", article_data["body"])
    if article_data.get("source_note"):
        for code in LANGUAGES:
            note = article_data["source_note"].get(code)
            if note:
                article_body[f"body_{code}"] += f"<p><em>{escape(note)}</em></p>"
    topics = [
        Topic.objects.update_or_create(
            slug=topic["slug"],
            defaults={
                **translated("name", topic["name"]),
                **translated("description", topic["description"]),
                "status": Topic.Status.PUBLISHED,
            },
        )[0]
        for topic in data.get("topics", [])
    ]
    article, _created = Article.objects.update_or_create(
        slug=article_data["slug"],
        defaults={
            **translated("title", article_data["title"]),
            **translated("summary", article_data["summary"]),
            **translated("source_name", article_data.get("source_name") or {}),
            **article_body,
            "source_url": article_data.get("source_url") or "",
            "published_on": date.fromisoformat(article_data["published_on"]),
            "event": event,
            "status": Article.Status.PUBLISHED,
        },
    )
    article.topics.add(*topics)
    stdout.write(f"Study day: 1 event, {len(data['speakers'])} speakers, 1 article.")
