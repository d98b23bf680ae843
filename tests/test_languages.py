"""Every public page, in every language: right language and direction, links between
languages that agree with each other, and no cookie."""

import re
from html.parser import HTMLParser

import pytest

from tests.conftest import LANGUAGES, public_paths

pytestmark = pytest.mark.django_db


class HeadParser(HTMLParser):
    def __init__(self):
        super().__init__()
        self.html_attrs = {}
        self.alternates = {}
        self.canonical = None
        self.switcher = {}
        self._in_switcher = False

    def handle_starttag(self, tag, attrs):
        attrs = dict(attrs)
        if tag == "html":
            self.html_attrs = attrs
        elif tag == "link" and attrs.get("rel") == "alternate" and "hreflang" in attrs:
            self.alternates[attrs["hreflang"]] = attrs["href"]
        elif tag == "link" and attrs.get("rel") == "canonical":
            self.canonical = attrs["href"]
        elif tag == "nav" and "language-switcher" in attrs.get("class", ""):
            self._in_switcher = True
        elif tag == "a" and self._in_switcher:
            self.switcher[attrs["hreflang"]] = attrs["href"]

    def handle_endtag(self, tag):
        if tag == "nav":
            self._in_switcher = False


def parse(response):
    parser = HeadParser()
    parser.feed(response.content.decode())
    return parser


def test_root_redirects_to_arabic_by_default_without_a_cookie(client):
    response = client.get("/")
    assert response.status_code == 302
    assert response["Location"] == "/ar/"
    assert "Set-Cookie" not in response.headers
    assert "Accept-Language" in response["Vary"]


@pytest.mark.parametrize(
    ("header", "expected"),
    [("fr-FR,fr;q=0.9", "/fr/"), ("en-GB,en;q=0.8", "/en/"), ("de-DE", "/ar/"), ("", "/ar/")],
)
def test_root_follows_accept_language(client, header, expected):
    response = client.get("/", HTTP_ACCEPT_LANGUAGE=header)
    assert response["Location"] == expected
    assert not response.cookies


@pytest.mark.slow
def test_every_public_page_in_every_language(client, seeded):
    paths = public_paths()
    assert len(paths) >= 12
    for path in paths:
        code = path.split("/")[1]
        response = client.get(path)
        assert response.status_code == 200, path
        assert not response.cookies, f"{path} set a cookie"
        page = parse(response)
        assert page.html_attrs["lang"] == code, path
        assert page.html_attrs["dir"] == ("rtl" if code == "ar" else "ltr"), path
        assert set(page.alternates) == {*LANGUAGES, "x-default"}, path
        assert page.alternates[code] == f"http://testserver{path}", path
        assert page.alternates["x-default"] == page.alternates["ar"], path
        assert page.canonical == f"http://testserver{path}", path
        # The switcher points at this same page in each language.
        for other in LANGUAGES:
            assert page.switcher[other] == page.alternates[other].removeprefix(
                "http://testserver"
            ), path


@pytest.mark.slow
def test_hreflang_alternates_are_reciprocal(client, seeded):
    for path in public_paths():
        alternates = parse(client.get(path)).alternates
        for code in LANGUAGES:
            other = parse(client.get(alternates[code].removeprefix("http://testserver")))
            assert other.alternates == alternates, (path, code)


def test_switcher_names_each_language_in_its_own_language(client, seeded):
    html = client.get("/fr/").content.decode()
    switcher = re.search(r'<nav class="language-switcher".*?</nav>', html, re.S).group(0)
    assert ">العربيّة<" in switcher
    assert ">français<" in switcher.lower()
    assert ">English<" in switcher
    assert 'lang="ar"' in switcher and 'dir="rtl"' in switcher


@pytest.mark.slow
def test_help_strip_on_every_page_with_isolated_numbers(client, seeded):
    for path in public_paths():
        html = client.get(path).content.decode()
        for number in ("19", "177", "112"):
            assert f'href="tel:{number}"' in html, path
            assert f'<bdi dir="ltr" class="tel">{number}</bdi>' in html, path
        assert "https://www.e-blagh.ma/" in html, path


def test_unknown_page_is_a_localised_404(client, seeded):
    for code, text in [
        ("ar", "الصفحة غير موجودة"),
        ("fr", "Page introuvable"),
        ("en", "Page not found"),
    ]:
        response = client.get(f"/{code}/no-such-page/")
        assert response.status_code == 404
        html = response.content.decode()
        assert text in html
        assert f'lang="{code}"' in html
