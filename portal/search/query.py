"""Finding content: candidates from the index (full-text on PostgreSQL, then trigram for
near misses; normalised substrings on SQLite), then the live objects themselves, read again
through their app's `visible()`: only what a visitor may see now is ever returned."""

import logging
from typing import NamedTuple

from django.conf import settings
from django.db import DatabaseError, connection, transaction
from django.db.models import Q
from django.utils import timezone

from . import index
from .models import SearchEntry

logger = logging.getLogger(__name__)

# Results shown at most (the best ones): more is a list nobody reads on a phone, and each
# result costs an excerpt.
LIMIT = 20
CONFIGS = {"ar": "arabic", "fr": "french", "en": "english"}
WINDOW = "(publish_at IS NULL OR publish_at <= %s) AND (withdraw_at IS NULL OR withdraw_at > %s)"


class Hit(NamedTuple):
    source: str
    object_id: int
    kind: int
    rank: float


class Found(NamedTuple):
    source: object
    obj: object
    kind: int


def text_languages(language):
    return list(dict.fromkeys([language, index.FALLBACK]))


# Matches ranked at most: a word on nearly every page (ابتزاز, on this site) would otherwise
# rank every row; past this many the order among them is the index's, not the rank's.
RANKED = 1000
# Near misses compared at most (the trigram fallback), for the same reason.
NEAR = 200


def fulltext(language, terms, now):
    parts, params = [], []
    for code in text_languages(language):
        # `vector` is PostgreSQL's column (migrations/0002): the text's words in its
        # language's configuration, title weighted over body.
        parts.append(
            "SELECT source, object_id, kind, vector, q "
            f"FROM search_searchentry, plainto_tsquery('{CONFIGS[code]}'::regconfig, %s) q "
            f"WHERE language = %s AND text_language = '{code}' AND vector @@ q AND {WINDOW}"
        )
        params += [" ".join(terms), language, now, now]
    sql = (
        f"SELECT source, object_id, kind, ts_rank(vector, q) AS rank FROM "
        f"({' UNION ALL '.join(parts)} LIMIT {RANKED}) AS matched "
        f"ORDER BY rank DESC LIMIT {LIMIT}"
    )
    return _fetch(sql, params)


def trigram(language, terms, now):
    """Near misses (a letter wrong or missing) in titles: word similarity, on the title's
    trigram index (texts are too long to compare quickly)."""
    phrase = " ".join(terms)
    # `<%` is the operator the title's GIN trigram index answers; the similarity is
    # computed again only for the first NEAR rows it finds: a typo of a word in nearly
    # every title (ابتزاذ) would otherwise compare every title of the site.
    sql = (
        "SELECT source, object_id, kind, word_similarity(%s, title) AS rank FROM ("
        "SELECT source, object_id, kind, title FROM search_searchentry "
        f"WHERE language = %s AND %s <%% title AND {WINDOW} LIMIT {NEAR}"
        f") AS near ORDER BY rank DESC LIMIT {LIMIT}"
    )
    with connection.cursor() as cursor:
        # A little looser than the default 0.6: one wrong letter in a short word still
        # counts. SET LOCAL: for this transaction only (search() opens one).
        cursor.execute("SET LOCAL pg_trgm.word_similarity_threshold = 0.5")
    return _fetch(sql, [phrase, language, phrase, now, now])


def _fetch(sql, params):
    with connection.cursor() as cursor:
        cursor.execute(sql, params)
        return [Hit(*row) for row in cursor.fetchall()]


def substring(language, terms, now):
    """Every word somewhere in the title or text; a word in the title counts double."""
    entries = SearchEntry.objects.filter(
        Q(publish_at__isnull=True) | Q(publish_at__lte=now),
        Q(withdraw_at__isnull=True) | Q(withdraw_at__gt=now),
        language=language,
    )
    for term in terms:
        entries = entries.filter(Q(title__contains=term) | Q(body__contains=term))
    hits = [
        Hit(source, object_id, kind, sum(2 if t in title else 1 for t in terms))
        for source, object_id, kind, title in entries.values_list(
            "source", "object_id", "kind", "title"
        )[: LIMIT * 4]
    ]
    return sorted(hits, key=lambda hit: -hit.rank)[:LIMIT]


def candidates(language, terms, now):
    if connection.vendor == "postgresql":
        return fulltext(language, terms, now) or trigram(language, terms, now)
    return substring(language, terms, now)


def visible(hits):
    """The hits' live objects that visitors may see, in the hits' order."""
    by_label = {index.source_label(model): source for model, source in index.sources().items()}
    wanted = {}
    for hit in hits:
        if hit.source in by_label:
            wanted.setdefault(hit.source, []).append(hit.object_id)
    live = {}
    for label, ids in wanted.items():
        source = by_label[label]
        for obj in index.with_related(source, source.visible().filter(pk__in=ids)):
            live[(label, obj.pk)] = Found(source, obj, int(source.kind))
    return [
        live[(hit.source, hit.object_id)] for hit in hits if (hit.source, hit.object_id) in live
    ]


def search(language, terms):
    """What visitors may see that matches every term, best first; None when the database
    failed (said on the page; the query itself is never logged)."""
    if language not in CONFIGS:
        language = settings.LANGUAGE_CODE
    try:
        with transaction.atomic():
            return visible(candidates(language, terms, timezone.now()))
    except DatabaseError as error:
        logger.warning("Search failed: %s", type(error).__name__)
        return None
