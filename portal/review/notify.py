"""E-mail to the Publishers when something waits for them: a pending change, or an item
moved to review. The message names the item and links to it; no content is copied in."""

import contextvars
from contextlib import contextmanager

from django.conf import settings
from django.contrib.auth import get_user_model
from django.core.mail import send_mail
from django.db import transaction
from django.urls import reverse
from django.utils import translation
from django.utils.translation import gettext as _

from portal.content.groups import PUBLISHERS
from portal.content.models import Publishable

_request = contextvars.ContextVar("review_request", default=None)
REVIEW = Publishable.Status.REVIEW


@contextmanager
def current_request(request):
    """The admin request being served, so a save deep inside can link back to the site."""
    token = _request.set(request)
    try:
        yield
    finally:
        _request.reset(token)


def absolute(path, request=None):
    request = request or _request.get()
    if request is not None:
        return request.build_absolute_uri(path)
    return settings.SITE_URL.rstrip("/") + path


def publishers():
    return (
        get_user_model()
        .objects.filter(groups__name=PUBLISHERS, is_active=True)
        .exclude(email="")
        .distinct()
    )


def tell_publishers(subject, intro, url):
    # One message each, in the site's language: no Publisher sees who else was told.
    with translation.override(settings.LANGUAGE_CODE):
        for user in publishers():
            send_mail(
                str(subject),
                f"{intro}\n\n{url}\n",
                None,
                [user.email],
                fail_silently=False,
            )


def pending_change_submitted(change, request=None):
    with translation.override(settings.LANGUAGE_CODE):
        tell_publishers(
            _("A change waits for your review: %(title)s") % {"title": change.object_repr},
            _("%(author)s changed published content. Review it here:")
            % {"author": change.author.get_username()},
            absolute(change.get_absolute_url(), request),
        )


def moved_to_review(obj):
    meta = obj._meta
    with translation.override(settings.LANGUAGE_CODE):
        tell_publishers(
            _("Waiting for your review: %(title)s") % {"title": str(obj)},
            _("An item was sent to review. Open it here:"),
            absolute(reverse(f"admin:{meta.app_label}_{meta.model_name}_change", args=[obj.pk])),
        )


def remember_status(sender, instance, raw=False, **kwargs):
    if raw or not isinstance(instance, Publishable):
        return
    old = None
    if instance.pk:
        old = sender._default_manager.filter(pk=instance.pk).values_list("status", flat=True)
        old = old.first()
    instance._review_old_status = old


def status_moved_to_review(sender, instance, raw=False, **kwargs):
    if raw or not isinstance(instance, Publishable):
        return
    if instance.status == REVIEW and getattr(instance, "_review_old_status", None) != REVIEW:
        request = _request.get()

        def send():
            with current_request(request):
                moved_to_review(instance)

        # Only once the save is committed: a preview or a captured change rolls back.
        transaction.on_commit(send)
