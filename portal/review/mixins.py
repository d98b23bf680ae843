"""The admin side of review: an Editor's save of live content becomes a pending change.

`ReviewMixin` goes in front of the shared admin base classes (portal/content/admin.py), so every
content type's admin gets it. See README.md, "Review"."""

from dataclasses import dataclass

from django.contrib import messages
from django.contrib.admin.utils import unquote
from django.contrib.contenttypes.models import ContentType
from django.core.exceptions import FieldDoesNotExist, ValidationError
from django.db import DatabaseError, transaction
from django.http import HttpResponseRedirect
from django.urls import reverse
from django.utils.translation import gettext as _

from portal.content.groups import can_publish
from portal.content.models import SingletonContent

from . import notify
from .models import PendingChange, SensitiveChangeLog
from .payload import apply, changes, collect, make_payload, sensitive_changes

VERIFIED_FIELD = "verified_on"


class _Captured(Exception):
    """Raised inside the admin's transaction to undo the save once it is serialised."""

    def __init__(self, obj, payload, sensitive, empty):
        super().__init__()
        self.obj, self.payload, self.sensitive, self.empty = obj, payload, sensitive, empty


class _RollBack(Exception):
    def __init__(self, response):
        super().__init__()
        self.response = response


@dataclass
class _State:
    live: bool
    publisher: bool
    snapshot: list


def rendered_with(payload, view):
    """`view()`'s response, rendered while the payload is in the database, then rolled back."""
    try:
        with transaction.atomic():
            apply(payload, fresh_keys=False)
            response = view()
            if hasattr(response, "render"):
                response.render()
            raise _RollBack(response)
    except _RollBack as done:
        return done.response


