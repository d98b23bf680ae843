"""Links from one page to the same page in the other languages."""

from dataclasses import dataclass

from django.conf import settings
from django.urls import translate_url
from django.utils.translation import get_language_info


@dataclass(frozen=True)
class LanguageLink:
    code: str
    name_local: str
    bidi: bool
    url: str
    absolute_url: str
    is_current: bool


def _swap_prefix(path, code):
    """For a path no URL pattern matches (a 404), swap the language prefix by hand."""
    parts = path.split("/", 2)
    known = {lang for lang, _name in settings.LANGUAGES}
    if len(parts) > 1 and parts[1] in known:
        parts[1] = code
        return "/".join(parts)
    return f"/{code}{path}"


def language_links(request, current):
    full_path = request.get_full_path()
    links = []
    for code, _name in settings.LANGUAGES:
        url = translate_url(full_path, code)
        if url == full_path and code != current:
            url = _swap_prefix(full_path, code)
        info = get_language_info(code)
        links.append(
            LanguageLink(
                code=code,
                name_local=info["name_local"],
                bidi=info["bidi"],
                url=url,
                absolute_url=request.build_absolute_uri(url),
                is_current=code == current,
            )
        )
    return links
