"""Speakers, topics and plan texts now have a status: a draft one reaches no public page,
and the rows that existed before the workflow stayed on the site."""

import importlib

import pytest
from django.utils import translation

from portal.guides.models import PlanStep
from portal.seminars.models import Article, Event, Speaker, Topic

pytestmark = pytest.mark.django_db


def test_a_draft_speaker_is_not_named_on_the_event_page(client, seeded):
    event = Event.objects.get()
    speaker = event.talks.first().speaker
    page = client.get(event.get_absolute_url()).content.decode()
    assert speaker.name in page
    Speaker.objects.filter(pk=speaker.pk).update(status=Speaker.Status.DRAFT)
    assert speaker.name not in client.get(event.get_absolute_url()).content.decode()


def test_a_draft_topic_has_no_page_no_link_and_no_sitemap_entry(client, seeded):
    topic = Topic.objects.filter(articles__in=Article.objects.published()).first()
    article = topic.articles.published().first()
    with translation.override("ar"):
        url = topic.get_absolute_url()
        pages = [article.get_absolute_url(), "/ar/news/", "/sitemap.xml"]
    for path in pages:
        assert url in client.get(path).content.decode(), path
    assert client.get(url).status_code == 200
    Topic.objects.filter(pk=topic.pk).update(status=Topic.Status.DRAFT)
    assert client.get(url).status_code == 404
    for path in pages:
        assert url not in client.get(path).content.decode(), path


def test_a_draft_plan_text_is_left_out_of_the_plan(client, seeded):
    plan = "/en/help/plan/?a=2&b=1&c=2&d=1"
    text = PlanStep.objects.get(key="stop-contact")
    assert f'data-key="{text.key}"' in client.get(plan).content.decode()
    PlanStep.objects.filter(pk=text.pk).update(status=PlanStep.Status.DRAFT)
    assert f'data-key="{text.key}"' not in client.get(plan).content.decode()


def test_rows_from_before_the_workflow_are_published_by_the_migration():
    from django.apps import apps

    Speaker.objects.create(name_ar="متحدث")
    Topic.objects.create(name_ar="موضوع", slug="topic")
    PlanStep.objects.create(key="a-text", title_ar="نص")
    assert Speaker.objects.get().status == "draft"  # the default for new rows
    for module in (
        "portal.seminars.migrations.0007_publish_existing_speakers_topics",
        "portal.guides.migrations.0004_publish_existing_plan_steps",
    ):
        importlib.import_module(module).forwards(apps, None)
    assert Speaker.objects.get().status == "published"
    assert Topic.objects.get().status == "published"
    assert PlanStep.objects.get().status == "published"
