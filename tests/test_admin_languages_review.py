"""The review workflow's screens speak Arabic and French to real Editors and Publishers (signed
in with password and TOTP): the queue on the admin home page, the pending change with its
diff, the change form's banner, sending back, and the Editor's home page afterwards."""

import pytest
from django.test import Client
from django.urls import reverse

from portal.review.models import PendingChange
from portal.seminars.models import Article
from tests import admin_english
from tests.review_helpers import post_change
from tests.test_admin_languages import ADMIN_LANGUAGES, member, sign_in

pytestmark = pytest.mark.django_db


def change_url(obj):
    meta = obj._meta
    return reverse(f"admin:{meta.app_label}_{meta.model_name}_change", args=[obj.pk])


def english(client, url, language):
    response = client.get(url)
    assert response.status_code == 200, (url, response.status_code)
    return admin_english.english_on(response.content.decode(), language)


@pytest.mark.parametrize("language", ADMIN_LANGUAGES)
def test_review_screens_are_translated(django_user_model, seeded, language):
    editor = sign_in(Client(), member(django_user_model, "hind", "Editors"), language)
    publisher = sign_in(Client(), member(django_user_model, "youssef", "Publishers"), language)
    article = Article.objects.published().first()
    response = post_change(editor, change_url(article), title_fr="Titre à relire")
    assert response.status_code == 302
    change = PendingChange.objects.get(state="pending")
    review_url = reverse("admin:review_pendingchange_change", args=[change.pk])

    found = {
        "editor home": english(editor, reverse("admin:index"), language),
        "editor: article with a pending change": english(editor, change_url(article), language),
        "editor: the pending change": english(editor, review_url, language),
        "publisher home (queue)": english(publisher, reverse("admin:index"), language),
        "publisher: pending changes": english(
            publisher, reverse("admin:review_pendingchange_changelist"), language
        ),
        "publisher: review page and diff": english(publisher, review_url, language),
    }
    send_back = reverse("admin:review_pendingchange_send_back", args=[change.pk])
    assert publisher.post(send_back, {"comment": "Trop long."}).status_code == 302
    found["editor home, sent back"] = english(editor, reverse("admin:index"), language)
    found["publisher: sent back change"] = english(publisher, review_url, language)
    found = {screen: words for screen, words in found.items() if words}
    assert not found, found


@pytest.mark.parametrize("language", ADMIN_LANGUAGES)
def test_four_eyes_review_screen_is_translated(django_user_model, seeded, monkeypatch, language):
    # The article's source link stands for a directory number, declared sensitive the same way.
    monkeypatch.setattr(Article, "REVIEW_SENSITIVE_FIELDS", ("source_url",), raising=False)
    editor = sign_in(Client(), member(django_user_model, "hind", "Editors"), language)
    publisher = sign_in(Client(), member(django_user_model, "youssef", "Publishers"), language)
    article = Article.objects.published().first()
    new = "https://www.dgsn.gov.ma/fr/nouvelle-source"
    assert post_change(editor, change_url(article), source_url=new).status_code == 302
    change = PendingChange.objects.get(state="pending")
    assert change.four_eyes
    review_url = reverse("admin:review_pendingchange_change", args=[change.pk])
    html = publisher.get(review_url).content.decode()
    assert 'name="verified"' in html  # the approval form with its source check
    assert admin_english.english_on(html, language) == []
    # Approving without the check answers the form again, with its errors.
    response = publisher.post(reverse("admin:review_pendingchange_approve", args=[change.pk]))
    assert admin_english.english_on(response.content.decode(), language) == []
