"""Links from one page to the same page in the other languages.

Built only from the URL pattern this site resolved for the request, reversed in each
language: never from the raw path, which a client chooses (`//evil.com/x`, `/\\evil.com`).
On a 404, or where the pattern cannot be reversed, each language's link is its home page."""

from dataclasses import dataclass

from django.conf import settings
from django.urls import NoReverseMatch, Resolver404, resolve, reverse
from django.utils import translation
from django.utils.translation import get_language_info

from .addresses import cached_reverse
from .origin import absolute

NOT_FOUND = "portal_not_found"


@dataclass(frozen=True)
class LanguageLink:
    code: str
    name_local: str
    bidi: bool
    url: str
    absolute_url: str
    is_current: bool


def _home(code):
    with translation.override(code):
        return reverse("core:home")


def _same_page(match, code):
    """This page's path in `code`, or None where it has none (its home page is used)."""
    if match is None:
        return None
    with translation.override(code):
        try:
            path = cached_reverse(match.view_name, match.args, match.kwargs)
        except NoReverseMatch:
            return None
    # A reversed pattern starts with one slash; anything else is not ours to print.
    return path if path.startswith("/") and not path.startswith("//") else None


def _match(request):
    if getattr(request, NOT_FOUND, False):
        return None
    # The view's own match when there is one: resolving the path again costs as much.
    match = getattr(request, "resolver_match", None)
    if match is None:
        try:
            match = resolve(request.path_info)
        except Resolver404:
            return None
    return match if match.view_name else None


def language_links(request, current):
    match = _match(request)
    # The query string (the triage plan's answers) re-encoded from the parsed parameters: it
    # follows the path, so it cannot name another host.
    query = request.GET.urlencode() if match is not None else ""
    links = []
    for code, _name in settings.LANGUAGES:
        url = _same_page(match, code)
        if url is None:
            url = _home(code)
        elif query and url != _home(code):
            url = f"{url}?{query}"
        info = get_language_info(code)
        links.append(
            LanguageLink(
                code=code,
                name_local=info["name_local"],
                bidi=info["bidi"],
                url=url,
                absolute_url=absolute(url),
                is_current=code == current,
            )
        )
    return links
