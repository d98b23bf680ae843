"""Launch content: the guides, the FAQ and the texts the triage plan is built from.

guides.json holds the guides and the FAQ in the three languages; its "triage_steps" are the
plan's texts. safe_browsing.json is our own text for the safe-browsing page the quick exit
links to, used where guides.json has none.
Every outside address carries the date it was checked. Each guide, step (with its links),
question and plan text is created once (portal/content/seed.py) and then belongs to the
editors: loading again never changes it, and never brings back one they deleted.
"""

import json
from datetime import date
from pathlib import Path

from django.db import transaction
from django.utils import translation
from django.utils.html import escape
from django.utils.text import slugify
from django.utils.translation import gettext_lazy as _

from portal.content.seed import Seeder, ensure_registered

from ..contacts import FALLBACK_LABELS, FALLBACK_URLS
from ..models import FAQEntry, Guide, PlanStep, Step, StepLink

HERE = Path(__file__).parent
LANGUAGES = ("ar", "fr", "en")
URGENT_SLUGS = {"now", "urgent", "blackmailed-now", "being-blackmailed-now"}
TOPICS = {
    "general": _("Paying and stopping it"),
    "law": _("The law"),
    "safety": _("Staying safe"),
    "support": _("Support"),
    "removal": _("Removing images"),
    "reporting": _("Reporting"),
}
# The writers' audience names, mapped to ours.
AUDIENCES = {
    "under18": "under-18",
    "under_18": "under-18",
    "under-18": "under-18",
    "minor": "under-18",
    "young": "under-18",
    "adult": "adults",
    "adults": "adults",
    "parent": "parent",
    "parents": "parent",
    "parent_teacher": "parent",
    "parents-teachers": "parent",
    "friend": "friend",
    "friends": "friend",
    "everyone": "everyone",
    "all": "everyone",
}


def read(name):
    path = HERE / name
    return json.loads(path.read_text(encoding="utf-8")) if path.exists() else None


def translated(name, values):
    values = values or {}
    return {f"{name}_{code}": values.get(code) or "" for code in LANGUAGES}


def paragraphs(name, values):
    """Lists of paragraphs as HTML; a plain string is one paragraph."""
    out = {}
    for code in LANGUAGES:
        value = (values or {}).get(code) or []
        if isinstance(value, str):
            value = [value]
        out[f"{name}_{code}"] = "".join(f"<p>{escape(text)}</p>" for text in value)
    return out


def fallback_labels(ref):
    label = FALLBACK_LABELS.get(ref)
    if not label:
        return {}
    values = {}
    for code in LANGUAGES:
        with translation.override(code):
            values[code] = str(label)
    return values


def topic_fields(topic):
    """The writers name FAQ topics by a key; editors see and change the words."""
    if isinstance(topic, dict):
        return translated("topic", topic)
    label = TOPICS.get(topic or "")
    values = {}
    for code in LANGUAGES:
        with translation.override(code):
            values[code] = str(label) if label else (topic or "")
    return translated("topic", values)


def link_fields(link, guides):
    kind = link.get("kind")
    if kind == "guide":
        target = guides.get(link.get("ref"))
        return {"guide": target} if target else None
    if kind == "contact":
        ref = link.get("ref") or ""
        return {
            "directory_slug": ref,
            "url": link.get("url") or FALLBACK_URLS.get(ref, ""),
            **translated("label", link.get("label") or fallback_labels(ref)),
            "source_checked_on": date(2026, 11, 28),
        }
    if kind == "url" and link.get("url"):
        checked = link.get("source_checked_on") or link.get("checked_on")
        return {
            "url": link["url"],
            **translated("label", link.get("label") or {"ar": link["url"]}),
            "source_checked_on": date.fromisoformat(checked) if checked else None,
        }
    return None


def is_urgent(data):
    return data["slug"] in URGENT_SLUGS or bool(data.get("urgent"))


