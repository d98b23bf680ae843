"""The admin speaks Arabic and French to real Editors and Publishers, on every screen they
use: no English string of Django's admin or of its libraries is left on the page."""

import pytest
from django.contrib.auth.models import Group
from django.urls import reverse
from django_otp.plugins.otp_totp.models import TOTPDevice
from reversion.models import Version

from portal.pages.models import Page
from portal.seminars.models import Article, Event, Topic
from tests import admin_english
from tests.editors_helpers import change_form
from tests.security_helpers import current_code

pytestmark = pytest.mark.django_db

PASSWORD = "a-long-passphrase-for-languages-7"
ADMIN_LANGUAGES = ("ar", "fr")


def member(django_user_model, username, group):
    """A staff account in `group`, with its authenticator, as `manage.py enrol_totp` makes."""
    user = django_user_model.objects.create_user(username, f"{username}@example.org", PASSWORD)
    user.is_staff = True
    user.save()
    user.groups.add(Group.objects.get(name=group))
    return user, TOTPDevice.objects.create(user=user, name="phone", confirmed=True)


def sign_in(client, account, language):
    """The real login: password and TOTP code, with the browser asking for `language`."""
    user, device = account
    client.defaults["HTTP_ACCEPT_LANGUAGE"] = language
    response = client.post(
        reverse("admin:login"),
        {
            "username": user.username,
            "password": PASSWORD,
            "otp_token": current_code(device),
            "next": reverse("admin:index"),
        },
    )
    assert response.status_code == 302, response.content.decode()[:3000]
    return client


@pytest.fixture
def editor(django_user_model, seeded):
    return member(django_user_model, "hind", "Editors")


@pytest.fixture
def publisher(django_user_model, seeded):
    return member(django_user_model, "youssef", "Publishers")


@pytest.fixture
def many_topics(seeded):
    """More topics than a list page holds, so the list has pages and a "show all" link."""
    Topic.objects.bulk_create(
        Topic(name_ar=f"موضوع {n}", name_fr=f"Thème {n}", name_en=f"Theme {n}", slug=f"t-{n}")
        for n in range(105)
    )


def two_versions(client, language):
    """A page saved twice through its form, so that it has a history to compare."""
    # A draft: an Editor's change to a published page would wait for review instead.
    page = Page.objects.published().first()
    Page.objects.filter(pk=page.pk).update(status="draft")
    url = reverse("admin:pages_page_change", args=[page.pk])
    for words in ("Première formulation", "Deuxième formulation"):
        page.refresh_from_db()
        response = client.post(url, change_form(page, title_fr=words))
        assert response.status_code == 302, response.content.decode()[:3000]
    newest, oldest = Version.objects.get_for_object(page)[:2]
    return page, oldest, newest


def leaks(client, urls, language):
    found = {}
    for url in urls:
        response = client.get(url)
        assert response.status_code == 200, (url, response.status_code)
        english = admin_english.english_on(response.content.decode(), language)
        if english:
            found[url] = english
    return found


def screens(client, language, publisher=False):
    article = Article.objects.first()
    event = Event.objects.first()
    page, oldest, newest = two_versions(client, language)
    year = article.published_on.year
    urls = [
        reverse("admin:index"),
        reverse("admin:seminars_article_changelist"),
        reverse("admin:seminars_article_changelist") + "?q=zzzz-nothing",
        reverse("admin:seminars_article_changelist") + f"?published_on__year={year}",
        reverse("admin:seminars_article_changelist") + "?status__exact=published",
        reverse("admin:seminars_topic_changelist"),
        reverse("admin:seminars_topic_changelist") + "?p=2",
        reverse("admin:seminars_topic_changelist") + "?q=1",
        reverse("admin:seminars_article_add"),
        reverse("admin:seminars_article_change", args=[article.pk]),
        reverse("admin:seminars_event_change", args=[event.pk]),
        reverse("admin:pages_page_change", args=[page.pk]),
        reverse("admin:pages_page_history", args=[page.pk]),
        reverse("admin:pages_page_compare", args=[page.pk])
        + f"?version_id1={oldest.pk}&version_id2={newest.pk}",
        reverse("admin:pages_page_revision", args=[page.pk, oldest.pk]),
        reverse("admin:password_change"),
    ]
    if publisher:
        urls += [
            reverse("admin:seminars_topic_changelist") + "?all=",
            reverse("admin:seminars_topic_delete", args=[Topic.objects.first().pk]),
            reverse("admin:pages_page_recoverlist"),
        ]
    return urls


