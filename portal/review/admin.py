"""The pending changes in the admin: the read-only list, and each change's review page with
its diff, previews and the Publisher's two decisions."""

import reversion
from django.conf import settings
from django.contrib import admin, messages
from django.core.exceptions import PermissionDenied
from django.db import transaction
from django.http import Http404, HttpResponseRedirect
from django.shortcuts import get_object_or_404
from django.template.response import TemplateResponse
from django.urls import path, reverse
from django.utils import timezone
from django.utils.translation import gettext as _

from portal.content.admin_rules import NoHandEdits
from portal.content.groups import can_publish

from .forms import ApproveForm, SendBackForm
from .mixins import rendered_with
from .models import PendingChange, SensitiveChangeLog
from .payload import apply, model_admin
from .views import diff_rows


def publishes_anything(user):
    return any(perm.split(".", 1)[1].startswith("publish_") for perm in user.get_all_permissions())


class StaffReadOnly(NoHandEdits):
    """Any staff member may open these lists (they are filtered to what concerns them);
    nobody edits them by hand."""

    def has_module_permission(self, request):
        return request.user.is_active and request.user.is_staff

    def has_view_permission(self, request, obj=None):
        return self.has_module_permission(request)


@admin.register(PendingChange)
class PendingChangeAdmin(StaffReadOnly, admin.ModelAdmin):
    list_display = ["object_repr", "content_type", "author", "created_at", "state", "four_eyes"]
    list_filter = ["state", "four_eyes", "content_type"]
    search_fields = ["object_repr", "author__username"]
    date_hierarchy = "created_at"

    def get_queryset(self, request):
        queryset = super().get_queryset(request).select_related("author", "content_type")
        if publishes_anything(request.user):
            return queryset
        return queryset.filter(author=request.user)

    def get_urls(self):
        return [
            path(
                "<int:pk>/approve/",
                self.admin_site.admin_view(self.approve_view),
                name="review_pendingchange_approve",
            ),
            path(
                "<int:pk>/send-back/",
                self.admin_site.admin_view(self.send_back_view),
                name="review_pendingchange_send_back",
            ),
            path(
                "<int:pk>/preview/<str:language>/",
                self.admin_site.admin_view(self.preview_view),
                name="review_pendingchange_preview",
            ),
            *super().get_urls(),
        ]

    # --- the review page ---------------------------------------------------------------
    def visible(self, request, pk):
        change = get_object_or_404(PendingChange.objects.select_related("author"), pk=pk)
        user = request.user
        if change.author_id != user.pk and not can_publish(user, change.model):
            raise PermissionDenied
        return change

    def may_approve(self, request, change):
        return (
            change.state == PendingChange.State.PENDING
            and change.live_object() is not None
            and change.author_id != request.user.pk
            and can_publish(request.user, change.model)
        )

    def change_view(self, request, object_id, form_url="", extra_context=None):
        change = self.visible(request, object_id)
        return self.review_page(request, change)

    def review_page(self, request, change, approve_form=None, send_back_form=None, status=200):
        live = change.live_object()
        target_admin = model_admin(change.model)
        previews = []
        if getattr(target_admin, "preview_template", None) and live is not None:
            previews = [
                (label, reverse("admin:review_pendingchange_preview", args=[change.pk, code]))
                for code, label in settings.LANGUAGES
            ]
        meta = change.model._meta
        context = {
            **self.admin_site.each_context(request),
            "opts": self.model._meta,
            "title": _("Review: %(title)s") % {"title": change.object_repr},
            "change": change,
            "live": live,
            "live_url": reverse(f"admin:{meta.app_label}_{meta.model_name}_change", args=[live.pk])
            if live is not None
            else "",
            "rows": diff_rows(change) if live is not None else [],
            "previews": previews,
            "may_approve": self.may_approve(request, change),
            "may_send_back": change.state == PendingChange.State.PENDING
            and can_publish(request.user, change.model),
            "is_author": change.author_id == request.user.pk,
            "approve_form": approve_form
            or ApproveForm(
                four_eyes=change.four_eyes,
                initial={
                    "source_url": change.payload["objects"][0]["fields"].get(
                        "source_url", getattr(live, "source_url", "")
                    )
                },
            ),
            "send_back_form": send_back_form or SendBackForm(),
        }
        return TemplateResponse(request, "review/review.html", context, status=status)

    # --- decisions ---------------------------------------------------------------------
    def approve_view(self, request, pk):
        if request.method != "POST":
            return HttpResponseRedirect(reverse("admin:review_pendingchange_change", args=[pk]))
        change = self.visible(request, pk)
        if not self.may_approve(request, change):
            # The author never approves their own change; only a Publisher approves.
            raise PermissionDenied
        form = ApproveForm(request.POST, four_eyes=change.four_eyes)
        if not form.is_valid():
            return self.review_page(request, change, approve_form=form, status=400)
        with transaction.atomic():
            change = PendingChange.objects.select_for_update().get(pk=change.pk)
            if change.state != PendingChange.State.PENDING:
                raise PermissionDenied
            with reversion.create_revision():
                obj = apply(change.payload, fresh_keys=True, author=change.author)
                if change.four_eyes:
                    obj = self.mark_verified(obj, request.user, form.cleaned_data["source_url"])
                reversion.set_user(request.user)
                reversion.set_comment(
                    _("Approved change by %(author)s") % {"author": change.author.get_username()}
                )
            change.state = PendingChange.State.APPROVED
            change.decided_by = request.user
            change.decided_at = timezone.now()
            change.save(update_fields=["state", "decided_by", "decided_at"])
            target_admin = model_admin(change.model)
            (target_admin or self).log_change(
                request,
                obj,
                _("Approved change by %(author)s") % {"author": change.author.get_username()},
            )
        self.message_user(request, _("The change is approved and now public."), messages.SUCCESS)
        return HttpResponseRedirect(reverse("admin:index"))

    @staticmethod
    def mark_verified(obj, user, source_url):
        """The approver checked the new details: the entry is verified today, by them, from
        that source. Written last, after every save (a model may clear its verification
        when a contact detail changes), and added to the revision as it ends up."""
        model = type(obj)
        names = {f.name for f in model._meta.concrete_fields}
        values = {
            name: value
            for name, value in (
                ("verified_on", timezone.localdate()),
                ("verified_by", user),
                ("source_url", source_url),
            )
            if name in names
        }
        if values:
            model._default_manager.filter(pk=obj.pk).update(**values)
            obj = model._default_manager.get(pk=obj.pk)
            reversion.add_to_revision(obj)
        return obj

    def send_back_view(self, request, pk):
        if request.method != "POST":
            return HttpResponseRedirect(reverse("admin:review_pendingchange_change", args=[pk]))
        change = self.visible(request, pk)
        if change.state != PendingChange.State.PENDING or not can_publish(
            request.user, change.model
        ):
            raise PermissionDenied
        form = SendBackForm(request.POST)
        if not form.is_valid():
            return self.review_page(request, change, send_back_form=form, status=400)
        change.state = PendingChange.State.SENT_BACK
        change.decided_by = request.user
        change.decided_at = timezone.now()
        change.comment = form.cleaned_data["comment"]
        change.save(update_fields=["state", "decided_by", "decided_at", "comment"])
        self.message_user(request, _("The change was sent back to its author."), messages.SUCCESS)
        return HttpResponseRedirect(reverse("admin:index"))

    def preview_view(self, request, pk, language):
        change = self.visible(request, pk)
        target_admin = model_admin(change.model)
        if not getattr(target_admin, "preview_template", None):
            raise Http404
        return rendered_with(
            change.payload,
            lambda: target_admin.preview_view(request, change.object_id, language),
        )


@admin.register(SensitiveChangeLog)
class SensitiveChangeLogAdmin(StaffReadOnly, admin.ModelAdmin):
    list_display = ["object_repr", "field", "old_value", "new_value", "user", "created_at"]
    list_filter = ["content_type", "field"]
    search_fields = ["object_repr", "old_value", "new_value"]

    def has_module_permission(self, request):
        return super().has_module_permission(request) and publishes_anything(request.user)

    def has_view_permission(self, request, obj=None):
        return self.has_module_permission(request)
