"""Queries compiled to SQL once per process (portal/core/prepared.py): the menus, the
quick-exit address, the crisis box and the directory's list. The SQL is kept, the values
are not: a time passing, a day passing and an editor's change show on the next page, in
every language."""

import re
from datetime import timedelta
from html import unescape

import pytest
import time_machine
from django.db import connection
from django.db.models import signals
from django.utils import timezone, translation

from portal.core.prepared import PreparedQuery
from portal.directory.models import Organisation
from portal.guides.models import QuickExitSettings, StepLink
from portal.pages.models import Page
from tests.directory_factories import make_org, result_slugs

pytestmark = pytest.mark.django_db


@pytest.fixture(autouse=True)
def _no_page_cache(settings):
    # What is measured here is the query, not a kept copy of the page.
    settings.PAGE_CACHE = False


def html(client, path):
    response = client.get(path)
    assert response.status_code == 200, path
    return unescape(response.content.decode())


def crisis_box(client, path):
    return re.search(r'<aside class="crisis".*?</aside>', html(client, path), re.S).group(0)


def test_a_page_scheduled_for_the_menu_appears_when_its_time_comes(client, seeded):
    html(client, "/fr/")  # the menu's SQL is compiled now, before the page exists
    Page.objects.create(
        title_ar="صفحة مجدولة",
        title_fr="Page programmée",
        slug="programmee",
        body_ar="<p>نص</p>",
        menu=Page.Menu.MAIN,
        status=Page.Status.PUBLISHED,
        publish_at=timezone.now() + timedelta(hours=1),
        withdraw_at=timezone.now() + timedelta(hours=3),
    )
    assert "Page programmée" not in html(client, "/fr/")
    with time_machine.travel(timezone.now() + timedelta(hours=2)):
        assert "Page programmée" in html(client, "/fr/")
    with time_machine.travel(timezone.now() + timedelta(hours=4)):
        assert "Page programmée" not in html(client, "/fr/")


def test_a_menu_page_without_a_translation_shows_its_arabic_title(client, seeded):
    Page.objects.create(
        title_ar="صفحة بالعربية فقط",
        slug="arabe-seulement",
        body_ar="<p>نص</p>",
        menu=Page.Menu.FOOTER,
        status=Page.Status.PUBLISHED,
    )
    footer = re.search(r"<footer.*?</footer>", html(client, "/en/"), re.S).group(0)
    assert re.search(
        r'<a href="/en/arabe-seulement/"[^>]*lang="ar"[^>]*>صفحة بالعربية فقط<', footer
    )


def test_a_listening_line_leaves_the_crisis_box_the_day_it_goes_stale(client, seeded, settings):
    days = settings.DIRECTORY_STALE_AFTER_DAYS
    make_org(
        "line-ageing",
        kind="psychological-support",
        contacts=(("phone", "0522000007"),),
        verified_on=(timezone.localdate() - timedelta(days=days)).isoformat(),
    )
    assert "tel:+212522000007" in crisis_box(client, "/en/help/now/")
    with time_machine.travel(timezone.now() + timedelta(days=1)):
        assert "tel:+212522000007" not in crisis_box(client, "/en/help/now/")


def test_the_crisis_box_names_a_line_in_each_language_or_in_arabic(client, seeded):
    make_org(
        "line-named",
        kind="psychological-support",
        contacts=(("phone", "0522000008"),),
        name_ar="خط الإنصات التجريبي",
        name_fr="Ligne d'écoute d'essai",
        name_en="",
    )
    assert "Ligne d'écoute d'essai" in crisis_box(client, "/fr/help/now/")
    assert "خط الإنصات التجريبي" in crisis_box(client, "/ar/help/now/")
    assert "خط الإنصات التجريبي" in crisis_box(client, "/en/help/now/")


def test_a_new_quick_exit_address_shows_on_the_next_page(client, seeded):
    html(client, "/en/")
    QuickExitSettings.objects.create(exit_url="https://example.org/weather")
    assert 'href="https://example.org/weather"' in html(client, "/en/")


def test_rows_come_in_the_order_asked_for_as_the_orm_gives_them(seeded):
    make_org("ordered-a", name_fr="")
    make_org("ordered-b", status=Organisation.Status.DRAFT)
    columns = ("slug", "kind", "pk", "name_fr", "name_ar")
    prepared = PreparedQuery(
        lambda at: Organisation.objects.public(at=at).order_by("slug"),
        columns,
        at=Organisation._meta.get_field("publish_at"),
    )
    for language in ("ar", "fr", "en"):
        with translation.override(language):
            expected = list(Organisation.objects.public().order_by("slug").values_list(*columns))
            rows = prepared.rows(at=timezone.now())
        assert rows == expected and len(rows) > 1, language
    assert not any(slug == "ordered-b" for slug, *_rest in rows)


