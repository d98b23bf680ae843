"""A CSV row that would change a published entry never changes the live entry.

With the review app installed, the row's version is kept as a pending change, which a
Publisher approves like a change made in the form (a second person when a number, an address
or a link changed). Without it, or without a known author, the row is refused
(resources.py)."""

from django.apps import apps
from django.contrib.contenttypes.models import ContentType


def available(author):
    return apps.is_installed("portal.review") and getattr(author, "pk", None) is not None


def submit(instance, m2m, author):
    """Keep `instance` (the live entry with the row's values, not saved) as a PendingChange.

    `m2m` maps many-to-many field names to the objects the row lists, since the instance
    only holds its live ones."""
    from portal.review.mixins import VERIFIED_FIELD
    from portal.review.models import PendingChange
    from portal.review.payload import collect, make_payload, sensitive_changes

    live = collect(type(instance)._default_manager.get(pk=instance.pk))
    payload = make_payload(instance, live)
    fields = payload["objects"][0]["fields"]
    for name, objects in m2m.items():
        fields[name] = [obj.pk for obj in objects]
    sensitive = sensitive_changes(live, payload["objects"])
    if sensitive and VERIFIED_FIELD in fields:
        # A changed number must be verified again, by the approver.
        fields[VERIFIED_FIELD] = None
    content_type = ContentType.objects.get_for_model(instance)
    PendingChange.objects.filter(
        content_type=content_type,
        object_id=str(instance.pk),
        state=PendingChange.State.PENDING,
    ).update(state=PendingChange.State.SUPERSEDED)
    return PendingChange.objects.create(
        content_type=content_type,
        object_id=str(instance.pk),
        object_repr=str(instance)[:200],
        payload=payload,
        author=author,
        four_eyes=bool(sensitive),
        sensitive_changes=[
            {"model": model, "object": str(pk), "field": field, "old": old, "new": new}
            for model, pk, field, old, new in sensitive
        ],
    )
