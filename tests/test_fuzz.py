"""Whatever a client sends, the public site never answers 500: random paths, query strings and
headers (long, unicode, null bytes, broken percent-encoding, nonsense Accept-Language)."""

from urllib.parse import unquote_to_bytes

import pytest
from django.test import Client
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from tests.conftest import public_paths

pytestmark = [pytest.mark.django_db, pytest.mark.fuzz]

NASTY = st.sampled_from(
    [
        "%",
        "%zz",
        "%c3%28",
        "%00",
        "\x00",
        "..",
        "//",
        "\\",
        "%2e%2e/",
        "\u202e",
        "\u0627",
        "😀",
        "?",
        "#",
    ]
)
SEGMENT = st.one_of(
    st.text(max_size=40), NASTY, st.text(alphabet="%0123456789abcdefg", max_size=12)
)
ACCEPT_LANGUAGE = st.one_of(
    st.text(max_size=300),
    st.sampled_from(
        ["ar", "fr-FR,fr;q=0.9", "*", "xx-YY", "en;q=abc", ";;;", "a" * 5000, "ar;q=2"]
    ),
)


def wsgi(text):
    """As a WSGI server hands values to Django (PEP 3333): the bytes, read as Latin-1."""
    return text.encode("utf-8", "surrogatepass").decode("latin-1")


def build_path(base, segments):
    return base.rstrip("/") + "/" + "/".join(segments)


def bases():
    return sorted({*public_paths(), "/", "/healthz", "/.well-known/security.txt"})


@settings(
    max_examples=200,
    deadline=None,
    suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow],
)
@given(
    data=st.data(),
    segments=st.lists(SEGMENT, max_size=4),
    query=st.lists(st.tuples(SEGMENT, SEGMENT), max_size=6),
    raw_query=st.one_of(st.just(""), st.text(max_size=200), NASTY),
    accept_language=ACCEPT_LANGUAGE,
    header=st.text(max_size=500),
)
def test_no_input_makes_the_public_site_fail(
    seeded, data, segments, query, raw_query, accept_language, header
):
    client = Client(raise_request_exception=False)
    base = data.draw(st.sampled_from(bases()))
    path = build_path(base, segments) if segments else base
    query_string = "&".join(f"{k}={v}" for k, v in query) or raw_query
    # PATH_INFO given as a WSGI server gives it (decoded, then Latin-1): the test client
    # would otherwise parse a path such as "//[" as a host name.
    response = client.generic(
        "GET",
        "/",
        PATH_INFO=unquote_to_bytes(path).decode("latin-1"),
        QUERY_STRING=wsgi(query_string),
        HTTP_ACCEPT_LANGUAGE=wsgi(accept_language),
        HTTP_USER_AGENT=wsgi(header),
        HTTP_REFERER=wsgi(header),
        HTTP_X_FORWARDED_FOR=wsgi(header),
        HTTP_COOKIE=wsgi(header),
    )
    assert response.status_code < 500, (path, query_string, response.status_code)
