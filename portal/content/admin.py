"""The admin every content type shares: workflow (Editors cannot publish, Publishers can),
translation completeness, who changed what, previews, revisions and the rich-text editor."""

import reversion
from django.conf import settings
from django.contrib import admin, messages
from django.contrib.admin.models import LogEntry
from django.contrib.admin.utils import unquote
from django.contrib.contenttypes.models import ContentType
from django.core.exceptions import PermissionDenied
from django.db.models import CharField, OuterRef, Subquery
from django.db.models.functions import Cast
from django.http import Http404
from django.template.response import TemplateResponse
from django.urls import path, reverse
from django.utils import translation
from django.utils.formats import date_format
from django.utils.html import format_html, format_html_join
from django.utils.timezone import localtime
from django.utils.translation import get_language_info, ngettext
from django.utils.translation import gettext_lazy as _
from django_prose_editor.widgets import AdminProseEditorWidget
from modeltranslation.admin import TabbedTranslationAdmin
from reversion_compare.admin import CompareVersionAdmin

from portal.review.mixins import ReviewMixin

from .admin_direction import FieldDirectionMixin
from .groups import can_publish
from .helpers import complete_languages
from .models import HTMLField, Publishable

# What the editor offers is what the sanitiser keeps (portal/content/sanitize.py).
EDITOR_CONFIG = {
    "extensions": {
        "Bold": True,
        "Italic": True,
        "Heading": {"levels": [2, 3, 4]},
        "BulletList": True,
        "OrderedList": True,
        "ListItem": True,
        "Blockquote": True,
        "HardBreak": True,
        "Link": {"enableTarget": False, "protocols": ["http", "https", "mailto", "tel"]},
    }
}
PUBLISHER_ONLY_FIELDS = ("publish_at", "withdraw_at")
WORKFLOW_FIELDS = ("status", *PUBLISHER_ONLY_FIELDS)
WORKFLOW_BEFORE = "_workflow_before_restore"


def rich_text_widget(language):
    widget = AdminProseEditorWidget(config=EDITOR_CONFIG, preset="configurable")
    # Each language tab writes in its own direction, whatever the admin's language.
    widget.attrs["dir"] = "rtl" if get_language_info(language)["bidi"] else "ltr"
    widget.attrs["lang"] = language
    return widget


class ContentAdmin(FieldDirectionMixin, ReviewMixin, CompareVersionAdmin, TabbedTranslationAdmin):
    """Translation tabs, revisions (compare and restore), the rich-text editor, and review:
    changes to live content wait for a Publisher (portal/review)."""

    change_form_template = "admin/content/change_form.html"

    class Media:
        css = {"all": ["css/admin-editors.css", "review/admin.css"]}
        js = ["js/admin-editors.js"]

    def formfield_for_dbfield(self, db_field, request, **kwargs):
        if isinstance(db_field, HTMLField):
            language = db_field.name.rsplit("_", 1)[-1]
            if language not in dict(settings.LANGUAGES):
                language = settings.LANGUAGE_CODE
            kwargs["widget"] = rich_text_widget(language)
        return super().formfield_for_dbfield(db_field, request, **kwargs)

    @admin.display(description=_("languages"))
    def languages(self, obj):
        return format_html_join(
            " ",
            '<span class="lang-status lang-status--{}" title="{}">{} {}</span>',
            (
                (
                    "complete" if done else "missing",
                    _("complete") if done else _("not translated yet"),
                    code.upper(),
                    "✓" if done else "✗",
                )
                for code, done in complete_languages(obj).items()
            ),
        )


