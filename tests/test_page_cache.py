"""Whole public pages from the cache (portal/core/pagecache): every kind of public page is
cached for anonymous visitors with all its headers, answers 304 to a matching ETag, and a
change of any kind shows at once (a version moved by every write to a public table)."""

import html
from datetime import timedelta

import pytest
import time_machine
from django.test import Client
from django.utils import timezone, translation

from portal.directory.models import Organisation
from portal.guides.exit_url import current_exit_url
from portal.guides.models import Guide, QuickExitSettings
from portal.review.models import PendingChange
from portal.seminars.models import Article
from tests import content_factories
from tests.directory_factories import make_org
from tests.review_helpers import change_url, post_change

pytestmark = pytest.mark.django_db

# Every kind of public page the cache keeps: pages in each language, the sitemap, a feed,
# robots.txt, the directory's JSON, the triage plan, and 404 pages.
PATHS = [
    "/ar/",
    "/fr/",
    "/en/",
    "/en/news/",
    "/fr/help/now/",
    "/ar/directory/",
    "/en/help/plan/?a=1&b=2&c=1&d=2",
    "/sitemap.xml",
    "/en/news/feed/",
    "/robots.txt",
    "/en/directory.json",
    "/en/no-such-page/",
    "/no-such-file.txt",
]
# Headers that must be the same on a cached copy as on the page rendered afresh.
KEPT = (
    "Content-Type",
    "Content-Security-Policy",
    "Referrer-Policy",
    "X-Content-Type-Options",
    "X-Frame-Options",
    "Cross-Origin-Opener-Policy",
    "Cross-Origin-Resource-Policy",
    "Permissions-Policy",
    "Strict-Transport-Security",
    "Vary",
    "Content-Language",
    "Cache-Control",
    "ETag",
)


def text(response):
    return html.unescape(response.content.decode())


def test_every_kind_of_public_page_is_cached_whole_with_its_headers(seeded):
    visitor = Client(HTTP_ACCEPT_LANGUAGE="fr")
    for path in PATHS:
        first = visitor.get(path)
        assert first.status_code in (200, 404), path
        assert first["X-Cache"] == "miss", path
        second = visitor.get(path)
        assert second["X-Cache"] == "hit", path
        assert second.status_code == first.status_code
        assert second.content == first.content, path
        for name in KEPT:
            assert second.get(name) == first.get(name), (path, name)
        assert "Content-Security-Policy" in second and "X-Frame-Options" in second
        assert not second.cookies and not first.cookies, path
        head = visitor.head(path)
        assert head["X-Cache"] == "hit" and head.status_code == first.status_code
        assert head.content == b""


def test_the_triage_plan_stays_out_of_browsers_caches_when_served_from_the_server_cache(
    seeded,
):
    path = "/en/help/plan/?a=1&b=1&c=2&d=1"
    Client().get(path)
    cached = Client().get(path)
    assert cached["X-Cache"] == "hit"
    assert "no-store" in cached["Cache-Control"] and "private" in cached["Cache-Control"]


def test_a_matching_etag_or_date_answers_304_without_a_body(seeded):
    visitor = Client()
    page = visitor.get("/en/help/now/")
    etag, modified = page["ETag"], page["Last-Modified"]
    assert etag and modified
    again = visitor.get("/en/help/now/", HTTP_IF_NONE_MATCH=etag)
    assert again.status_code == 304 and again.content == b""
    assert again["ETag"] == etag and again["X-Cache"] == "hit"
    since = visitor.get("/en/help/now/", HTTP_IF_MODIFIED_SINCE=modified)
    assert since.status_code == 304
    other = visitor.get("/en/help/now/", HTTP_IF_NONE_MATCH='"something-else"')
    assert other.status_code == 200 and other.content == page.content


def cached(url, expect):
    """The page at `url` is in the cache and shows `expect`."""
    visitor = Client()
    visitor.get(url)
    response = visitor.get(url)
    assert response["X-Cache"] == "hit" and expect in text(response), url


def test_a_publishers_publish_shows_at_once(seeded, publisher):
    article = Article.objects.published().first()
    Article.objects.filter(pk=article.pk).update(status="draft")
    cached("/fr/news/", "Actualités")
    assert Client().get(article.get_absolute_url()).status_code == 404
    assert post_change(publisher, change_url(article), status="published").status_code == 302
    after = Client().get("/fr/news/")
    assert after["X-Cache"] == "miss" and article.title_fr in text(after)
    assert Client().get(article.get_absolute_url()).status_code == 200


