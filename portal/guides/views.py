from collections import defaultdict
from dataclasses import dataclass
from itertools import groupby
from urllib.parse import urlencode

from django.http import Http404
from django.shortcuts import redirect, render
from django.urls import reverse
from django.utils import timezone
from django.utils.cache import add_never_cache_headers
from django.utils.translation import gettext_lazy as _

from portal.content.crisis import mentions_self_harm
from portal.content.helpers import published_or_redirect
from portal.core.emergency import EMERGENCY_NUMBERS
from portal.core.origin import absolute
from portal.core.pagecache import shared_page

from . import triage
from .contacts import directory_url
from .models import FAQEntry, Guide, PlanStep
from .queries import LINKED_GUIDES, LINKS, STEPS, URGENT


def guide_steps(guide):
    """The guide's steps in order, each with its links in order as `step.shown_links`.

    Plain queries grouped here: Django's nested prefetch machinery cost more than the
    queries together (about 4 ms on the urgent guide)."""
    steps = STEPS.rows(guide=guide.pk)
    links = LINKS.rows(guide=guide.pk)
    if any(link.guide_id is not None for link in links):
        guides = {linked.pk: linked for linked in LINKED_GUIDES.rows(guide=guide.pk)}
        for link in links:
            if link.guide_id is not None:
                link.guide = guides.get(link.guide_id)
    by_step = defaultdict(list)
    for link in links:
        by_step[link.step_id].append(link)
    for step in steps:
        step.shown_links = by_step[step.pk]
    return steps


def guide_list(request):
    guides = Guide.objects.published().order_by("-is_urgent", "order", "pk")
    return render(request, "guides/guide_list.html", {"guides": guides})


def _render_guide(request, guide, **context):
    steps = guide_steps(guide)
    # The crisis box: always on the urgent guide, and on any guide that speaks of self-harm.
    crisis = guide.is_urgent or mentions_self_harm(
        guide.title, guide.intro, *(t for s in steps for t in (s.title, s.body))
    )
    context = {"guide": guide, "steps": steps, "crisis": crisis, **context}
    return render(request, "guides/guide_detail.html", context)


@dataclass(frozen=True)
class RemovalButton:
    """A button that opens a removal tool itself, with who it is for and a link to what the
    directory says of it."""

    tool: triage.RemovalTool
    audience: str
    about_url: str


def removal_buttons():
    return [
        RemovalButton(
            triage.STOPNCII,
            _("If you were 18 or older in the images"),
            directory_url("stopncii"),
        ),
        RemovalButton(
            triage.TAKE_IT_DOWN,
            _("If you were under 18 in the images"),
            directory_url("take-it-down"),
        ),
    ]


def urgent(request):
    guide = URGENT.first(at=timezone.now())
    if guide is None:
        raise Http404
    # The first screen gives the emergency numbers; the steps do not repeat them as links.
    numbers_above = {entry.number for entry in EMERGENCY_NUMBERS}
    return _render_guide(
        request, guide, removal_buttons=removal_buttons(), numbers_above=numbers_above
    )


def guide_detail(request, slug):
    guide, moved = published_or_redirect(Guide.objects.published(), slug)
    if moved:
        return moved
    if guide.is_urgent:
        # One address for the urgent guide, so that it is the one people share and bookmark.
        return redirect("guides:urgent", permanent=False)
    return _render_guide(request, guide)


def faq(request):
    entries = FAQEntry.objects.published().order_by("order", "pk")
    # Topics in the order of their first question, so editors order topics by numbering.
    topics = [(topic, list(items)) for topic, items in groupby(entries, key=lambda e: e.topic)]
    crisis = mentions_self_harm(*(t for e in entries for t in (e.question, e.answer)))
    return render(request, "guides/faq.html", {"topics": topics, "crisis": crisis})


def plan(request):
    """The triage: one question per page, then the plan. Nothing is stored."""
    state = triage.read(request.GET)
    if state.question is not None:
        previous = urlencode(dict(list(state.answers.items())[:-1]))
        context = {
            "state": state,
            "question": state.question,
            "total": len(triage.QUESTIONS),
            "previous_url": (
                reverse("guides:plan") + (f"?{previous}" if previous else "")
                if state.answers
                else ""
            ),
        }
        response = render(request, "guides/triage_question.html", context)
    else:
        keys = triage.plan_keys(state.answers)
        helper = triage.helper_key(state.answers)
        wanted = keys + ([helper] if helper else [])
        found = {step.key: step for step in PlanStep.objects.published().filter(key__in=wanted)}
        slugs = triage.related_slugs(state.answers)
        related = Guide.objects.published().filter(slug__in=slugs, is_urgent=False)
        removal_key = next(key for key in keys if key.startswith("removal-"))
        context = {
            "state": state,
            "steps": [found[key] for key in keys if key in found],
            "helper": found.get(helper),
            "removal_key": removal_key,
            "removal_found": removal_key in found,
            "tools": triage.removal_tools(state.answers),
            "guides": sorted(related, key=lambda guide: slugs.index(guide.slug)),
            "for_someone_else": state.answers["d"] == triage.TWO,
            # From SITE_URL and the parsed answers, not from the Host header.
            "plan_url": absolute(reverse("guides:plan")) + f"?{request.GET.urlencode()}",
        }
        response = render(request, "guides/plan.html", context)
    # Answers must not linger in shared caches or the browser's disk cache. The page itself is
    # the same for everyone with these answers: the server keeps it (survives an outage).
    add_never_cache_headers(response)
    return shared_page(response)
