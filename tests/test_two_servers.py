"""Two app servers on different loopback ports, one database (PostgreSQL when DATABASE_URL is
set, a shared SQLite file otherwise) and one Redis: what an editor and a Publisher do through
the admin of one is what visitors of the other see at once (the page cache's copy on the other
server included), and an editor's session works on both. This is what lets
docs/deployment.md add app servers behind the proxy at will."""

import html
import re
import time

import pytest

from tests.review_helpers import form_data
from tests.serving_helpers import (
    Visitor,
    app_server,
    redis_keys,
    redis_server,
    run_django,
    server_env,
    shared_database,
    stop,
)

pytestmark = pytest.mark.subprocess

MARK = "Zzdeux-serveurs"

# Run once against the shared database: the schema, the launch content, a real Editor and a
# real Publisher signed in as the suite signs people in (tests/editors_helpers.py), and the
# published article they will change. Prints what the test needs as JSON.
PREPARE = r"""
import io, json
from django.conf import settings
from django.contrib.auth import get_user_model
from django.core.management import call_command
from django.test import Client
from django.utils import translation
from portal.seminars.models import Article
from tests.editors_helpers import log_in_past_second_factor, staff_user

call_command("migrate", "--no-input", verbosity=0)
call_command("load_demo", stdout=io.StringIO())
cookies = {}
for name, group in (("editor", "Editors"), ("publisher", "Publishers")):
    client = log_in_past_second_factor(Client(), staff_user(get_user_model(), name, group))
    session = settings.SESSION_COOKIE_NAME
    cookies[name] = {session: client.cookies[session].value}
article = Article.objects.published().first()
with translation.override("fr"):
    url = article.get_absolute_url()
print(json.dumps({"cookies": cookies, "article": [article.pk, url, article.title_fr]}))
"""


def page_text(response):
    return html.unescape(response.body)


@pytest.fixture(scope="module")
def cluster(tmp_path_factory):
    """(server 1's port, server 2's port, Redis port, what PREPARE printed, Redis process)."""
    tmp = tmp_path_factory.mktemp("cluster")
    with redis_server(tmp) as redis, shared_database(tmp) as database_url:
        redis_url, redis_port, redis_process = redis
        env = server_env(tmp, database_url, REDIS_URL=redis_url)
        prepared = run_django(env, PREPARE)
        with (
            app_server(env, tmp / "server1.log") as one,
            app_server(env, tmp / "server2.log") as two,
        ):
            yield one, two, redis_port, prepared, redis_process


def test_both_servers_use_the_one_redis(cluster):
    one, two, redis_port, *_ = cluster
    for port in (one, two):
        response = Visitor().get(port, "/readyz")
        assert response.status == 200, response.body
    # /readyz writes and reads back a key: it is in the shared Redis, not in a process.
    assert any(key.endswith("readyz") for key in redis_keys(redis_port))


def test_an_editors_session_from_one_server_works_on_the_other(cluster):
    one, two, _, prepared, _ = cluster
    editor = Visitor(prepared["cookies"]["editor"])
    for port in (one, two):
        response = editor.get(port, "/admin/")
        assert response.status == 200, (port, response.status, response.header("Location"))
        # The admin greets the editor by name: this is their session, not a login page.
        assert "<strong>editor</strong>" in response.body
    # Without the cookie, the same address asks for a login on both.
    for port in (one, two):
        assert Visitor().get(port, "/admin/").status == 302


def test_approval_on_one_server_is_public_at_once_on_the_other(cluster):
    one, two, _, prepared, _ = cluster
    article_id, url, old_title = prepared["article"]
    new_title = f"{old_title} {MARK}"
    visitor = Visitor(language="fr")
    # Both servers show the published article, and both now keep it in the page cache: the
    # next request is answered from there.
    for port in (one, two):
        for _ in range(2):
            response = visitor.get(port, url)
            assert response.status == 200 and old_title in page_text(response)
            assert MARK not in response.body
        assert response.header("X-Cache") == "hit", (port, response.header("X-Cache"))

    # A real Editor changes the live article through server 1's admin...
    editor = Visitor(prepared["cookies"]["editor"])
    change = f"/admin/seminars/article/{article_id}/change/"
    form = editor.get(one, change)
    assert form.status == 200, form.status
    data = form_data(form.body)
    data.update(title_fr=new_title, _save="Save")
    data.pop("_saveasnew", None)
    saved = editor.post(one, change, data)
    assert saved.status == 302, page_text(saved)[:3000]
    # ...and reads server 1's "saved for review" on server 2: the session (and the messages
    # kept in it) are the database's, not a process's.
    after = editor.get(two, saved.header("Location"))
    assert after.status == 200
    assert "saved for review" in page_text(after)
    # Visitors of either server still see the published version.
    for port in (two, one):
        assert MARK not in visitor.get(port, url).body

    # A real Publisher finds the change on server 2's admin home and approves it on server 1.
    publisher = Visitor(prepared["cookies"]["publisher"])
    index = publisher.get(two, "/admin/")
    found = re.search(r'href="(/admin/review/pendingchange/(\d+)/change/)"', index.body)
    assert found, "the pending change is not on the Publisher's admin home"
    review = publisher.get(one, found.group(1))
    assert review.status == 200 and MARK in page_text(review)
    approve = f"/admin/review/pendingchange/{found.group(2)}/approve/"
    approve_form = review.body[review.body.index(f'action="{approve}"') :]
    token = re.search(r'name="csrfmiddlewaretoken" value="([^"]+)"', approve_form).group(1)
    approved = publisher.post(one, approve, {"csrfmiddlewaretoken": token})
    assert approved.status == 302, page_text(approved)[:3000]

    # At once, on the other server: its cached copy of the article is no longer served (the
    # version counter in the shared Redis moved); the page is rendered afresh, then cached.
    for expected in ("miss", "hit"):
        response = visitor.get(two, url)
        assert response.status == 200 and new_title in page_text(response)
        assert response.header("X-Cache") == expected
    # And the news list and the home there.
    for path in ("/fr/news/", "/fr/"):
        response = visitor.get(two, path)
        assert response.status == 200, path
        assert new_title in page_text(response), path
    assert new_title in page_text(visitor.get(one, url))


# Last in this file: it stops the cluster's Redis.
def test_a_redis_outage_costs_speed_not_the_site(cluster):
    one, two, _, prepared, redis_process = cluster
    stop(redis_process)
    editor = Visitor(prepared["cookies"]["editor"])
    for port in (one, two):
        started = time.monotonic()
        page = Visitor(language="fr").get(port, "/fr/")
        assert page.status == 200 and 'lang="fr"' in page.body, port
        assert time.monotonic() - started < 5, port
        # Sessions are in the database: editors stay signed in.
        assert editor.get(port, "/admin/").status == 200
        # And the servers say they are not ready, so an orchestrator can tell.
        ready = Visitor().get(port, "/readyz")
        assert ready.status == 503 and "cache" in ready.body
