"""A word-level diff that keeps Arabic words whole and reads in the text's own direction."""

import difflib
import html
import re

from django.utils.html import escape, format_html, strip_tags
from django.utils.safestring import mark_safe

ARABIC = re.compile(r"[\u0600-\u06FF\u0750-\u077F\u08A0-\u08FF\uFB50-\uFDFF\uFE70-\uFEFF]")
LATIN = re.compile(r"[A-Za-z\u00C0-\u024F]")
HTML_TAG = re.compile(r"<[a-zA-Z/][^>]*>")


def direction(text, language=None):
    """("rtl", "ar") for Arabic fields and Arabic text, ("ltr", language) otherwise."""
    if language == "ar":
        return "rtl", "ar"
    if language in ("fr", "en"):
        return "ltr", language
    arabic, latin = len(ARABIC.findall(text)), len(LATIN.findall(text))
    return ("rtl", "ar") if arabic > latin else ("ltr", language or "")


def as_text(value):
    """HTML compared on its words: tags go, entities are decoded back to characters."""
    text = "" if value is None else str(value)
    if HTML_TAG.search(text):
        text = strip_tags(re.sub(r"</(p|li|h[1-6]|blockquote)>|<br\s*/?>", " ", text))
        text = html.unescape(text)
    return text


def diff_words(old, new, language=None):
    """Safe HTML: the new text with each removed run in <del> and each added run in <ins>.

    Tokens are whole whitespace-separated words, never characters, so the letters of an
    Arabic word stay joined; every word is escaped."""
    old_words, new_words = as_text(old).split(), as_text(new).split()
    dir_, lang = direction(" ".join(old_words + new_words), language)
    lang_attr = format_html(' lang="{}"', lang) if lang else ""
    parts = []
    matcher = difflib.SequenceMatcher(a=old_words, b=new_words, autojunk=False)
    for op, a1, a2, b1, b2 in matcher.get_opcodes():
        if op == "equal":
            parts.append(escape(" ".join(new_words[b1:b2])))
            continue
        if a2 > a1:
            parts.append(
                format_html(
                    '<del dir="{}"{}>{}</del>', dir_, lang_attr, " ".join(old_words[a1:a2])
                )
            )
        if b2 > b1:
            parts.append(
                format_html(
                    '<ins dir="{}"{}>{}</ins>', dir_, lang_attr, " ".join(new_words[b1:b2])
                )
            )
    body = " ".join(str(part) for part in parts)
    return format_html(
        '<div class="word-diff" dir="{}"{}>{}</div>', dir_, lang_attr, mark_safe(body)
    )
