"""No address an attacker chooses ever reaches our pages: language links, canonical and
hreflang come from this site's own URL patterns, and absolute addresses from SITE_URL, never
from the request's path or Host header."""

import re
from urllib.parse import unquote, urlsplit

import pytest
from django.conf import settings
from django.test import override_settings

from tests.security_helpers import allowed_external_hosts

pytestmark = pytest.mark.django_db

HOSTILE_PATHS = [
    "//evil.com/x",
    "//evil.com",
    "/%2F%2Fevil.com",
    "/%2F%2Fevil.com/x",
    "/\\evil.com",
    "/\\\\evil.com/x",
    "/%5Cevil.com",
    "/ar//evil.com/x",
    "/fr/%2F%2Fevil.com",
    "/en/\\evil.com",
    "/ar/no-such-page/?next=//evil.com",
    "/ar/https://evil.com/",
    "/ar/@evil.com",
    "///evil.com/",
    "/%09/evil.com",
]
LINK = re.compile(r"""<(?:a|link)\b[^>]*?\bhref="([^"]*)\"""")


def get_raw(client, path):
    """GET `path` as a server hands it to Django: the test client would read `//evil.com/x`
    as a host, so the path goes in PATH_INFO (decoded, as gunicorn does) as it is."""
    raw, _, query = path.partition("?")
    return client.get("/", PATH_INFO=unquote(raw), QUERY_STRING=query)


def hrefs(response):
    return LINK.findall(response.content.decode())


def site_origin():
    parts = urlsplit(settings.SITE_URL)
    return parts.scheme, parts.netloc


@pytest.mark.parametrize("path", HOSTILE_PATHS)
def test_no_foreign_host_in_links_of_a_hostile_path(client, path):
    response = get_raw(client, path)
    assert response.status_code in (200, 301, 302, 404)
    if response.status_code in (301, 302):
        assert "evil" not in response["Location"]
        return
    found = hrefs(response)
    assert found, path
    allowed = allowed_external_hosts()
    for href in found:
        assert "evil" not in href, (path, href)
        assert not href.startswith("//") and "\\" not in href, (path, href)
        parts = urlsplit(href)
        if parts.netloc:
            assert (parts.scheme, parts.netloc) == site_origin() or (
                parts.scheme == "https" and parts.netloc in allowed
            ), (path, href)


@pytest.mark.parametrize("code", ["ar", "fr", "en"])
def test_language_links_on_a_404_go_to_each_languages_home(client, code):
    html = client.get(f"/{code}/no-such-page/").content.decode()
    origin = settings.SITE_URL.rstrip("/")
    for other in ("ar", "fr", "en"):
        assert f'hreflang="{other}" href="{origin}/{other}/"' in html
    assert f'<link rel="canonical" href="{origin}/{code}/">' in html


def test_language_links_of_a_real_page_keep_the_page(client, seeded):
    html = client.get("/fr/help/").content.decode()
    origin = settings.SITE_URL.rstrip("/")
    assert f'hreflang="ar" href="{origin}/ar/help/"' in html
    assert f'<link rel="canonical" href="{origin}/fr/help/">' in html


@pytest.mark.parametrize(
    "path", ["/sitemap.xml", "/fr/news/feed/", "/fr/directory.json", "/fr/help/"]
)
def test_absolute_addresses_come_from_site_url_not_from_the_host_header(client, seeded, path):
    for host in ("localhost:1337", "127.0.0.1:9"):
        with override_settings(SITE_URL="https://portal.example.org"):
            response = client.get(path, HTTP_HOST=host)
        if response.status_code == 400:
            continue  # the port refused outright: nothing printed at all
        assert response.status_code == 200, (path, host)
        body = response.content.decode()
        assert "1337" not in body and "127.0.0.1:9" not in body, (path, host)
        assert "https://portal.example.org/" in body, (path, host)


@pytest.mark.parametrize("host", ["localhost:1337", "127.0.0.1:9", "testserver:8000"])
def test_a_port_nobody_configured_is_refused(client, host):
    assert client.get("/ar/", HTTP_HOST=host).status_code == 400
    assert client.get("/sitemap.xml", HTTP_HOST=host).status_code == 400


def test_the_port_of_site_url_is_accepted(client):
    assert client.get("/ar/", HTTP_HOST="testserver").status_code == 200
    with override_settings(SITE_URL="http://testserver:8000", ALLOWED_PORTS=["8000"]):
        response = client.get("/ar/", HTTP_HOST="testserver:8000")
        assert response.status_code == 200
        assert 'href="http://testserver:8000/fr/"' in response.content.decode()


def test_allowed_ports_default_to_the_port_of_site_url(monkeypatch):
    import importlib

    import portal.settings as production

    try:
        for site_url, expected in [
            ("https://portal.example.org", []),
            ("http://127.0.0.1:8000", ["8000"]),
        ]:
            monkeypatch.setenv("SITE_URL", site_url)
            monkeypatch.delenv("ALLOWED_PORTS", raising=False)
            assert expected == importlib.reload(production).ALLOWED_PORTS
    finally:
        monkeypatch.undo()
        importlib.reload(production)


def test_check_deploy_warns_while_site_url_is_not_https():
    from portal.security.checks import portal_security_checks

    with override_settings(SITE_URL="http://127.0.0.1:8000"):
        assert "portal.W005" in {w.id for w in portal_security_checks(None)}
    with override_settings(SITE_URL="https://portal.example.org"):
        assert "portal.W005" not in {w.id for w in portal_security_checks(None)}
