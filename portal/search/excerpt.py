"""A short piece of a result's text around the first matched word, with the matched words
marked. Every piece of text is escaped; only the <mark> tags are ours."""

import re

from django.utils.html import escape
from django.utils.safestring import mark_safe

from .normalise import normalise, strip_article

# Words before the first match, and characters shown in all.
LEAD_WORDS = 8
LENGTH = 220
# Words, with the Arabic marks and tatweel inside them (not word characters for `re`).
_TOKENS = re.compile(r"([\w\u0610-\u061a\u0640\u064b-\u065f\u0670\u06d6-\u06ed]+)")


def _key(term):
    # Long words match their inflected forms too (a plural, a possessive ending).
    return term if len(term) < 6 else term[:-2]


def matches(word, keys):
    folded = strip_article(normalise(word))
    return any(folded.startswith(key) or (len(key) >= 3 and key in folded) for key in keys)


def highlight(text, terms, length=None):
    """Plain `text` (index.document() took the tags out of HTML fields) as safe HTML, cut
    around the first match when `length` is set."""
    keys = [_key(term) for term in terms]
    tokens = _TOKENS.split(" ".join((text or "").split()))
    marked = [i % 2 == 1 and matches(token, keys) for i, token in enumerate(tokens)]
    start, cut_before = 0, False
    if length is not None and any(marked):
        first = marked.index(True)
        start = max(0, first - 2 * LEAD_WORDS)
        start -= start % 2  # begin on a separator, so the text starts with a whole word
        cut_before = start > 0
    out, size, cut_after = [], 0, False
    for i in range(start, len(tokens)):
        token = tokens[i]
        if length is not None and size + len(token) > length:
            cut_after = True
            break
        size += len(token)
        out.append(f"<mark>{escape(token)}</mark>" if marked[i] else escape(token))
    html = "".join(out).strip()
    return mark_safe(("… " if cut_before else "") + html + (" …" if cut_after else ""))
