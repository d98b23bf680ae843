"""A short piece of a result's text around the first matched word, with the matched words
marked. Every piece of text is escaped; only the <mark> tags are ours.

Cheap by construction (a results page builds twenty of these): the body is scanned word by
word only up to its first match, each distinct word is normalised once, and only the
window shown is cut into words and marked."""

import re
from collections import deque
from functools import lru_cache

from django.utils.html import escape
from django.utils.safestring import mark_safe

from .normalise import normalise, strip_article

# Words before the first match, and characters shown in all.
LEAD_WORDS = 8
LENGTH = 220
# Words, with the Arabic marks and tatweel inside them (not word characters for `re`).
_WORD = r"[\w\u0610-\u061a\u0640\u064b-\u065f\u0670\u06d6-\u06ed]+"
_TOKENS = re.compile(f"({_WORD})")
_WORDS = re.compile(_WORD)


def _key(term):
    # Long words match their inflected forms too (a plural, a possessive ending).
    return term if len(term) < 6 else term[:-2]


@lru_cache(maxsize=8192)
def _folded(word):
    # A site's texts share most of their words: each is normalised once per process.
    return strip_article(normalise(word))


def matches(word, keys):
    folded = _folded(word)
    return any(folded.startswith(key) or (len(key) >= 3 and key in folded) for key in keys)


def _first_match(text, keys, seen):
    """Where the shown text starts: LEAD_WORDS words before the first match (0 when there
    are fewer, or no match at all)."""
    before = deque(maxlen=LEAD_WORDS)
    for count, word in enumerate(_WORDS.finditer(text)):
        found = seen.get(word.group())
        if found is None:
            found = seen[word.group()] = matches(word.group(), keys)
        if found:
            return before[0] if count > LEAD_WORDS else 0
        before.append(word.start())
    return 0


def highlight(text, terms, length=None):
    """Plain `text` (index.document() took the tags out of HTML fields) as safe HTML, cut
    around the first match when `length` is set."""
    keys = tuple(_key(term) for term in terms)
    text = " ".join((text or "").split())
    seen = {}
    start = 0
    if length is not None:
        start = _first_match(text, keys, seen)
        # Twice the length shown is always enough: the loop below stops at `length`.
        window = text[start : start + 2 * length]
    else:
        window = text
    out, size, cut_after = [], 0, False
    for i, token in enumerate(_TOKENS.split(window)):
        if length is not None and size + len(token) > length:
            cut_after = True
            break
        size += len(token)
        marked = i % 2 == 1 and seen.setdefault(token, matches(token, keys))
        out.append(f"<mark>{escape(token)}</mark>" if marked else escape(token))
    html = "".join(out).strip()
    return mark_safe(("… " if start > 0 else "") + html + (" …" if cut_after else ""))
