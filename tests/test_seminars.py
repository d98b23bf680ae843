"""The study day and its articles, as visitors and editors meet them."""

import io
from datetime import date

import pytest
from django.core.management import call_command

from portal.seminars.models import Article, Event, Speaker, Talk

pytestmark = pytest.mark.django_db

OPENING = "في ظل تطور التكنولوجيا الرقمية وتطور الجرائم الرقمية"


def test_launch_content_loads_and_loading_again_changes_nothing(seeded):
    counts = (
        Event.objects.count(),
        Speaker.objects.count(),
        Talk.objects.count(),
        Article.objects.count(),
    )
    assert counts == (1, 3, 3, 1)
    call_command("load_demo", stdout=io.StringIO())
    assert counts == (
        Event.objects.count(),
        Speaker.objects.count(),
        Talk.objects.count(),
        Article.objects.count(),
    )


def test_event_is_the_study_day_in_kenitra(client, seeded):
    event = Event.objects.get()
    assert event.date == date(2019, 12, 5)
    assert "القنيطرة" in event.city_ar
    html = client.get(f"/ar/events/{event.slug}/").content.decode()
    assert "المعهد الملكي للشرطة" in html
    assert "محمد الخضراوي" in html
    assert event.source_url.startswith("http")


def test_arabic_article_is_the_seed_text_without_page_leftovers(client, seeded):
    article = Article.objects.get()
    html = client.get(f"/ar/news/{article.slug}/").content.decode()
    assert OPENING in html
    assert "مقالات ذات صلة" not in html
    assert "زر الذهاب إلى الأعلى" not in html


@pytest.mark.parametrize(("code", "words"), [("fr", "Kénitra"), ("en", "Kenitra")])
def test_article_is_translated(client, seeded, code, words):
    article = Article.objects.get()
    html = client.get(f"/{code}/news/{article.slug}/").content.decode()
    assert words in html
    assert OPENING not in html


def test_home_shows_the_study_day_and_latest_article(client, seeded):
    article = Article.objects.get()
    for code in ("ar", "fr", "en"):
        html = client.get(f"/{code}/").content.decode()
        assert f'href="/{code}/news/{article.slug}/"' in html
        assert f'href="/{code}/events/{Event.objects.get().slug}/"' in html


def test_drafts_are_not_shown(client, seeded):
    article = Article.objects.get()
    article.status = Article.Status.DRAFT
    article.save()
    assert client.get(f"/ar/news/{article.slug}/").status_code == 404
    assert article.slug not in client.get("/ar/news/").content.decode()
    assert article.slug not in client.get("/ar/").content.decode()


@pytest.mark.parametrize("page", ["2", "999", "abc", "-1", "1" * 400, ""])
def test_article_list_answers_any_page_number(client, seeded, page):
    assert client.get("/ar/news/", {"page": page}).status_code == 200


def test_article_list_is_paginated(client, seeded):
    event = Event.objects.get()
    for number in range(12):
        Article.objects.create(
            title_ar=f"مقال {number}",
            title_fr=f"Article {number}",
            slug=f"article-{number}",
            summary_ar="ملخص",
            body_ar="<p>نص</p>",
            published_on=date(2020, 1, number + 1),
            status=Article.Status.PUBLISHED,
            event=event,
        )
    first = client.get("/fr/news/").content.decode()
    assert first.count('class="card"') == 10
    assert 'rel="next"' in first
    second = client.get("/fr/news/", {"page": 2}).content.decode()
    assert second.count('class="card"') == 3


def test_body_html_is_cleaned_on_save(seeded):
    article = Article.objects.get()
    article.body_fr = (
        '<p onclick="steal()">Bonjour</p><script>alert(1)</script>'
        '<a href="javascript:alert(1)">x</a><a href="https://example.org">y</a>'
        '<p style="color:red">z</p>'
    )
    article.save()
    article.refresh_from_db()
    stored = article.body_fr
    assert "<script" not in stored and "onclick" not in stored
    assert "javascript:" not in stored and "style=" not in stored
    assert 'rel="noopener noreferrer"' in stored
    assert "Bonjour" in stored


def test_server_error_page_needs_no_database(rf, django_assert_num_queries):
    from django.utils import translation

    from portal.core.views import server_error

    request = rf.get("/fr/")
    with translation.override("fr"), django_assert_num_queries(0):
        response = server_error(request)
    html = response.content.decode()
    assert response.status_code == 500
    assert 'href="tel:19"' in html
    assert "Un problème est survenu" in html
    assert 'lang="fr"' in html
