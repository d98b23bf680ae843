"""Demo and launch content: the study day, its speakers and the first article.

The text lives in study_day.json beside this file, in the three languages, with the public
sources it comes from. Each object is created once (portal/content/seed.py) and then belongs
to the editors: loading again never changes it, and never brings back one they deleted.
"""

import json
from datetime import date
from pathlib import Path

from django.db import transaction
from django.utils.html import escape
from django.utils.text import slugify

from portal.content.seed import Seeder, ensure_registered

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


def create_event(event_data):
    sources = event_data.get("sources", [])
    body = paragraphs("body", event_data["body"])
    source_labels = {"ar": "المصادر:", "fr": "Sources :", "en": "Sources:"}
    for code in LANGUAGES:
        body[f"body_{code}"] += sources_html(sources, source_labels[code])
    return Event.objects.create(
        slug=event_data["slug"],
        **translated("title", event_data["title"]),
        **translated("venue", event_data["venue"]),
        **translated("city", event_data["city"]),
        **translated("organiser", event_data["organiser"]),
        **translated("summary", event_data["summary"]),
        **body,
        date=date.fromisoformat(event_data["date"]),
        source_url=sources[0]["url"] if sources else "",
        source_checked_on=date.fromisoformat(sources[0]["checked_on"]) if sources else None,
        status=Event.Status.PUBLISHED,
    )


def create_speaker(speaker_data):
    sources = speaker_data.get("sources", [])
    return Speaker.objects.create(
        **translated("name", speaker_data["name"]),
        **translated("role", speaker_data["role"]),
        **translated("organisation", speaker_data["organisation"]),
        source_url=sources[0]["url"] if sources else "",
        source_checked_on=date.fromisoformat(sources[0]["checked_on"]) if sources else None,
        status=Speaker.Status.PUBLISHED,
    )


def create_article(article_data, event, topics):
    body = paragraphs("body", article_data["body"])
    if article_data.get("source_note"):
        for code in LANGUAGES:
            note = article_data["source_note"].get(code)
            if note:
                body[f"body_{code}"] += f"<p><em>{escape(note)}</em></p>"
    article = Article.objects.create(
        slug=article_data["slug"],
        **translated("title", article_data["title"]),
        **translated("summary", article_data["summary"]),
        **translated("source_name", article_data.get("source_name") or {}),
        **body,
        source_url=article_data.get("source_url") or "",
        published_on=date.fromisoformat(article_data["published_on"]),
        event=event,
        status=Article.Status.PUBLISHED,
    )
    article.topics.add(*[topic for topic in topics if topic is not None])
    return article


@transaction.atomic
def load(stdout):
    for model in (Event, Speaker, Talk, Topic, Article):
        ensure_registered(model)
    data = json.loads(DATA.read_text(encoding="utf-8"))
    seeder = Seeder()
    event_data = data["event"]
    event = seeder.once(
        f"seminars.event:{event_data['slug']}",
        Event,
        lambda: create_event(event_data),
        legacy={"slug": event_data["slug"]},
    )
    for speaker_data in data["speakers"]:
        name = speaker_data["name"]["en"]
        speaker = seeder.once(
            f"seminars.speaker:{slugify(name)}",
            Speaker,
            lambda speaker_data=speaker_data: create_speaker(speaker_data),
            legacy={"name_en": name},
        )
        talk_data = speaker_data.get("talk")
        # A talk needs its event and its speaker: if an editor deleted one, it is not
        # created either.
        if talk_data and event is not None and speaker is not None:
            seeder.once(
                f"seminars.talk:{event_data['slug']}/{slugify(name)}",
                Talk,
                lambda speaker=speaker, talk_data=talk_data: Talk.objects.create(
                    event=event,
                    speaker=speaker,
                    order=talk_data["order"],
                    **translated("title", talk_data["title"]),
                    **translated("summary", talk_data.get("summary", {})),
                ),
                legacy={"event": event, "speaker": speaker},
            )
    topics = [
        seeder.once(
            f"seminars.topic:{topic['slug']}",
            Topic,
            lambda topic=topic: Topic.objects.create(
                slug=topic["slug"],
                **translated("name", topic["name"]),
                **translated("description", topic["description"]),
                status=Topic.Status.PUBLISHED,
            ),
            legacy={"slug": topic["slug"]},
        )
        for topic in data.get("topics", [])
    ]
    article_data = data["article"]
    seeder.once(
        f"seminars.article:{article_data['slug']}",
        Article,
        lambda: create_article(article_data, event, topics),
        legacy={"slug": article_data["slug"]},
    )
    stdout.write(
        f"Study day: 1 event, {len(data['speakers'])} speakers, 1 article; {seeder.summary()}."
    )