class PublishableAdmin(ContentAdmin):
    """Content with a status and a time window. Only users with the publish_<model>
    permission (the Publishers group) may publish or archive, in the form or in bulk."""

    actions = ["send_to_review", "publish", "archive"]
    preview_template = None
    preview_object_name = "object"

    # --- permissions -------------------------------------------------------------------
    def has_publish_permission(self, request, obj=None):
        return can_publish(request.user, self.model)

    def get_readonly_fields(self, request, obj=None):
        fields = [*super().get_readonly_fields(request, obj), "last_changed"]
        if not self.has_publish_permission(request, obj):
            fields += PUBLISHER_ONLY_FIELDS
            if obj is not None and obj.status in Publishable.PUBLISHER_STATUSES:
                fields.append("status")
        return fields

    def formfield_for_choice_field(self, db_field, request, **kwargs):
        if db_field.name == "status" and not self.has_publish_permission(request):
            kwargs["choices"] = [
                choice
                for choice in Publishable.Status.choices
                if choice[0] not in Publishable.PUBLISHER_STATUSES
            ]
        return super().formfield_for_choice_field(db_field, request, **kwargs)

    def save_model(self, request, obj, form, change):
        if not self.has_publish_permission(request, obj):
            restoring = getattr(request, WORKFLOW_BEFORE, None)
            if restoring is not None:
                # An Editor restoring an old version restores its words, never its
                # publication state: that stays what it was before the restore.
                for name, value in restoring.items():
                    setattr(obj, name, value)
            else:
                # The form already refuses it; this catches any other way in.
                before = type(obj).objects.filter(pk=obj.pk).values_list("status", flat=True)
                old_status = before.first() if change else None
                if obj.status in Publishable.PUBLISHER_STATUSES and obj.status != old_status:
                    raise PermissionDenied
        super().save_model(request, obj, form, change)

    # django-reversion writes the old version to the database before the form is shown, so
    # the publication state must be taken before that.
    def revision_view(self, request, object_id, version_id, extra_context=None):
        obj = self.get_object(request, unquote(object_id))
        if obj is not None:
            setattr(request, WORKFLOW_BEFORE, {f: getattr(obj, f) for f in WORKFLOW_FIELDS})
        return super().revision_view(request, object_id, version_id, extra_context)

    def recover_view(self, request, version_id, extra_context=None):
        # A deleted object comes back as a draft unless a Publisher recovers it.
        setattr(request, WORKFLOW_BEFORE, {"status": Publishable.Status.DRAFT})
        return super().recover_view(request, version_id, extra_context)

    # --- bulk actions ------------------------------------------------------------------
    def _set_status(self, request, queryset, status, message):
        changed = 0
        for obj in queryset:
            if obj.status == status:
                continue
            # Like a save in the form: a revision to restore, and a line in the history.
            with reversion.create_revision():
                obj.status = status
                obj.save()
                reversion.set_user(request.user)
                reversion.set_comment(str(obj.get_status_display()))
            self.log_change(request, obj, [{"changed": {"fields": ["status"]}}])
            changed += 1
        self.message_user(request, message(changed) % {"count": changed}, messages.SUCCESS)

    @admin.action(description=_("Send selected to review"), permissions=["change"])
    def send_to_review(self, request, queryset):
        # Moving published or archived content back to review takes it offline, which is
        # a Publisher's decision: this action only moves drafts.
        queryset = queryset.exclude(status__in=Publishable.PUBLISHER_STATUSES)
        self._set_status(
            request,
            queryset,
            Publishable.Status.REVIEW,
            lambda n: ngettext(
                "%(count)d item sent to review.", "%(count)d items sent to review.", n
            ),
        )

    @admin.action(description=_("Publish selected"), permissions=["publish"])
    def publish(self, request, queryset):
        self._set_status(
            request,
            queryset,
            Publishable.Status.PUBLISHED,
            lambda n: ngettext("%(count)d item published.", "%(count)d items published.", n),
        )

    @admin.action(description=_("Archive selected"), permissions=["publish"])
    def archive(self, request, queryset):
        self._set_status(
            request,
            queryset,
            Publishable.Status.ARCHIVED,
            lambda n: ngettext("%(count)d item archived.", "%(count)d items archived.", n),
        )

    # --- who changed what --------------------------------------------------------------
    def get_queryset(self, request):
        content_type = ContentType.objects.get_for_model(self.model)
        last_entry = LogEntry.objects.filter(
            content_type=content_type,
            object_id=Cast(OuterRef("pk"), CharField()),
        ).order_by("-action_time")
        return (
            super()
            .get_queryset(request)
            .annotate(last_changed_by_name=Subquery(last_entry.values("user__username")[:1]))
        )

    @admin.display(description=_("last changed"), ordering="updated_at")
    def last_changed(self, obj):
        name = getattr(obj, "last_changed_by_name", None)
        if name is None and obj.pk:
            entry = LogEntry.objects.filter(
                content_type=ContentType.objects.get_for_model(obj), object_id=str(obj.pk)
            ).select_related("user")
            entry = entry.order_by("-action_time").first()
            name = entry.user.get_username() if entry else None
        when = (
            date_format(localtime(obj.updated_at), "SHORT_DATETIME_FORMAT")
            if obj.updated_at
            else ""
        )
        return format_html("{} · {}", when, name) if name else when

    # --- preview -----------------------------------------------------------------------
    def get_urls(self):
        meta = self.model._meta
        return [
            path(
                "<path:object_id>/preview/<str:language>/",
                self.admin_site.admin_view(self.preview_view),
                name=f"{meta.app_label}_{meta.model_name}_preview",
            ),
            *super().get_urls(),
        ]

    def preview_context(self, obj):
        return {self.preview_object_name: obj}

    def preview_view(self, request, object_id, language):
        if self.preview_template is None:
            raise Http404
        if language not in dict(settings.LANGUAGES):
            language = settings.LANGUAGE_CODE
        obj = self.get_object(request, unquote(object_id))
        if obj is None:
            raise Http404
        if not self.has_view_or_change_permission(request, obj):
            raise PermissionDenied
        with translation.override(language):
            context = {**self.preview_context(obj), "is_preview": True, "preview_of": obj}
            response = TemplateResponse(request, self.preview_template, context)
            response.render()
        # Never stored by a browser or a proxy, never indexed.
        response["Cache-Control"] = "no-store, private"
        response["X-Robots-Tag"] = "noindex, nofollow"
        response.headers.setdefault("Content-Language", language)
        return response

    def change_view(self, request, object_id, form_url="", extra_context=None):
        meta = self.model._meta
        name = f"admin:{meta.app_label}_{meta.model_name}_preview"
        extra_context = {
            **(extra_context or {}),
            "preview_links": [
                (code, label, reverse(name, args=[object_id, code]))
                for code, label in settings.LANGUAGES
            ]
            if self.preview_template
            else [],
        }
        return super().change_view(request, object_id, form_url, extra_context)