def create_guide(data):
    return Guide.objects.create(
        slug=data["slug"],
        **translated("title", data["title"]),
        **translated("summary", data.get("summary")),
        **paragraphs("intro", data.get("intro")),
        audience=AUDIENCES.get(str(data.get("audience", "")).lower(), "everyone"),
        order=data.get("order", 100),
        is_urgent=is_urgent(data),
        needs_legal_check=bool(data.get("needs_check") or data.get("needs_legal_check")),
        # A guide of statements the fact sheet keeps in draft waits for editors.
        status=Guide.Status.DRAFT if data.get("status") == "draft" else Guide.Status.PUBLISHED,
    )


def create_step(guide, key, order, step_data, guides):
    step = Step.objects.create(
        guide=guide,
        key=key,
        order=order * 10,
        **translated("title", step_data["title"]),
        **paragraphs("body", step_data.get("body")),
        needs_check=bool(step_data.get("needs_check")),
    )
    for link_order, link in enumerate(step_data.get("links", []), start=1):
        fields = link_fields(link, guides)
        if fields:
            StepLink.objects.create(step=step, order=link_order, **fields)
    return step


def load_steps(seeder, guide, data, guides):
    """The steps of a guide, each created once: a step editors changed or deleted stays as
    they left it, and a step the launch content gained later is added."""
    for order, step_data in enumerate(data.get("steps", []), start=1):
        key = step_data.get("key") or f"step-{order}"
        seeder.once(
            f"guides.step:{data['slug']}/{key}",
            Step,
            lambda key=key, order=order, step_data=step_data: create_step(
                guide, key, order, step_data, guides
            ),
            legacy={"guide": guide, "key": key},
        )


def create_faq(order, item):
    return FAQEntry.objects.create(
        **translated("question", item["question"]),
        **paragraphs("answer", item["answer"]),
        **topic_fields(item.get("topic")),
        order=item.get("order", order * 10),
        needs_check=bool(item.get("needs_check")),
        status=FAQEntry.Status.PUBLISHED,
    )


def faq_key(item):
    """The English question names the entry in the launch file (editors may reword it)."""
    return "guides.faq:" + slugify(item["question"]["en"])[:200]


@transaction.atomic
def load(stdout):
    ensure_registered(Guide, follow=("steps",))
    ensure_registered(Step, follow=("links",))
    for model in (StepLink, FAQEntry, PlanStep):
        ensure_registered(model)
    data = read("guides.json") or {"guides": [], "faq": [], "triage_steps": {}}
    guide_data = list(data.get("guides", []))
    # Our own text for the page the quick exit links to, where the writers have none.
    if not any(item["slug"] == "safe-browsing" for item in guide_data):
        guide_data.append(read("safe_browsing.json"))
    seeder = Seeder()
    # Guides first, since steps link to other guides; then each step (with its links) in a
    # first revision of its own.
    guides = {}
    for item in guide_data:
        guides[item["slug"]] = seeder.once(
            f"guides.guide:{item['slug']}",
            Guide,
            lambda item=item: create_guide(item),
            legacy={"slug": item["slug"]},
        )
    for item in guide_data:
        if guides[item["slug"]] is not None:  # None: an editor deleted the guide
            load_steps(seeder, guides[item["slug"]], item, guides)
    for order, item in enumerate(data.get("faq", []), start=1):
        seeder.once(
            faq_key(item),
            FAQEntry,
            lambda order=order, item=item: create_faq(order, item),
            legacy={"question_en": item["question"]["en"]},
        )
    plan_steps = data.get("triage_steps", {})
    for key, item in plan_steps.items():
        seeder.once(
            f"guides.planstep:{key}",
            PlanStep,
            lambda key=key, item=item: PlanStep.objects.create(
                key=key,
                **translated("title", item["title"]),
                **paragraphs("body", item["body"]),
                status=PlanStep.Status.PUBLISHED,
            ),
            legacy={"key": key},
        )
    stdout.write(
        f"Guides: {len(guides)} guides, {len(data.get('faq', []))} questions, "
        f"{len(plan_steps)} plan texts; {seeder.summary()}."
    )
