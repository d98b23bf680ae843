"""One normalisation for what people type and for the text it is matched against.

People type Arabic with or without diacritics, with any form of alef, with ى for ي, with
Persian keyboards (ی ک) and Eastern digits; French without accents. Both the query and the
indexed text go through `normalise()`, so all those spellings meet. The result is for
matching only: pages always show the text as editors wrote it.
"""

import re
import unicodedata

# Longest query kept: enough for a sentence, short enough that a pasted page costs nothing.
MAX_QUERY_LENGTH = 200
# Words kept from a query; a longer query is a sentence, its first words carry it.
MAX_TERMS = 8

_FOLD = str.maketrans(
    {
        "أ": "ا",  # noqa: RUF001
        "إ": "ا",  # noqa: RUF001
        "آ": "ا",  # noqa: RUF001
        "ٱ": "ا",  # noqa: RUF001
        "ى": "ي",
        "ة": "ه",  # noqa: RUF001
        "ی": "ي",  # Persian yeh
        "ک": "ك",  # Persian keheh
        "ـ": None,  # tatweel
        **{chr(0x0660 + d): str(d) for d in range(10)},  # Eastern Arabic digits
        **{chr(0x06F0 + d): str(d) for d in range(10)},  # Persian digits
    }
)

# Arabic diacritics (harakat, tanwin, shadda, sukun, dagger alef, Quranic marks).
_ARABIC_MARKS = re.compile(
    "[\u0610-\u061a\u064b-\u065f\u0670\u06d6-\u06dc\u06df-\u06e8\u06ea-\u06ed]"
)
# Anything but letters and digits separates words (punctuation, operators, quotes, controls).
_NOT_WORD = re.compile(r"[\W_]+")

# The Arabic article and the particles glued before it: "الابتزاز", "والابتزاز",
# "بالابتزاز", "للابتزاز" all mean a word that is "ابتزاز". Stripped from query words and from
# indexed words alike (the longest first), only when a real word (3+ letters) remains.
_ARTICLE = re.compile(r"^(?:وال|فال|بال|كال|لل|ال)(?=\w{3})")


def fold_latin(text):
    """é→e, ç→c, œ→oe: French typed without accents matches French written with them."""
    decomposed = unicodedata.normalize("NFKD", text.replace("œ", "oe").replace("æ", "ae"))
    return "".join(c for c in decomposed if not (unicodedata.combining(c) and c < "\u0590"))


def normalise(text):
    """The matching form of `text`: NFKC, lower case, Arabic folded, accents removed."""
    text = unicodedata.normalize("NFKC", text or "").replace("\x00", " ")
    text = _ARABIC_MARKS.sub("", text).translate(_FOLD)
    return unicodedata.normalize("NFC", fold_latin(text).casefold())


def strip_article(word):
    return _ARTICLE.sub("", word)


def words(text):
    """The normalised words of `text`, Arabic article removed, in order."""
    return [strip_article(w) for w in _NOT_WORD.split(normalise(text)) if w]


def index_text(text):
    """What is stored to match against: the normalised words, the article removed, so that a
    plain substring match (SQLite) and the full-text parser (PostgreSQL) see the same words."""
    return " ".join(words(text))


def query_terms(query):
    """The words of a query worth looking for (at most MAX_TERMS, each at least 2 characters),
    without repeats; an empty list when nothing searchable was typed."""
    seen = []
    for word in words((query or "")[:MAX_QUERY_LENGTH]):
        if len(word) >= 2 and word not in seen:
            seen.append(word)
    return seen[:MAX_TERMS]
