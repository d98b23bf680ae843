from django.contrib import admin
from django.utils.translation import gettext_lazy as _
from modeltranslation.admin import (
    TabbedTranslationAdmin,
    TranslationStackedInline,
    TranslationTabularInline,
)

from portal.content.admin_direction import FieldDirectionMixin

from .models import FAQEntry, Guide, PlanStep, QuickExitSettings, Step, StepLink


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
class GuideAdmin(FieldDirectionMixin, TabbedTranslationAdmin):
    list_display = ["title", "audience", "order", "is_urgent", "needs_legal_check", "status"]
    list_editable = ["order"]
    list_filter = ["status", "audience", "needs_legal_check"]
    search_fields = ["title", "summary"]
    inlines = [StepInline]


@admin.register(Step)
class StepAdmin(FieldDirectionMixin, TabbedTranslationAdmin):
    """A step with its links (links need their own page: inlines cannot be nested)."""

    list_display = ["title", "guide", "order"]
    list_filter = ["guide"]
    search_fields = ["title", "body"]
    inlines = [StepLinkInline]


@admin.register(FAQEntry)
class FAQEntryAdmin(FieldDirectionMixin, TabbedTranslationAdmin):
    list_display = ["question", "topic", "order", "needs_check", "status"]
    list_editable = ["order"]
    list_filter = ["status", "needs_check", "topic"]
    search_fields = ["question", "answer"]


@admin.register(PlanStep)
class PlanStepAdmin(FieldDirectionMixin, TabbedTranslationAdmin):
    list_display = ["title", "key"]
    search_fields = ["title", "body", "key"]


@admin.register(QuickExitSettings)
class QuickExitSettingsAdmin(FieldDirectionMixin, admin.ModelAdmin):
    """One row: editors change the address; nobody adds a second one or deletes it."""

    list_display = ["__str__", "exit_url"]
    fieldsets = [(None, {"fields": ["exit_url"], "description": _("Shown on every page.")})]

    def has_add_permission(self, request):
        return not QuickExitSettings.objects.exists()

    def has_delete_permission(self, request, obj=None):
        return False
