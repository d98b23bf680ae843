"""Addresses: ASCII slugs the same in every language; a published object whose slug changes
keeps answering at its old address with a permanent redirect."""

import pytest
from django.urls import reverse

from portal.pages.models import Page
from portal.seminars.models import Article, Event
from tests.conftest import LANGUAGES
from tests.editors_helpers import article_form, change_form, logged_in, staff_user

pytestmark = pytest.mark.django_db


@pytest.fixture
def publisher(client, django_user_model, seeded):
    return logged_in(client, staff_user(django_user_model, "publisher", "Publishers"))


@pytest.mark.parametrize("model", [Article, Event, Page])
def test_changed_slug_redirects_permanently_in_every_language(client, seeded, model):
    obj = model.objects.published().first()
    old_url = {code: None for code in LANGUAGES}
    from django.utils import translation

    for code in LANGUAGES:
        with translation.override(code):
            old_url[code] = obj.get_absolute_url()
    obj.slug = "renamed-" + obj.slug[:80]
    obj.save()
    for code in LANGUAGES:
        with translation.override(code):
            new_url = obj.get_absolute_url()
        response = client.get(old_url[code])
        assert response.status_code == 301, old_url[code]
        assert response["Location"] == new_url
        assert new_url.startswith(f"/{code}/")
        assert client.get(new_url).status_code == 200


def test_renamed_twice_both_old_addresses_lead_to_the_current_one(client, seeded):
    page = Page.objects.get(slug="about")
    for slug in ("about-us", "about-the-portal"):
        page.slug = slug
        page.save()
    for old in ("about", "about-us"):
        response = client.get(f"/fr/{old}/")
        assert response.status_code == 301 and response["Location"] == "/fr/about-the-portal/"


def test_draft_slug_changes_leave_no_redirect(client, seeded):
    page = Page.objects.create(
        title_ar="م", title_en="Draft", slug="draft-one", body_ar="<p>م</p>"
    )
    page.slug = "draft-two"
    page.save()
    assert client.get("/en/draft-one/").status_code == 404


def test_reusing_an_old_slug_shows_the_new_object(client, seeded):
    about = Page.objects.get(slug="about")
    about.slug = "who-we-are"
    about.save()
    Page.objects.create(
        title_ar="م", title_en="New about", slug="about", body_ar="<p>م</p>", status="published"
    )
    response = client.get("/en/about/")
    assert response.status_code == 200 and "New about" in response.content.decode()


def test_withdrawn_object_old_address_is_a_404_not_a_redirect(client, seeded):
    page = Page.objects.get(slug="privacy")
    page.slug = "privacy-policy"
    page.save()
    page.status = "archived"
    page.save()
    assert client.get("/fr/privacy/").status_code == 404


def test_slug_comes_from_the_french_title_and_arabic_only_needs_one_typed(publisher):
    publisher.post(
        reverse("admin:seminars_article_add"), article_form(title_fr="Été : ce qu'il faut savoir")
    )
    assert Article.objects.filter(slug="ete-ce-quil-faut-savoir").exists()
    response = publisher.post(
        reverse("admin:seminars_article_add"), article_form(title_fr="", title_en="")
    )
    assert response.status_code == 200
    assert "Type an address in Latin letters" in response.content.decode()


def test_slugs_are_ascii_and_unique_per_type(publisher):
    response = publisher.post(reverse("admin:seminars_article_add"), article_form(slug="مقال"))
    assert response.status_code == 200 and "errorlist" in response.content.decode()
    existing = Article.objects.first().slug
    response = publisher.post(reverse("admin:seminars_article_add"), article_form(slug=existing))
    assert response.status_code == 200 and "errorlist" in response.content.decode()
    # The same slug on another type is fine: addresses differ by type.
    Page.objects.create(title_ar="م", slug=existing, body_ar="<p>م</p>")


def test_slug_change_in_the_admin_redirects(publisher, client):
    article = Article.objects.published().first()
    old = article.slug
    url = reverse("admin:seminars_article_change", args=[article.pk])
    response = publisher.post(url, change_form(article, slug="new-address"))
    assert response.status_code == 302
    assert publisher.get(f"/en/news/{old}/")["Location"] == "/en/news/new-address/"


def published_guide():
    from portal.guides.models import Guide

    return Guide.objects.published().filter(is_urgent=False).first()


def published_organisation():
    from portal.directory.models import Organisation

    return Organisation.objects.public().get(slug="e-blagh")


@pytest.mark.parametrize("find", [published_guide, published_organisation])
def test_renamed_guide_or_directory_entry_redirects_in_every_language(client, seeded, find):
    from django.utils import translation

    obj = find()
    old_url = {}
    for code in LANGUAGES:
        with translation.override(code):
            old_url[code] = obj.get_absolute_url()
    obj.slug = "renamed-" + obj.slug[:80]
    obj.save()
    for code in LANGUAGES:
        with translation.override(code):
            new_url = obj.get_absolute_url()
        assert new_url != old_url[code]
        response = client.get(old_url[code])
        assert response.status_code == 301, old_url[code]
        assert response["Location"] == new_url
        assert client.get(new_url).status_code == 200


def test_old_address_of_a_withdrawn_directory_entry_is_gone(client, seeded):
    organisation = published_organisation()
    organisation.slug = "e-blagh-new"
    organisation.save()
    organisation.status = organisation.Status.ARCHIVED
    organisation.save()
    assert client.get("/fr/directory/e-blagh/").status_code == 404
