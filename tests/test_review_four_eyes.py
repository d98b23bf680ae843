"""Four eyes on contact details: a changed number, address or link is logged with its old
and new value, clears the verification, and only someone else may approve it, after
checking it against a source."""

import pytest
from django.test import Client
from django.urls import reverse

from portal.review.models import PendingChange, SensitiveChangeLog
from portal.seminars.models import Article
from tests.editors_helpers import logged_in, staff_user
from tests.review_helpers import post_change

pytestmark = pytest.mark.django_db


def account(django_user_model, name, group):
    return logged_in(Client(), staff_user(django_user_model, name, group))


@pytest.fixture
def publisher(django_user_model, seeded):
    return account(django_user_model, "publisher", "Publishers")


@pytest.fixture
def publisher2(django_user_model, seeded):
    return account(django_user_model, "publisher2", "Publishers")


@pytest.fixture
def editor(django_user_model, seeded):
    return account(django_user_model, "editor", "Editors")


def change_url(obj):
    meta = obj._meta
    return reverse(f"admin:{meta.app_label}_{meta.model_name}_change", args=[obj.pk])


def approve_url(change):
    return reverse("admin:review_pendingchange_approve", args=[change.pk])


@pytest.fixture
def source_is_sensitive(monkeypatch):
    """A stand-in for the directory's numbers: the article's source link, declared
    sensitive the way ContactPoint declares `value`."""
    monkeypatch.setattr(Article, "REVIEW_SENSITIVE_FIELDS", ("source_url",), raising=False)


def test_a_publishers_change_to_a_sensitive_field_needs_another_publisher(
    source_is_sensitive, publisher, publisher2
):
    article = Article.objects.published().first()
    old = article.source_url
    new = "https://www.dgsn.gov.ma/fr/nouvelle-source"
    response = post_change(publisher, change_url(article), source_url=new, title_en="Also")
    assert response.status_code == 302
    article.refresh_from_db()
    assert article.source_url == old and article.title_en != "Also"  # nothing went live

    change = PendingChange.objects.get(state="pending")
    assert change.four_eyes
    assert change.sensitive_changes == [
        {
            "model": "seminars.article",
            "object": str(article.pk),
            "field": "source_url",
            "old": old,
            "new": new,
        }
    ]
    log = SensitiveChangeLog.objects.get(field="source_url")
    assert (log.old_value, log.new_value, log.user.username) == (old, new, "publisher")

    # Its author, although a Publisher, cannot approve it.
    assert (
        publisher.post(approve_url(change), {"verified": "on", "source_url": new}).status_code
        == 403
    )
    # Another Publisher must state the check and its source.
    review = publisher2.get(change.get_absolute_url()).content.decode()
    assert 'name="verified"' in review and f'value="{new}"' in review
    assert publisher2.post(approve_url(change), {}).status_code == 400
    assert (
        publisher2.post(approve_url(change), {"verified": "on", "source_url": new}).status_code
        == 302
    )
    article.refresh_from_db()
    assert article.source_url == new and article.title_en == "Also"


def test_a_publishers_ordinary_change_goes_live_at_once(source_is_sensitive, publisher):
    article = Article.objects.published().first()
    post_change(publisher, change_url(article), title_en="Direct")
    article.refresh_from_db()
    assert article.title_en == "Direct"
    assert not PendingChange.objects.exists() and not SensitiveChangeLog.objects.exists()


def test_a_changed_directory_number_clears_verification_and_needs_a_second_person(
    editor, publisher, publisher2
):
    from django.contrib import admin

    from portal.directory.models import ContactPoint, Organisation
    from portal.review.mixins import ReviewMixin
    from tests.review_helpers import form_data

    assert isinstance(admin.site._registry[Organisation], ReviewMixin)

    # An entry reached by a web form: its new value is a valid address whatever the order of
    # the entries (a short number such as 19 would refuse a web address).
    organisation = (
        Organisation.objects.published()
        .filter(verified_on__isnull=False, contact_points__kind="web-form")
        .first()
    )
    point = organisation.contact_points.filter(kind="web-form").first()
    old = point.value
    data = form_data(publisher.get(change_url(organisation)).content.decode())
    key = next(k for k, v in data.items() if k.endswith("-id") and v == str(point.pk))
    new = "+212537000000" if point.kind == "phone" else "https://www.example.org/"
    data[key.rsplit("-", 1)[0] + "-value"] = new
    data["_save"] = "Save"
    assert publisher.post(change_url(organisation), data).status_code == 302
    assert ContactPoint.objects.get(pk=point.pk).value == old  # the public number is unchanged
    change = PendingChange.objects.get(state="pending")
    assert change.four_eyes and change.payload["objects"][0]["fields"]["verified_on"] is None
    log = SensitiveChangeLog.objects.get(field="value")
    assert log.old_value == old and log.new_value == new
    assert (
        publisher.post(
            approve_url(change), {"verified": "on", "source_url": "https://x.ma/"}
        ).status_code
        == 403
    )
    assert (
        editor.post(
            approve_url(change), {"verified": "on", "source_url": "https://x.ma/"}
        ).status_code
        == 403
    )
    assert (
        publisher2.post(
            approve_url(change), {"verified": "on", "source_url": organisation.source_url}
        ).status_code
        == 302
    )
    organisation.refresh_from_db()
    assert ContactPoint.objects.get(pk=point.pk).value == new
    assert organisation.verified_by.username == "publisher2"
