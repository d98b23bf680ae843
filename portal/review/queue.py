"""The review queue on the admin's home page."""

from django.apps import apps
from django.contrib import admin
from django.contrib.admin.models import LogEntry
from django.contrib.contenttypes.models import ContentType
from django.db.models import CharField
from django.urls import reverse

from portal.content.groups import can_publish
from portal.content.models import Publishable

from .models import PendingChange


def last_author(obj):
    entry = (
        LogEntry.objects.filter(
            content_type=ContentType.objects.get_for_model(obj), object_id=str(obj.pk)
        )
        .select_related("user")
        .order_by("-action_time")
        .first()
    )
    return entry.user.get_username() if entry else ""


def in_review_items(model):
    """Items in review, oldest first, with only the short text columns a title is made of
    (not bodies, not the menu placement: the admin never reads the site's menus)."""
    short = [
        field.name
        for field in model._meta.concrete_fields
        if isinstance(field, CharField) and not field.choices
    ]
    return (
        model._default_manager.filter(status=Publishable.Status.REVIEW)
        .order_by("updated_at")
        .only("pk", "updated_at", *short)
    )


def queue_for(user):
    models = [
        model
        for model in apps.get_models()
        if admin.site.is_registered(model) and can_publish(user, model)
    ]
    content_types = ContentType.objects.get_for_models(*models).values() if models else []
    items = []
    pending = list(
        PendingChange.objects.filter(
            state=PendingChange.State.PENDING, content_type__in=list(content_types)
        ).select_related("author", "content_type")
    )
    for change in pending:
        items.append(
            {
                "title": change.object_repr,
                "kind": change.content_type.model_class()._meta.verbose_name,
                "url": change.get_absolute_url(),
                "author": change.author.get_username(),
                "since": change.created_at,
                "four_eyes": change.four_eyes,
            }
        )
    in_review = []
    for model in models:
        if not issubclass(model, Publishable):
            continue
        meta = model._meta
        for obj in in_review_items(model):
            in_review.append(obj)
            items.append(
                {
                    "title": str(obj),
                    "kind": meta.verbose_name,
                    "url": reverse(
                        f"admin:{meta.app_label}_{meta.model_name}_change", args=[obj.pk]
                    ),
                    "author": last_author(obj),
                    "since": obj.updated_at,
                    "four_eyes": False,
                }
            )
    items.sort(key=lambda item: item["since"])
    own = list(
        PendingChange.objects.filter(author=user)
        .exclude(state=PendingChange.State.SUPERSEDED)
        .select_related("decided_by")
        .order_by("-created_at", "-pk")
    )
    latest = {}
    for change in own:
        latest.setdefault((change.content_type_id, change.object_id), change)
    return {
        "publisher": bool(models),
        "pending": pending,
        "in_review": in_review,
        "items": items,
        # Sent back, and not yet answered by a newer change to the same object.
        "sent_back": [c for c in latest.values() if c.state == PendingChange.State.SENT_BACK],
        "mine": [c for c in latest.values() if c.state == PendingChange.State.PENDING],
    }
