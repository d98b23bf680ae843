"""The pages a flood is likeliest to hit run a fixed number of queries, whatever the amount
of content: the same with 5 and with 500 articles, directory entries and guides. A page whose
count grows with the content slows down as the site grows, and fails first under load."""

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext

from portal.ops import corpus
from tests.editors_helpers import logged_in, staff_user

pytestmark = pytest.mark.django_db

PAGES = [
    "/ar/",
    "/en/news/",
    "/en/news/feed/",
    "/fr/news/topic/bench-topic-0/",
    "/ar/news/few-article-1/",
    "/en/directory/",
    "/ar/directory/?region=casablanca-settat",
    "/fr/directory/?region=oriental&audience=everyone&language=fr&open_24_7=on",
    "/en/directory/?kind=police-reporting&page=2",
    "/en/directory.json",
    "/sitemap.xml",
    "/ar/help/",
    "/ar/help/now/",
    "/en/help/plan/?a=1&b=2&c=1&d=2",
    "/ar/help/plan/?a=2&b=1&c=2&d=1",
    "/fr/faq/",
]


def add(count, prefix):
    corpus.articles(count, prefix=f"{prefix}-article")
    corpus.organisations(count, prefix=f"{prefix}-org")
    corpus.guides(count, prefix=f"{prefix}-guide")


def query_counts(client):
    counts = {}
    for path in PAGES:
        with CaptureQueriesContext(connection) as queries:
            response = client.get(path)
        assert response.status_code == 200, path
        counts[path] = len(queries.captured_queries)
    return counts


@pytest.mark.slow  # a thousand rows and sixteen pages twice: about a minute
def test_query_counts_do_not_grow_with_the_content(client, seeded, settings):
    # Pages as they are rendered (the page cache would hide the queries of a rendering).
    settings.PAGE_CACHE = False
    add(5, "few")
    corpus.topics()
    with_5 = query_counts(client)
    add(495, "many")
    with_500 = query_counts(client)
    assert with_500 == with_5


def test_the_check_sees_a_page_whose_count_grows(client, seeded):
    """The comparison above would catch an N+1: a list without its prefetch."""
    from portal.directory.models import Organisation

    def count():
        with CaptureQueriesContext(connection) as queries:
            for organisation in Organisation.objects.public():
                list(organisation.regions.all())
        return len(queries.captured_queries)

    add(5, "few")
    few = count()
    add(20, "more")
    assert count() > few


# What the context processors read: the quick exit's address and the menus.
LAZY_VALUES = ('"guides_quickexitsettings"."exit_url"', '"pages_page"."menu" IN (')


def test_admin_pages_query_neither_the_menus_nor_the_quick_exit(client, django_user_model, seeded):
    """The context processors' values are lazy: the admin, which shows none of them, never
    pays for them."""
    logged_in(client, staff_user(django_user_model, "editor", "Editors"))
    for path in ("/admin/", "/admin/seminars/article/", "/admin/directory/organisation/"):
        with CaptureQueriesContext(connection) as queries:
            assert client.get(path).status_code == 200, path
        sql = [q["sql"] for q in queries.captured_queries]
        assert [q for q in sql if any(value in q for value in LAZY_VALUES)] == [], path


def test_public_pages_do_query_them(client, seeded, settings):
    """The same check finds them on a public page, which shows both."""
    settings.PAGE_CACHE = False
    with CaptureQueriesContext(connection) as queries:
        assert client.get("/fr/").status_code == 200
    sql = [q["sql"] for q in queries.captured_queries]
    assert all(any(value in q for q in sql) for value in LAZY_VALUES)
