"""How the page cache answers over HTTP (portal/core/pagecache/entries.py): the encodings a
visitor accepts, one ETag per encoding, one copy per page whatever the click identifiers,
and no copy read across a change of the entry's format (two releases sharing Redis)."""

import gzip
import html
import re

import brotli
import pytest
from django.core.cache import cache
from django.test import Client

from portal.core.pagecache import entries

pytestmark = pytest.mark.django_db


def text(response):
    return html.unescape(response.content.decode())


def test_a_cached_page_is_sent_compressed_as_stored_with_an_etag_per_encoding(seeded):
    """A hit is never compressed again: each encoding is made once, when the page is stored,
    so two hits send the very same bytes (GZipMiddleware's BREACH padding would differ)."""
    path = "/ar/help/now/"
    plain = Client().get(path, HTTP_ACCEPT_ENCODING="identity")
    hits = {}
    for coding in ("gzip", "br"):
        first = Client().get(path, HTTP_ACCEPT_ENCODING=coding)
        second = Client().get(path, HTTP_ACCEPT_ENCODING=coding)
        assert second["X-Cache"] == "hit" and second["Content-Encoding"] == coding
        assert second.content == first.content
        assert int(second["Content-Length"]) == len(second.content)
        assert "Accept-Encoding" in second["Vary"]
        hits[coding] = second
    assert gzip.decompress(hits["gzip"].content) == plain.content
    assert brotli.decompress(hits["br"].content) == plain.content
    assert "Content-Encoding" not in plain
    etags = {plain["ETag"], hits["gzip"]["ETag"], hits["br"]["ETag"]}
    assert len(etags) == 3
    again = Client().get(
        path, HTTP_ACCEPT_ENCODING="gzip", HTTP_IF_NONE_MATCH=hits["gzip"]["ETag"]
    )
    assert again.status_code == 304 and again.content == b""


def test_an_encoding_the_visitor_refuses_with_q_0_is_never_sent(seeded):
    """RFC 9110 12.5.3: `q=0` means "not acceptable". A client that refuses Brotli (or
    gzip) by name must get something it can read, from the cache as on a miss."""
    path = "/en/help/now/"
    plain = Client().get(path, HTTP_ACCEPT_ENCODING="identity")
    cases = {
        "gzip;q=0": None,
        "br;q=0, gzip": "gzip",
        "gzip, br;q=0.0": "gzip",
        "br;q=0,gzip;q=0": None,
        "x-br, gzip": "gzip",
    }
    for accepted, coding in cases.items():
        response = Client().get(path, HTTP_ACCEPT_ENCODING=accepted)
        assert response["X-Cache"] == "hit", accepted
        assert response.get("Content-Encoding") == coding, accepted
        body = gzip.decompress(response.content) if coding else response.content
        assert body == plain.content, accepted


def test_a_link_shared_with_a_click_identifier_is_served_from_the_cache(seeded):
    """A story shared on a social network brings every reader with a click identifier of
    their own (`?fbclid=...`, one per click) or a campaign's `utm_` tags: the page is the
    same, so it must come from the cache, not be rendered and stored once per reader."""
    for path in ("/en/help/now/", "/en/help/plan/?a=1&b=2&c=1&d=2"):
        first = Client().get(path)
        assert first["X-Cache"] == "miss"
        joiner = "&" if "?" in path else "?"
        for clicks in range(3):
            shared = Client().get(
                f"{path}{joiner}fbclid=IwAR{clicks}x&utm_source=news&utm_medium=social"
            )
            assert shared["X-Cache"] == "hit", (path, clicks)
            assert shared.content == first.content
    # A parameter the page reads still makes a page of its own.
    other = Client().get("/en/help/plan/?a=2&b=2&c=1&d=2&fbclid=IwARzz")
    assert other["X-Cache"] == "miss" and "IwARzz" not in text(other)
    assert Client().get("/en/help/plan/?a=2&b=2&c=1&d=2")["X-Cache"] == "hit"


def test_a_parameter_no_page_reads_cannot_get_past_the_cache(seeded):
    """Made-up parameters (`?x=<random>`, one per request, as a flood would send them) must
    not make the page render and be stored once per address: the page does not read
    them, so every such request is the one copy, and its links do not carry them on."""
    for path in ("/en/", "/en/directory/?region=casablanca-settat"):
        first = Client().get(path)
        assert first["X-Cache"] == "miss"
        joiner = "&" if "?" in path else "?"
        for n in range(3):
            flooded = Client().get(f"{path}{joiner}x{n}=r{n}nd&cache_buster={n}")
            assert flooded["X-Cache"] == "hit", (path, n)
            assert flooded.content == first.content
            assert f"r{n}nd" not in text(flooded)
    # The parameters the directory reads still make pages of their own.
    other = Client().get("/en/directory/?region=rabat-sale-kenitra&zz=1")
    assert other["X-Cache"] == "miss"
    assert "rabat-sale-kenitra" in text(other) and "zz=1" not in text(other)


class OlderEntry:
    """What the release before kept: the page uncompressed, without `encoded`."""

    def __init__(self, entry):
        self.version, self.fresh_until, self.stored_at = (
            entry.version,
            entry.fresh_until,
            entry.stored_at,
        )
        self.status, self.headers, self.etag = entry.status, entry.headers, entry.etag
        self.content = gzip.decompress(entry.encoded["gzip"])


def test_a_copy_kept_by_another_release_is_never_read(seeded):
    """During a rolling release the old and the new code share Redis: a page must not be
    read from an entry that the other code wrote in its own format (a 500, or an empty
    page, for up to PAGE_CACHE_SECONDS). The entry's format is part of its key."""
    path = "/en/help/now/"
    fresh = Client().get(path)
    assert fresh["X-Cache"] == "miss"
    key = next(k for k in cache._cache if entries.PAGE_PREFIX in k)
    digest = re.search(r"[0-9a-f]{64}$", key).group(0)
    stored = cache.get(entries.PAGE_PREFIX + digest)
    cache.delete(entries.PAGE_PREFIX + digest)
    # Where the release before this one (no format in the key) kept the same page.
    cache.set("pagecache:page:" + digest, OlderEntry(stored))
    again = Client().get(path)
    assert again.status_code == 200
    assert again["X-Cache"] == "miss"
    assert text(again) == text(fresh)
