"""What anonymous visitors see: only published content inside its time window, in every
list, detail page, menu, feed and the sitemap."""

from datetime import timedelta

import pytest
from django.utils import timezone

from portal.pages.models import Page
from portal.seminars.models import Article, Event, Topic

pytestmark = pytest.mark.django_db

NOW = timezone.now()
HOUR = timedelta(hours=1)
# (status, publish_at, withdraw_at, visible)
MATRIX = [
    ("draft", None, None, False),
    ("review", None, None, False),
    ("archived", None, None, False),
    ("published", None, None, True),
    ("published", NOW - HOUR, None, True),
    ("published", NOW + HOUR, None, False),  # scheduled
    ("published", None, NOW - HOUR, False),  # withdrawn
    ("published", NOW - HOUR, NOW + HOUR, True),
    ("draft", NOW - HOUR, NOW + HOUR, False),
]
IDS = [f"{status}-{i}" for i, (status, *_rest) in enumerate(MATRIX)]


def window(status, publish_at, withdraw_at):
    return {"status": status, "publish_at": publish_at, "withdraw_at": withdraw_at}


@pytest.mark.parametrize(("status", "publish_at", "withdraw_at", "visible"), MATRIX, ids=IDS)
def test_article(client, seeded, status, publish_at, withdraw_at, visible):
    topic = Topic.objects.get(slug="study-days")
    article = Article.objects.create(
        title_ar="مقال المصفوفة",
        title_fr="Article matrice",
        title_en="Matrix article",
        slug="matrix-article",
        summary_ar="ملخص",
        body_ar="<p>نص</p>",
        published_on=NOW.date(),
        **window(status, publish_at, withdraw_at),
    )
    article.topics.add(topic)
    for code, title in (("ar", "مقال المصفوفة"), ("fr", "Article matrice")):
        detail = client.get(f"/{code}/news/matrix-article/")
        assert detail.status_code == (200 if visible else 404)
        for path in (
            f"/{code}/news/",
            f"/{code}/news/topic/study-days/",
            f"/{code}/",
            f"/{code}/news/feed/",
        ):
            assert (title in client.get(path).content.decode()) is visible, path
    assert ("/fr/news/matrix-article/" in client.get("/sitemap.xml").content.decode()) is visible


@pytest.mark.parametrize(("status", "publish_at", "withdraw_at", "visible"), MATRIX, ids=IDS)
def test_event(client, seeded, status, publish_at, withdraw_at, visible):
    Event.objects.create(
        title_ar="حدث",
        title_fr="Séminaire matrice",
        slug="matrix-event",
        date=NOW.date(),
        venue_ar="م",
        city_ar="م",
        organiser_ar="م",
        summary_ar="م",
        **window(status, publish_at, withdraw_at),
    )
    assert client.get("/fr/events/matrix-event/").status_code == (200 if visible else 404)
    assert ("Séminaire matrice" in client.get("/fr/").content.decode()) is visible  # home
    assert ("/fr/events/matrix-event/" in client.get("/sitemap.xml").content.decode()) is visible


@pytest.mark.parametrize(("status", "publish_at", "withdraw_at", "visible"), MATRIX, ids=IDS)
def test_page_and_menus(client, seeded, status, publish_at, withdraw_at, visible):
    for menu in ("main", "footer"):
        Page.objects.create(
            title_ar=f"صفحة {menu}",
            title_fr=f"Page {menu} matrice",
            slug=f"matrix-{menu}",
            body_ar="<p>ن</p>",
            menu=menu,
            **window(status, publish_at, withdraw_at),
        )
    for code in ("ar", "fr", "en"):
        assert client.get(f"/{code}/matrix-main/").status_code == (200 if visible else 404)
    html = client.get("/fr/").content.decode()
    nav = html.split('class="site-nav"')[1].split("</nav>")[0]
    footer = html.split('class="site-footer"')[1].split("</footer>")[0]
    assert ('href="/fr/matrix-main/"' in nav) is visible
    assert ('href="/fr/matrix-footer/"' in footer) is visible
    assert ("/fr/matrix-main/" in client.get("/sitemap.xml").content.decode()) is visible


def test_menus_follow_the_order_editors_set(client, seeded):
    Page.objects.filter(slug="contact").update(order=1)
    Page.objects.filter(slug="about").update(order=2)
    nav = client.get("/en/").content.decode().split('class="site-nav"')[1]
    assert nav.index("/en/contact/") < nav.index("/en/about/")


def test_sub_pages_are_listed_on_their_parent_when_published(client, seeded):
    about = Page.objects.get(slug="about")
    Page.objects.create(
        title_ar="فرعية",
        title_en="Team",
        slug="team",
        body_ar="<p>ن</p>",
        parent=about,
        status="published",
    )
    Page.objects.create(
        title_ar="مسودة",
        title_en="Hidden child",
        slug="hidden-child",
        body_ar="<p>ن</p>",
        parent=about,
        status="draft",
    )
    html = client.get("/en/about/").content.decode()
    assert 'href="/en/team/"' in html and "Hidden child" not in html
    assert 'href="/en/about/"' in client.get("/en/team/").content.decode()