def test_a_guide_step_edited_by_an_editor_shows_once_a_publisher_approves(
    seeded, editor, publisher, django_capture_on_commit_callbacks
):
    guide = Guide.objects.get(is_urgent=True)
    old = guide.steps.order_by("order", "pk").first().title_en
    cached("/en/help/now/", old)
    with django_capture_on_commit_callbacks(execute=True):
        post_change(editor, change_url(guide), **{"steps-0-title_en": "Zzapproved step"})
    change = PendingChange.objects.get(state="pending")
    # Still in review: the public page is unchanged.
    assert "Zzapproved" not in text(Client().get("/en/help/now/"))
    cached("/en/help/now/", old)
    approve = f"/admin/review/pendingchange/{change.pk}/approve/"
    assert publisher.post(approve).status_code == 302
    after = Client().get("/en/help/now/")
    assert after["X-Cache"] == "miss" and "Zzapproved step" in text(after)


def test_a_directory_verification_shows_at_once(seeded, publisher):
    old = timezone.localdate() - timedelta(days=400)
    organisation = make_org("old-line", verified_on=old)
    # In English whatever language an earlier test left active (the texts below are English).
    with translation.override("en"):
        url = organisation.get_absolute_url()
    cached(url, "has not been checked for a long time")
    response = publisher.post(
        "/admin/directory/organisation/",
        {"action": "mark_verified_today", "_selected_action": [organisation.pk]},
    )
    assert response.status_code == 302
    after = Client().get(url)
    assert after["X-Cache"] == "miss"
    assert "has not been checked for a long time" not in text(after)
    assert timezone.localdate().isoformat() in text(after)


def test_a_settings_change_shows_on_every_page_at_once(seeded):
    # The launch content has no settings row (the default address is shown): an update
    # would change nothing, and the default already contains "https://www.bbc.com/".
    QuickExitSettings.objects.create()
    cached("/en/", current_exit_url())
    # QuerySet.update() sends no signal: the cache watches the SQL itself.
    QuickExitSettings.objects.update(exit_url="https://www.bbc.com/news")
    after = Client().get("/en/")
    assert after["X-Cache"] == "miss" and "https://www.bbc.com/news" in text(after)


def test_a_delete_shows_at_once(seeded):
    organisation = make_org("gone-line")
    cached("/en/directory.json", "gone-line")
    Organisation.objects.filter(pk=organisation.pk).delete()
    assert "gone-line" not in text(Client().get("/en/directory.json"))


def test_scheduled_publish_and_withdraw_times_take_effect_on_time(seeded, settings):
    # Well inside a cached page's longest life: only the schedule can end it.
    settings.PAGE_CACHE_SECONDS = 3600
    other = Article.objects.published().first()
    article = content_factories.article()
    Article.objects.filter(pk=article.pk).update(status="published", title_fr="Zzà venir")
    article.refresh_from_db()
    start = timezone.now()
    Article.objects.filter(pk=article.pk).update(publish_at=start + timedelta(minutes=5))
    Article.objects.filter(pk=other.pk).update(withdraw_at=start + timedelta(minutes=8))
    with time_machine.travel(start, tick=False) as clock:
        cached("/fr/news/", other.title_fr)
        assert article.title_fr not in text(Client().get("/fr/news/"))
        clock.shift(timedelta(minutes=5, seconds=1))
        published = Client().get("/fr/news/")
        assert published["X-Cache"] == "miss" and article.title_fr in text(published)
        assert Client().get("/fr/news/")["X-Cache"] == "hit"
        clock.shift(timedelta(minutes=3))
        withdrawn = Client().get("/fr/news/")
        assert withdrawn["X-Cache"] == "miss" and other.title_fr not in text(withdrawn)


def test_a_page_cached_by_one_language_or_host_is_not_served_to_another(seeded):
    Client(HTTP_ACCEPT_LANGUAGE="fr").get("/no-such-file.txt")
    english = Client(HTTP_ACCEPT_LANGUAGE="en").get("/no-such-file.txt")
    assert english["X-Cache"] == "miss" and english["Content-Language"] == "en"
    Client().get("/robots.txt")
    other = Client(SERVER_NAME="localhost").get("/robots.txt")
    # Addresses come from SITE_URL, but a page may still use the host (the directory's
    # "report a wrong number" link): one copy per host.
    assert other["X-Cache"] == "miss"