class ReviewMixin:
    """Live content changes only through a Publisher: an Editor's save of a live object (a
    published Publishable, or any object of a model without a status) is kept as a
    PendingChange; a change to a field listed in the model's REVIEW_SENSITIVE_FIELDS is kept
    so even when a Publisher makes it."""

    def has_publish_permission(self, request, obj=None):
        return can_publish(request.user, self.model)

    def is_live(self, obj):
        """Whether visitors see `obj` now. Models answer themselves with is_live() (published
        content, children of a live parent, site settings); without it, an object with no
        status is always live."""
        if callable(getattr(obj, "is_live", None)):
            return obj.is_live()
        if not hasattr(obj, "status"):
            return True
        return obj.status == "published"

    # --- the change form ---------------------------------------------------------------
    def change_view(self, request, object_id, form_url="", extra_context=None):
        parent = super().change_view
        obj = self.get_object(request, unquote(object_id))
        if obj is None:
            return parent(request, object_id, form_url, extra_context)
        publisher = self.has_publish_permission(request, obj)
        live = self.is_live(obj)
        pending = PendingChange.pending_for(obj)
        shows_pending = pending is not None and live and not publisher
        extra_context = {
            **(extra_context or {}),
            "pending_change": pending,
            "pending_shown": shows_pending,
            "sent_back_change": self._sent_back(obj, request) if pending is None else None,
        }

        def view():
            return parent(request, object_id, form_url, extra_context)

        if request.method != "POST":
            if not shows_pending:
                return view()
            try:
                return rendered_with(pending.payload, view)
            except (DatabaseError, FieldDoesNotExist, LookupError):
                # A change made before a migration may no longer fit: show the live
                # version rather than no form at all.
                self.message_user(
                    request,
                    _("The pending change could not be shown; this is the published version."),
                    messages.WARNING,
                )
                return view()
        request._review = _State(live=live, publisher=publisher, snapshot=collect(obj))
        try:
            with transaction.atomic():
                if shows_pending:
                    # The form showed the pending version: it is what this save changes.
                    apply(pending.payload, fresh_keys=False)
                response = view()
                if shows_pending:  # not captured, so the form came back with errors
                    if hasattr(response, "render"):
                        response.render()
                    raise _RollBack(response)
            return response
        except _RollBack as done:
            return done.response
        except _Captured as captured:
            return self._submitted(request, captured)

    def revision_view(self, request, object_id, version_id, extra_context=None):
        if request.method == "POST":
            obj = self.get_object(request, unquote(object_id))
            if obj is not None:
                request._review = _State(
                    live=self.is_live(obj),
                    publisher=self.has_publish_permission(request, obj),
                    snapshot=collect(obj),
                )
        try:
            return super().revision_view(request, object_id, version_id, extra_context)
        except _Captured as captured:
            return self._submitted(request, captured)

    def changeform_view(self, request, object_id=None, form_url="", extra_context=None):
        with notify.current_request(request):
            return super().changeform_view(request, object_id, form_url, extra_context)

    def changelist_view(self, request, extra_context=None):
        with notify.current_request(request):
            return super().changelist_view(request, extra_context)

    def get_form(self, request, obj=None, change=False, **kwargs):
        form = super().get_form(request, obj, change=change, **kwargs)
        if obj is not None or self.has_publish_permission(request):
            return form
        model = self.model

        class NotLiveOnArrival(form):
            # A new object that visitors would see at once (a step of a published guide, a
            # site setting) has no live version to review against: a Publisher adds it, or
            # the Editor adds it from the parent's page, where the whole parent is reviewed.
            def clean(self):
                cleaned_data = super().clean()
                field = getattr(model, "review_parent_field", None)
                parent = cleaned_data.get(field) if field else None
                if issubclass(model, SingletonContent) or (parent and parent.is_live()):
                    raise ValidationError(
                        _(
                            "Visitors would see this at once, so only a Publisher can add it "
                            "here. To add it to published content, change that content from "
                            "its own page: a Publisher reviews the change."
                        )
                    )
                return cleaned_data

        return NotLiveOnArrival

    def get_changelist_instance(self, request):
        # The list's editable columns save without the change form, so without review: only
        # those who may publish get them.
        changelist = super().get_changelist_instance(request)
        if not self.has_publish_permission(request):
            changelist.list_editable = ()
        return changelist

    def save_related(self, request, form, formsets, change):
        super().save_related(request, form, formsets, change)
        state = getattr(request, "_review", None)
        if state is None or not change:
            return
        obj = form.instance
        payload = make_payload(obj, state.snapshot)
        sensitive = sensitive_changes(state.snapshot, payload["objects"])
        if state.live and (not state.publisher or sensitive):
            if sensitive and VERIFIED_FIELD in payload["objects"][0]["fields"]:
                payload["objects"][0]["fields"][VERIFIED_FIELD] = None
            empty = not changes(state.snapshot, payload["objects"])
            raise _Captured(obj, payload, sensitive, empty)
        if sensitive:
            # Not live yet, so saved as it is; still, the old check no longer holds.
            self._log_sensitive(request, obj, sensitive, None)
            if hasattr(obj, VERIFIED_FIELD):
                type(obj)._default_manager.filter(pk=obj.pk).update(**{VERIFIED_FIELD: None})

    # --- after the capture -------------------------------------------------------------
    def _submitted(self, request, captured):
        obj = type(captured.obj)._default_manager.get(pk=captured.obj.pk)  # the live one
        content_type = ContentType.objects.get_for_model(obj)
        with transaction.atomic():
            PendingChange.objects.filter(
                content_type=content_type,
                object_id=str(obj.pk),
                state=PendingChange.State.PENDING,
            ).update(state=PendingChange.State.SUPERSEDED)
            if captured.empty:
                self.message_user(
                    request,
                    _("Nothing differs from the published version; no change waits for review."),
                    messages.INFO,
                )
                return HttpResponseRedirect(request.path)
            change = PendingChange.objects.create(
                content_type=content_type,
                object_id=str(obj.pk),
                object_repr=str(obj)[:200],
                payload=captured.payload,
                author=request.user,
                four_eyes=bool(captured.sensitive),
                sensitive_changes=[
                    {"model": model, "object": str(pk), "field": field, "old": old, "new": new}
                    for model, pk, field, old, new in captured.sensitive
                ],
            )
            self._log_sensitive(request, obj, captured.sensitive, change)
            self.log_change(request, obj, _("Change submitted for review."))
            transaction.on_commit(lambda: notify.pending_change_submitted(change, request))
        self.message_user(
            request,
            _("Your change was saved for review; visitors still see the published version."),
            messages.SUCCESS,
        )
        meta = self.model._meta
        return HttpResponseRedirect(
            reverse(f"admin:{meta.app_label}_{meta.model_name}_change", args=[obj.pk])
        )

    def _log_sensitive(self, request, obj, sensitive, change):
        from django.apps import apps

        for model_label, pk, field, old, new in sensitive:
            model = apps.get_model(model_label)
            target = model._default_manager.filter(pk=pk).first()
            SensitiveChangeLog.objects.create(
                pending_change=change,
                content_type=ContentType.objects.get_for_model(model),
                object_id=str(pk),
                object_repr=str(target or obj)[:200],
                field=field,
                old_value="" if old is None else str(old),
                new_value="" if new is None else str(new),
                user=request.user,
            )

    def _sent_back(self, obj, request):
        latest = (
            PendingChange.objects.filter(
                content_type=ContentType.objects.get_for_model(obj), object_id=str(obj.pk)
            )
            .order_by("-created_at", "-pk")
            .first()
        )
        if latest and latest.state == PendingChange.State.SENT_BACK:
            return latest
        return None
