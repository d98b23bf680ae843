"""The review queue on the admin home page, sending back with a comment, and the e-mail to
Publishers when something waits for them."""

import pytest
from django.core import mail
from django.urls import reverse

from portal.review.models import PendingChange
from portal.seminars.models import Article
from tests.review_helpers import change_url, post_change

pytestmark = pytest.mark.django_db


def published_article():
    return Article.objects.published().first()


def test_sent_back_with_a_comment_shows_on_the_editors_home(editor, publisher):
    article = published_article()
    post_change(editor, change_url(article), title_fr="À revoir")
    change = PendingChange.objects.get(state="pending")
    url = reverse("admin:review_pendingchange_send_back", args=[change.pk])
    assert editor.post(url, {"comment": "no"}).status_code == 403
    assert publisher.post(url, {"comment": "Le titre est trop long."}).status_code == 302
    index = editor.get(reverse("admin:index")).content.decode()
    assert "Sent back to you" in index and "Le titre est trop long." in index
    article.refresh_from_db()
    assert article.title_fr != "À revoir"
    assert "Le titre est trop long." in editor.get(change_url(article)).content.decode()


def test_moving_an_item_to_review_emails_each_publisher(
    editor, publisher, publisher2, django_capture_on_commit_callbacks
):
    article = published_article()
    Article.objects.filter(pk=article.pk).update(status="draft")
    with django_capture_on_commit_callbacks(execute=True):
        post_change(editor, change_url(article), status="review")
    assert len(mail.outbox) == 2
    assert {m.to[0] for m in mail.outbox} == {"publisher@example.org", "publisher2@example.org"}
    assert all(change_url(article) in m.body and m.body.startswith("") for m in mail.outbox)
    index = publisher.get(reverse("admin:index")).content.decode()
    assert change_url(article) in index


def test_review_records_cannot_be_added_or_edited_by_hand(publisher):
    assert publisher.get(reverse("admin:review_pendingchange_add")).status_code == 403
    assert publisher.get(reverse("admin:review_pendingchange_changelist")).status_code == 200


def test_queue_shows_publishers_what_waits_oldest_first_with_author_and_age(editor, publisher):
    from datetime import timedelta

    from django.utils import timezone

    waiting = Article.objects.create(
        title_ar="مقال ينتظر",
        title_en="Waiting since last week",
        slug="waiting",
        summary_ar="ملخص",
        body_ar="<p>نص</p>",
        published_on=timezone.localdate(),
        status="review",
    )
    Article.objects.filter(pk=waiting.pk).update(updated_at=timezone.now() - timedelta(days=3))
    article = published_article()
    post_change(editor, change_url(article), title_en="Changed today")
    change = PendingChange.objects.get(state="pending")

    queue = publisher.get(reverse("admin:index")).content.decode().split('id="review-queue"')[1]
    queue = queue.split("</table>")[0]
    assert queue.index(change_url(waiting)) < queue.index(change.get_absolute_url())
    assert "3\xa0days" in queue and "editor" in queue
    # Editors have no queue of other people's work, only their own changes.
    own = editor.get(reverse("admin:index")).content.decode()
    assert "Waiting for your review" not in own and "Your changes waiting for review" in own
