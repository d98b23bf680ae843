"""Guides, their steps and links, the FAQ, the plan texts and the quick exit: all under the
shared workflow (portal/content/admin.py), so Editors write and Publishers publish."""

from django.contrib import admin
from django.utils.translation import gettext_lazy as _
from modeltranslation.admin import TranslationStackedInline, TranslationTabularInline

from portal.content.admin import ContentAdmin, PublishableAdmin
from portal.content.admin_direction import FieldDirectionMixin
from portal.content.admin_rules import SingleRowAdmin

from .models import FAQEntry, Guide, PlanStep, QuickExitSettings, Step, StepLink
from .views import guide_steps

PUBLICATION = (
    _("Publication"),
    {"fields": ["status", "publish_at", "withdraw_at", "last_changed"]},
)


class StepInline(FieldDirectionMixin, TranslationStackedInline):
    """Steps edited on the guide's page; the order field is how editors reorder them."""

    model = Step
    extra = 0
    fields = ["order", "title", "body", "needs_check", "key"]
    show_change_link = True


class StepLinkInline(FieldDirectionMixin, TranslationTabularInline):
    model = StepLink
    extra = 0
    fk_name = "step"
    fields = ["order", "guide", "directory_slug", "url", "label", "source_checked_on"]
    autocomplete_fields = ["guide"]


@admin.register(Guide)
class GuideAdmin(PublishableAdmin):
    list_display = [
        "title",
        "audience",
        "order",
        "is_urgent",
        "needs_legal_check",
        "status",
        "languages",
        "last_changed",
    ]
    list_editable = ["order"]
    list_filter = ["status", "audience", "needs_legal_check"]
    search_fields = ["title", "summary"]
    inlines = [StepInline]
    preview_template = "guides/guide_detail.html"
    preview_object_name = "guide"
    fieldsets = [
        (None, {"fields": ["title", "slug", "audience", "summary", "intro"]}),
        (None, {"fields": ["order", "is_urgent", "needs_legal_check"]}),
        PUBLICATION,
    ]

    def preview_context(self, obj):
        # The steps as the public page gets them (views.guide_steps).
        return {"guide": obj, "steps": guide_steps(obj)}


@admin.register(Step)
class StepAdmin(ContentAdmin):
    """A step with its links (links need their own page: inlines cannot be nested). A step
    has no status of its own: it is live with its guide (Step.review_parent)."""

    list_display = ["title", "guide", "order", "languages"]
    list_filter = ["guide"]
    search_fields = ["title", "body"]
    autocomplete_fields = ["guide"]
    inlines = [StepLinkInline]


@admin.register(FAQEntry)
class FAQEntryAdmin(PublishableAdmin):
    list_display = ["question", "topic", "order", "needs_check", "status", "languages"]
    list_editable = ["order"]
    list_filter = ["status", "needs_check", "topic"]
    search_fields = ["question", "answer"]
    fieldsets = [
        (None, {"fields": ["question", "answer", "topic", "order", "needs_check"]}),
        PUBLICATION,
    ]


@admin.register(PlanStep)
class PlanStepAdmin(PublishableAdmin):
    list_display = ["title", "key", "status", "languages", "last_changed"]
    list_filter = ["status"]
    search_fields = ["title", "body", "key"]
    fieldsets = [(None, {"fields": ["key", "title", "body"]}), PUBLICATION]


@admin.register(QuickExitSettings)
class QuickExitSettingsAdmin(SingleRowAdmin, ContentAdmin):
    """One row: editors change the address; nobody adds a second one or deletes it."""

    list_display = ["__str__", "exit_url"]
    fieldsets = [(None, {"fields": ["exit_url"], "description": _("Shown on every page.")})]

    def has_delete_permission(self, request, obj=None):
        return False