@pytest.mark.subprocess
def test_a_change_in_another_process_of_the_server_invalidates_this_ones_copies(
    seeded, tmp_path, settings
):
    """With locmem each process has its own cache: the processes of one server share a stamp
    file, which a change in any of them touches."""
    import os
    import subprocess
    import sys

    settings.PAGE_CACHE_STAMP_FILE = str(tmp_path / "stamp")
    cached("/en/help/now/", "")
    code = (
        "import django; django.setup(); from portal.core.pagecache import version; version.bump()"
    )
    env = {
        **os.environ,
        "DJANGO_SETTINGS_MODULE": "portal.settings_test",
        "PAGE_CACHE_STAMP_FILE": settings.PAGE_CACHE_STAMP_FILE,
    }
    subprocess.run([sys.executable, "-c", code], env=env, check=True, timeout=120)
    assert Client().get("/en/help/now/")["X-Cache"] == "miss"


def test_a_change_made_while_the_cache_was_unreachable_shows_once_it_is_back(seeded, monkeypatch):
    """Redis out of reach for a moment (a restart, the network): a change saved then could
    not move the version, and the pages cached before must not keep showing the old text
    for minutes once the cache answers again."""
    from django.core.cache import cache

    from portal.core.pagecache import version

    # A shared cache, as with REDIS_URL: the version is the counter alone (no stamp file).
    monkeypatch.setattr(version, "_local_cache", lambda: False)
    QuickExitSettings.objects.create()
    cached("/en/", current_exit_url())

    def unreachable(*args, **kwargs):
        raise ConnectionError("the cache is out of reach")

    with monkeypatch.context() as outage:
        for name in ("incr", "add", "get", "get_many", "set"):
            outage.setattr(cache, name, unreachable)
        QuickExitSettings.objects.update(exit_url="https://www.bbc.com/news")
        assert "https://www.bbc.com/news" in text(Client().get("/en/"))
    after = Client().get("/en/")
    assert after["X-Cache"] == "miss" and "https://www.bbc.com/news" in text(after)


def test_a_page_rendered_while_the_database_fails_is_not_kept(seeded, monkeypatch):
    """The menus, the crisis box's listening lines and the quick exit's address fall back
    to what lives in code when the database fails, so that a page still renders: such a
    page must not be kept and shown to every visitor once the database is back."""
    from django.db import connection

    healthy = Client().get("/no-such-file.txt")
    assert healthy.status_code == 404
    # A new version, whose next scheduled change is already known (as on a busy site).
    QuickExitSettings.objects.create(exit_url="https://www.wikipedia.org/")
    Client().get("/en/")
    monkeypatch.setattr(connection, "errors_occurred", connection.errors_occurred)

    def lost(*args, **kwargs):
        # What the driver raises when the server goes away mid-request.
        raise connection.Database.OperationalError("server closed the connection")

    with monkeypatch.context() as outage:
        outage.setattr(connection, "create_cursor", lost)
        degraded = Client().get("/no-such-file.txt")
        assert degraded.status_code == 404
    after = Client().get("/no-such-file.txt")
    assert "https://www.wikipedia.org/" in text(after)
    assert after.content == Client().get("/no-such-file.txt").content
    assert "https://www.wikipedia.org/" not in text(degraded)


def test_a_time_scheduled_through_another_worker_takes_effect_on_time(seeded, settings):
    """With a cache in each process (locmem), a change made through one gunicorn worker
    reaches the others through the shared stamp file alone: their next scheduled change
    must be computed again too, or a publish time set through that worker passes unseen
    here until the page's longest life is over."""
    from portal.core.pagecache import version

    settings.PAGE_CACHE_SECONDS = 3600
    article = content_factories.article()
    Article.objects.filter(pk=article.pk).update(title_fr="Zzprogrammé")
    # Midday: no local midnight within the hour.
    start = timezone.localtime().replace(hour=12, minute=0, second=0, microsecond=0)
    with time_machine.travel(start, tick=False) as clock:
        cached("/fr/news/", "Actualités")  # this worker knows its next change
        clock.shift(timedelta(seconds=1))
        # Another worker schedules the article: its own cache moves, and the stamp file.
        settings.PAGE_CACHE = False
        Article.objects.filter(pk=article.pk).update(
            status="published", publish_at=start + timedelta(minutes=5)
        )
        settings.PAGE_CACHE = True
        version._touch_stamp()
        before = Client().get("/fr/news/")
        assert before["X-Cache"] == "miss" and "Zzprogrammé" not in text(before)
        clock.shift(timedelta(minutes=5, seconds=1))
        published = Client().get("/fr/news/")
        assert "Zzprogrammé" in text(published)
