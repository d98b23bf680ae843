"""The search page: /<language>/search/?q=… . Private by construction: the query is never
stored or logged, the page is never cached and sends no referrer."""

import re

from django.shortcuts import render
from django.utils.translation import get_language
from django.utils.translation import gettext_lazy as _

from portal.core.hooks import SearchKind

from . import index, query
from .excerpt import highlight
from .normalise import MAX_QUERY_LENGTH, query_terms

GROUPS = (
    (SearchKind.GUIDE, _("Guides and questions")),
    (SearchKind.CONTACT, _("Help contacts")),
    (SearchKind.ARTICLE, _("Articles and pages")),
)
# Control characters (null bytes among them) are never shown back, nor searched.
_CONTROL = re.compile(r"[\x00-\x1f\x7f]+")


def clean(raw):
    return " ".join(_CONTROL.sub(" ", raw[: MAX_QUERY_LENGTH * 2]).split())[:MAX_QUERY_LENGTH]


def result(found, terms, language):
    title, body, _written = index.document(found.source, found.obj, language)
    return {
        "title": highlight(title, terms),
        "excerpt": highlight(body, terms, length=220),
        "url": found.obj.get_absolute_url(),
    }


def results(request):
    raw = request.GET.get("q", "")
    typed = clean(raw)
    terms = query_terms(typed)
    language = get_language()
    context = {"query": typed, "searched": bool(terms), "groups": [], "failed": False, "count": 0}
    if len(raw) > MAX_QUERY_LENGTH:
        context["shortened"] = MAX_QUERY_LENGTH
    if terms:
        found = query.search(language, terms)
        if found is None:
            context["failed"] = True
        else:
            context["count"] = len(found)
            context["groups"] = [
                {
                    "label": label,
                    "results": [result(f, terms, language) for f in found if f.kind == kind],
                }
                for kind, label in GROUPS
            ]
            context["groups"] = [group for group in context["groups"] if group["results"]]
    response = render(request, "search/results.html", context)
    # Nothing in between keeps what someone searched for, and no link followed from the
    # results tells the next site what page (and so what query) it came from.
    response["Cache-Control"] = "no-store"
    response["Referrer-Policy"] = "no-referrer"
    return response
