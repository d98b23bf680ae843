import io

import pytest
from django.core.management import call_command
from django.urls import reverse
from django.utils import translation

# The signed-in Editor and Publishers the review tests share (a module may define its own).
pytest_plugins = ["tests.review_helpers"]

LANGUAGES = ("ar", "fr", "en")


@pytest.fixture(autouse=True)
def _empty_caches():
    """Every test starts with empty caches: a page cached by one test must not answer in the
    next (its database rows are gone). The page cache's copies kept in memory too."""
    from django.core.cache import caches

    from portal.core.pagecache import warm

    for cache in caches.all(initialized_only=True):
        cache.clear()
    warm.forget()
    yield


@pytest.fixture
def verified_login():
    """`verified_login(client, user)`: sign in as a full admin login would, the second factor
    (django-otp) included. Only the tests that ask for it get it; Django's own force_login is
    left alone, so a test of the second factor sees exactly what Django does."""
    from tests.editors_helpers import log_in_past_second_factor

    return log_in_past_second_factor


@pytest.fixture
def seeded(db):
    """The launch content, as `make run` loads it.

    load_demo takes seconds (about a thousand ORM queries) and about two hundred tests ask
    for it, so the first run's rows are kept and later tests get them back by plain INSERTs.
    test_guides.py::test_launch_content_is_published_and_loading_again_changes_nothing runs
    load_demo over the restored rows and checks that nothing changes, so the copy cannot drift
    from what the command writes."""
    from django.db import connection

    # A transactional test (the browser tests) starts from a flushed database whose content
    # types and permissions were created again, with other ids than the kept rows point to:
    # those tests load the launch content themselves.
    if not connection.in_atomic_block:
        call_command("load_demo", stdout=io.StringIO())
        return
    if not launch_rows.restore():
        call_command("load_demo", stdout=io.StringIO())
        launch_rows.capture()


class LaunchRows:
    """The rows load_demo adds, table by table, read once and written back in later tests.

    Only tables that were empty before load_demo are kept; if it changed a table that already
    had rows, nothing is kept and every test runs load_demo itself. The rows are written back
    only onto a database exactly as it was before that first load_demo; otherwise (a test added
    content before asking for `seeded`, a transactional test flushed the tables) the test runs
    load_demo itself."""

    def __init__(self):
        self.rows = None
        self.before = None

    def models(self):
        from django.apps import apps

        # Every table, not only the portal's: load_demo also writes revisions (django-reversion).
        return apps.get_models(include_auto_created=True)

    def read(self):
        from django.db import connection

        quote = connection.ops.quote_name
        tables = {}
        with connection.cursor() as cursor:
            for model in self.models():
                table = model._meta.db_table
                cursor.execute(f"SELECT * FROM {quote(table)}")
                columns = [column[0] for column in cursor.description]
                tables[table] = (columns, sorted(cursor.fetchall(), key=repr))
        return tables

    def restore(self):
        if self.rows is None:
            self.before = self.read()
            return False
        from django.core.management.color import no_style
        from django.db import connection, transaction

        quote = connection.ops.quote_name
        # Only onto the very state the copy was taken from: after a transactional test's
        # flush, say, the vocabulary rows and content type ids are not the same.
        if self.read() != self.before:
            return False
        # One transaction, so that foreign keys (deferred) are checked once all rows are back,
        # also in tests that run outside a transaction (live_server, transaction=True).
        with transaction.atomic(), connection.cursor() as cursor:
            for table, (columns, rows) in self.rows.items():
                names = ", ".join(quote(column) for column in columns)
                marks = ", ".join(["%s"] * len(columns))
                cursor.executemany(f"INSERT INTO {quote(table)} ({names}) VALUES ({marks})", rows)
            # PostgreSQL: the next id after the restored ones (SQLite follows by itself).
            for sql in connection.ops.sequence_reset_sql(no_style(), self.models()):
                cursor.execute(sql)
        return True

    def capture(self):
        after = self.read()
        if self.rows is not None or self.before is None:
            return
        changed = {table for table in after if after[table] != self.before[table]}
        if any(self.before[table][1] for table in changed):
            self.before = None
            return
        self.rows = {table: after[table] for table in changed}


launch_rows = LaunchRows()


def public_paths():
    """Every kind of public page, in every language: what the site-wide checks walk through.

    Apps add their pages here as they grow. Called with the launch content loaded.
    """
    from portal.guides.models import Guide
    from portal.pages.models import Page
    from portal.seminars.models import Article, Event, Topic

    article = Article.objects.published().first()
    event = Event.objects.published().first()
    topic = Topic.objects.filter(articles__in=Article.objects.published()).first()
    pages = list(Page.objects.published())
    paths = []
    for code in LANGUAGES:
        with translation.override(code):
            paths += [
                reverse("core:home"),
                reverse("seminars:article_list"),
                article.get_absolute_url(),
                event.get_absolute_url(),
                reverse("guides:guide_list"),
                reverse("guides:urgent"),
                reverse("guides:guide_detail", kwargs={"slug": "safe-browsing"}),
                reverse("guides:plan"),
                reverse("guides:plan") + "?a=1&b=2",
                reverse("guides:plan") + "?a=1&b=2&c=1&d=2",
                reverse("guides:faq"),
                reverse("directory:list"),
                reverse("directory:detail", kwargs={"slug": "e-blagh"}),
                topic.get_absolute_url(),
                *(page.get_absolute_url() for page in pages),
            ]
            for guide in Guide.objects.published():
                if guide.get_absolute_url() not in paths:
                    paths.append(guide.get_absolute_url())
    return paths


@pytest.fixture
def superuser(django_user_model):
    """A superuser. Editors cannot open the directory's admin yet (issue 9, see the xfail
    tests at the end), so these tests check what the admin does, not who may do it."""
    return django_user_model.objects.create_superuser("admin", "admin@example.org", "x" * 16)


@pytest.fixture
def superuser_client(client, superuser, verified_login):
    verified_login(client, superuser)
    # The admin follows the browser's language; these tests read the English messages.
    client.defaults["HTTP_ACCEPT_LANGUAGE"] = "en"
    return client
