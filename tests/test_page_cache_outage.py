"""The urgent guide, every triage plan and the directory's first page survive a database
outage, in every language: they are kept warm in the cache (at start and after each
change) and in each process's memory, and served from there while every query fails. A
page never cached still gets the 503 with the emergency numbers."""

import html

import pytest
from django.core.cache import cache
from django.db import OperationalError, connections
from django.test import Client, override_settings

from portal.core.pagecache import version, warm
from portal.guides.models import Guide

pytestmark = [
    pytest.mark.django_db,
    pytest.mark.usefixtures("warm_inline"),
]


@pytest.fixture
def warm_inline():
    # The warm pages are rendered for SITE_URL: the test client's host.
    with override_settings(PAGE_CACHE_WARM="inline", SITE_URL="http://testserver"):
        yield


@pytest.fixture
def database_down(monkeypatch):
    """From now on every query fails as with the server stopped."""

    def refuse(*args, **kwargs):
        raise OperationalError("connection refused: the database server is stopped")

    def stop():
        connection = connections["default"]
        monkeypatch.setattr(connection, "cursor", refuse)
        monkeypatch.setattr(connection, "ensure_connection", refuse)

    return stop


def outage_paths():
    return warm.warm_paths()


def read(response):
    return html.unescape(response.content.decode())


def test_the_pages_that_matter_answer_in_full_with_the_database_down(seeded, database_down):
    # The first request a process serves warms them (here before it goes on).
    assert Client().get("/en/faq/").status_code == 200
    paths = outage_paths()
    assert len(paths) == 3 * (2 + 16)
    before = {path: Client().get(path) for path in paths}
    assert all(response.status_code == 200 for response in before.values())
    urgent = Guide.objects.get(is_urgent=True)

    database_down()
    for path in paths:
        response = Client().get(path)
        assert response.status_code == 200, path
        assert response["X-Cache"] == "hit", path
        assert response.content == before[path].content, path
    english = read(Client().get("/en/help/now/"))
    assert urgent.title_en in english and "19" in english
    # A page that was never cached: the 503 with the emergency numbers, as before.
    faq = Client().get("/fr/faq/?never=cached")
    assert faq.status_code == 503 and "177" in read(faq) and faq["Retry-After"] == "120"


def test_out_of_date_copies_are_served_as_stale_when_the_database_fails(seeded, database_down):
    Client().get("/en/")  # warms
    fresh = Client().get("/ar/help/now/")
    # A change moved the version: the copies are out of date, but better than nothing.
    version.bump()
    database_down()
    stale = Client().get("/ar/help/now/")
    assert stale.status_code == 200 and stale["X-Cache"] == "stale"
    assert stale.content == fresh.content
    assert "Content-Security-Policy" in stale and not stale.cookies


def test_a_flood_that_empties_the_cache_does_not_take_them_down(seeded, database_down):
    Client().get("/en/")
    fresh = Client().get("/fr/help/plan/?a=2&b=1&c=2&d=1")
    cache.clear()  # evicted: the process still keeps its own copy
    database_down()
    response = Client().get("/fr/help/plan/?a=2&b=1&c=2&d=1")
    assert response.status_code == 200 and response["X-Cache"] == "stale"
    assert response.content == fresh.content


@pytest.mark.django_db(transaction=True)
def test_a_change_is_warmed_at_once_and_survives_the_outage(seeded, database_down):
    # Real commits here: the warming after a change runs when the change commits.
    Client().get("/en/")
    urgent = Guide.objects.get(is_urgent=True)
    urgent.title_en = "Zzwarm title"
    urgent.save()
    database_down()
    response = Client().get("/en/help/now/")
    assert response.status_code == 200 and "Zzwarm title" in read(response)
    assert response["X-Cache"] == "hit"
