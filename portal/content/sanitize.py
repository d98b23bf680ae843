"""One place that decides which HTML may reach a page."""

import nh3

ALLOWED_TAGS = {
    "h2",
    "h3",
    "h4",
    "p",
    "br",
    "ul",
    "ol",
    "li",
    "a",
    "strong",
    "em",
    "b",
    "i",
    "blockquote",
    "q",
    "cite",
    "abbr",
    "bdi",
    "span",
}
ALLOWED_ATTRIBUTES = {
    "a": {"href", "hreflang", "title"},
    "abbr": {"title"},
    "bdi": {"dir"},
    "span": {"dir", "lang"},
    "p": {"dir", "lang"},
}
# No `cite` on blockquote or q: the sanitiser checks URL schemes only in href and src, so a
# `cite="javascript:..."` would pass; the source belongs in a visible link instead.
URL_SCHEMES = {"http", "https", "mailto", "tel"}


def clean_html(value):
    """Keep headings, paragraphs, lists, links, emphasis and quotes; drop everything else.

    Links get rel="noopener noreferrer" so a page we link to never learns where the visitor
    came from.
    """
    if not value:
        return value
    return nh3.clean(
        value,
        tags=ALLOWED_TAGS,
        attributes=ALLOWED_ATTRIBUTES,
        url_schemes=URL_SCHEMES,
        link_rel="noopener noreferrer",
        strip_comments=True,
    )