@pytest.mark.parametrize("language", ADMIN_LANGUAGES)
def test_an_editor_sees_no_english_in_the_admin(client, editor, many_topics, language):
    sign_in(client, editor, language)
    found = leaks(client, screens(client, language), language)
    assert not found, found


@pytest.mark.parametrize("language", ADMIN_LANGUAGES)
def test_a_publisher_sees_no_english_in_the_admin(client, publisher, many_topics, language):
    sign_in(client, publisher, language)
    found = leaks(client, screens(client, language, publisher=True), language)
    # The confirmation of a bulk action, and the form that answers a wrong submission.
    ids = list(Topic.objects.values_list("pk", flat=True)[:2])
    response = client.post(
        reverse("admin:seminars_topic_changelist"),
        {"action": "delete_selected", "_selected_action": ids},
    )
    found["delete_selected"] = admin_english.english_on(response.content.decode(), language)
    response = client.post(reverse("admin:seminars_article_add"), {})
    found["invalid form"] = admin_english.english_on(response.content.decode(), language)
    found = {k: v for k, v in found.items() if v}
    assert not found, found


@pytest.mark.parametrize("language", ADMIN_LANGUAGES)
def test_login_two_factor_and_lockout_screens_are_translated(client, editor, settings, language):
    client.defaults["HTTP_ACCEPT_LANGUAGE"] = language
    user, _device = editor
    found = {
        "login": admin_english.english_on(
            client.get(reverse("admin:login")).content.decode(), language
        )
    }
    wrong = {"username": user.username, "password": PASSWORD, "otp_token": "000000"}
    response = client.post(reverse("admin:login"), wrong)
    assert response.status_code == 200
    found["wrong code"] = admin_english.english_on(response.content.decode(), language)
    response = client.post(reverse("admin:login"), {**wrong, "password": "wrong", "otp_token": ""})
    found["wrong password"] = admin_english.english_on(response.content.decode(), language)
    for _attempt in range(settings.AXES_FAILURE_LIMIT):
        response = client.post(reverse("admin:login"), {**wrong, "password": "wrong"})
    assert response.status_code == 429
    found["lockout"] = admin_english.english_on(response.content.decode(), language)
    found = {k: v for k, v in found.items() if v}
    assert not found, found


@pytest.mark.parametrize("language", ADMIN_LANGUAGES)
def test_logged_out_screen_is_translated(client, editor, language):
    sign_in(client, editor, language)
    response = client.post(reverse("admin:logout"))
    assert response.status_code == 200
    assert admin_english.english_on(response.content.decode(), language) == []


@pytest.mark.parametrize(
    ("language", "portal"),
    [
        ("ar", "بوابة لا للابتزاز الإلكتروني"),
        ("fr", "Portail Stop au chantage en ligne"),
        ("en", "Portal: Stop online blackmail"),
    ],
)
def test_the_admin_names_the_portal_not_django(client, editor, language, portal):
    sign_in(client, editor, language)
    html = client.get(reverse("admin:index")).content.decode()
    assert f'<a href="{reverse("admin:index")}">{portal}</a>' in html
    assert "<title>" in html and portal in html.split("<title>")[1].split("</title>")[0]
    assert "Django" not in admin_english.visible_text(html)
