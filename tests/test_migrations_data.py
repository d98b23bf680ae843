"""Migrations that move or convert data keep every row: a database built before the change
comes out of `migrate` with its content intact."""

import pytest
from django.contrib.contenttypes.models import ContentType
from django.db import connection
from django.db.migrations.executor import MigrationExecutor

from portal.content.models import SlugRedirect
from portal.seminars.models import Article


def migrate(targets, state_at=None):
    executor = MigrationExecutor(connection)
    executor.migrate(targets)
    executor.loader.build_graph()
    return executor.loader.project_state(state_at or targets).apps


def latest():
    return MigrationExecutor(connection).loader.graph.leaf_nodes()


@pytest.fixture(autouse=True)
def schema_back_to_latest():
    """These tests move the schema back in time; the tests after them need today's schema (a
    later transactional test found guides left at 0001: no column guides_planstep.status)."""
    yield
    migrate(latest())


@pytest.mark.django_db(transaction=True)
def test_old_addresses_survive_the_move_of_slugredirect_from_core_to_content():
    # The state of main before the split: SlugRedirect belongs to core.
    before = ("core", "0001_slug_redirects")
    old_apps = migrate([before, ("content", None)], state_at=[before])
    OldRedirect = old_apps.get_model("core", "SlugRedirect")
    OldContentType = old_apps.get_model("contenttypes", "ContentType")
    article_type, _ = OldContentType.objects.get_or_create(app_label="seminars", model="article")
    OldContentType.objects.get_or_create(app_label="core", model="slugredirect")
    OldRedirect.objects.create(content_type_id=article_type.pk, object_id=7, old_slug="before")

    migrate(latest())
    ContentType.objects.clear_cache()

    row = SlugRedirect.objects.get()
    assert (row.old_slug, row.object_id) == ("before", 7)
    assert row.content_type.model_class() is Article
    assert ContentType.objects.filter(app_label="content", model="slugredirect").exists()
    assert not ContentType.objects.filter(app_label="core", model="slugredirect").exists()


@pytest.mark.django_db(transaction=True)
def test_guide_audiences_take_the_shared_codes_and_back():
    before = ("guides", "0001_guides_faq_plan_quick_exit")
    old_apps = migrate([before])
    OldGuide = old_apps.get_model("guides", "Guide")
    for slug, audience in (("young", "under18"), ("grown", "adult"), ("carers", "parent")):
        OldGuide.objects.create(title=slug, slug=slug, summary="-", audience=audience)

    new_apps = migrate(latest())
    Guide = new_apps.get_model("guides", "Guide")
    assert dict(Guide.objects.values_list("slug", "audience")) == {
        "young": "under-18",
        "grown": "adults",
        "carers": "parent",
    }

    migrate([before])
    assert dict(OldGuide.objects.values_list("slug", "audience")) == {
        "young": "under18",
        "grown": "adult",
        "carers": "parent",
    }
