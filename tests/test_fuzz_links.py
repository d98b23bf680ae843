"""For any request path (and query string, and Host port), every href, src and link in the
answer is relative to this site, or names SITE_URL, or one of the other hosts the content
itself links to (the quick exit, E-Blagh, a source, a directory entry's website): never a
host the request chose."""

import re
from urllib.parse import unquote_to_bytes, urlsplit

import pytest
from django.conf import settings as django_settings
from django.test import Client
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from tests.security_helpers import allowed_external_hosts
from tests.test_fuzz import NASTY, bases, build_path, wsgi

pytestmark = [pytest.mark.django_db, pytest.mark.fuzz]

HOSTILE = st.sampled_from(
    [
        "//evil.com",
        "/%2F%2Fevil.com",
        "\\evil.com",
        "/\\evil.com",
        "%5C%5Cevil.com",
        "https://evil.com",
        "http:evil.com",
        "@evil.com",
        "evil.com:80@x",
        "%09//evil.com",
        "///evil.com/",
        "javascript:alert(1)",
    ]
)
SEGMENT = st.one_of(HOSTILE, NASTY, st.text(max_size=20))
ATTRIBUTE = re.compile(r"""\b(?:href|src|action)\s*=\s*["']?([^"'\s>]*)""", re.IGNORECASE)
ALLOWED_SCHEMES = {"", "http", "https", "mailto", "tel"}


@pytest.fixture
def allowed(seeded):
    return allowed_external_hosts()


@settings(
    max_examples=100,
    deadline=None,
    suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow],
)
@given(
    data=st.data(),
    prefix=st.one_of(st.just(""), HOSTILE),
    segments=st.lists(SEGMENT, max_size=3),
    query=st.one_of(st.just(""), HOSTILE.map(lambda h: f"next={h}"), st.text(max_size=40)),
)
def test_every_link_names_this_site_or_a_host_the_content_links_to(
    allowed, data, prefix, segments, query
):
    client = Client(raise_request_exception=False)
    base = data.draw(st.sampled_from(bases()))
    path = (prefix.rstrip("/") if prefix.startswith("/") else "") + (
        build_path(base, segments) if segments else base
    )
    response = client.generic(
        "GET",
        "/",
        PATH_INFO=unquote_to_bytes(path).decode("latin-1"),
        QUERY_STRING=wsgi(query),
    )
    assert response.status_code < 500, path
    if response.status_code in (301, 302, 307, 308):
        location = urlsplit(response["Location"])
        assert (
            not location.netloc or location.netloc == urlsplit(django_settings.SITE_URL).netloc
        ), (path, response["Location"])
        return
    if "html" not in response.get("Content-Type", "") and "xml" not in response.get(
        "Content-Type", ""
    ):
        return
    site = urlsplit(django_settings.SITE_URL)
    for link in ATTRIBUTE.findall(response.content.decode("utf-8", "replace")):
        link = link.replace("&amp;", "&")
        parts = urlsplit(link)
        assert parts.scheme in ALLOWED_SCHEMES, (path, link)
        assert not link.startswith("//") and "\\" not in link, (path, link)
        if parts.netloc:
            assert (parts.scheme, parts.netloc) == (site.scheme, site.netloc) or (
                parts.netloc in allowed
            ), (path, link)
