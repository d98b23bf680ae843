"""The menus come from the database only where a page shows them: never on admin pages."""

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext

from tests.security_helpers import login, make_editor

pytestmark = pytest.mark.django_db


def menu_queries(queries):
    # The pages placed in a menu: filtered on their menu (the review queue lists pages too).
    return [q["sql"] for q in queries if '"pages_page"."menu" IN (' in q["sql"]]


def test_admin_pages_do_not_query_the_menus(client, django_user_model):
    _user, device = make_editor(django_user_model)
    assert login(client, device).status_code == 302
    with CaptureQueriesContext(connection) as queries:
        assert client.get("/admin/").status_code == 200
    assert menu_queries(queries.captured_queries) == []


def test_public_pages_query_the_menus_once(client, settings):
    """One query serves the main menu and the footer."""
    settings.PAGE_CACHE = False
    with CaptureQueriesContext(connection) as queries:
        assert client.get("/fr/").status_code == 200
    assert len(menu_queries(queries.captured_queries)) == 1