def test_a_prepared_query_refuses_missing_values_and_joined_rows(seeded):
    prepared = PreparedQuery(
        lambda at: Page.objects.published(at=at), ("slug",), at=Page._meta.get_field("publish_at")
    )
    with pytest.raises(TypeError):
        prepared.rows()
    with pytest.raises(TypeError):
        prepared.rows(at=timezone.now(), extra=1)
    with pytest.raises(ValueError):
        PreparedQuery(lambda: StepLink.objects.select_related("guide")).rows()


def test_values_and_instances_come_converted_as_the_orm_gives_them(seeded):
    """A date, a time and a boolean, whatever the database returns them as."""
    make_org("dated", is_24_7=True)
    organisations = PreparedQuery(lambda: Organisation.objects.filter(slug="dated"))
    (organisation,) = organisations.rows()
    expected = Organisation.objects.get(slug="dated")
    assert organisation.pk == expected.pk and organisation.is_24_7 is True
    assert organisation.verified_on == expected.verified_on == timezone.localdate()
    assert organisation.created_at == expected.created_at
    assert organisation.name == expected.name
    with translation.override("fr"):
        assert organisation.name == expected.name_fr
    columns = PreparedQuery(
        lambda: Organisation.objects.filter(slug="dated"), ("verified_on", "is_24_7")
    )
    assert columns.rows() == [(timezone.localdate(), True)]


def test_instances_are_those_the_orm_makes_and_save_as_theirs(seeded):
    make_org("made")
    expected = Organisation.objects.get(slug="made")
    (organisation,) = PreparedQuery(lambda: Organisation.objects.filter(slug="made")).rows()
    fields = [field.attname for field in Organisation._meta.concrete_fields]
    assert [getattr(organisation, name) for name in fields] == [
        getattr(expected, name) for name in fields
    ]
    assert not organisation._state.adding and organisation._state.db == "default"
    # Saved, it updates its own row: no second entry, and the new name is the one kept.
    organisation.name_fr = "Nom changé"
    organisation.save()
    assert Organisation.objects.filter(slug="made").count() == 1
    expected.refresh_from_db()
    assert expected.name_fr == "Nom changé"
    # A column the query left out is read from the database when asked for.
    (partial,) = PreparedQuery(
        lambda: Organisation.objects.filter(slug="made").only("pk", "slug")
    ).rows()
    assert partial.name_fr == "Nom changé"


def test_a_model_whose_instances_a_signal_watches_gets_them_through_its_constructor(seeded):
    make_org("watched")
    seen = []

    def watch(sender, instance, **kwargs):
        seen.append(instance.slug)

    signals.post_init.connect(watch, sender=Organisation)
    try:
        PreparedQuery(lambda: Organisation.objects.filter(slug="watched")).rows()
    finally:
        signals.post_init.disconnect(watch, sender=Organisation)
    assert seen == ["watched"]


def listed(client, query):
    return result_slugs(client, query)[0]


def test_the_directory_list_follows_the_values_and_the_changes_of_a_compiled_shape(client):
    # Each shape of filters (which ones, how many codes) is compiled once (listing.py): the
    # next region, a new entry, a withdrawn one and a new number must all show at once.
    casa = make_org("casa-line", regions=("casablanca-settat",))
    souss = make_org("souss-line", regions=("souss-massa",))
    assert listed(client, "?region=casablanca-settat") == {"casa-line"}
    assert listed(client, "?region=souss-massa") == {"souss-line"}
    make_org("souss-second", regions=("souss-massa",))
    assert listed(client, "?region=souss-massa") == {"souss-line", "souss-second"}
    casa.status = Organisation.Status.DRAFT
    casa.save()
    assert listed(client, "?region=casablanca-settat") == set()
    souss.contact_points.create(kind="phone", value="+212522000001", order=5)
    page = html(client, "/en/directory/?region=souss-massa")
    assert "tel:+212522000001" in page


@pytest.mark.skipif(connection.vendor != "postgresql", reason="prepared statements: PostgreSQL")
def test_postgresql_prepares_the_busiest_queries_and_still_shows_each_change(client, seeded):
    for _ in range(6):  # psycopg prepares a query after five runs on a connection
        html(client, "/fr/help/now/")
    with connection.cursor() as cursor:
        cursor.execute("SELECT statement FROM pg_prepared_statements")
        prepared = [statement for (statement,) in cursor.fetchall()]
    assert any('FROM "guides_step"' in statement for statement in prepared)
    assert any('FROM "guides_quickexitsettings"' in statement for statement in prepared)
    QuickExitSettings.objects.create(exit_url="https://www.wikipedia.org/")
    assert 'href="https://www.wikipedia.org/"' in html(client, "/fr/help/now/")
