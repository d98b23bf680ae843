"""The help directory in the shared workflow: Editors keep entries current, Publishers publish
them; a changed number is logged and must be verified again (changes.py)."""

from django import forms
from django.contrib import admin, messages
from django.db import models
from django.utils import timezone
from django.utils.translation import gettext_lazy as _
from django.utils.translation import ngettext
from import_export.admin import ImportExportMixin
from import_export.formats.base_formats import CSV
from modeltranslation.admin import TranslationStackedInline

from portal.content.admin import ContentAdmin, PublishableAdmin
from portal.content.admin_direction import FieldDirectionMixin
from portal.content.admin_rules import NoHandEdits, SingleRowAdmin

from .changes import AUTHOR_ATTRIBUTE, ContactChangeLog
from .models import ContactPoint, DirectorySettings, Organisation, stale_cutoff
from .resources import OrganisationResource


class StaleFilter(admin.SimpleListFilter):
    title = _("freshness")
    parameter_name = "stale"

    def lookups(self, request, model_admin):
        return [("yes", _("Stale: check again")), ("no", _("Checked recently"))]

    def queryset(self, request, queryset):
        if self.value() == "yes":
            return queryset.stale()
        if self.value() == "no":
            return queryset.filter(verified_on__gte=stale_cutoff())
        return queryset


class ContactPointInline(FieldDirectionMixin, TranslationStackedInline):
    model = ContactPoint
    # Numbers and addresses: "+212 5..." must not be typed as "5... 212+".
    ltr_fields = ("value",)
    extra = 0
    fields = [("kind", "value", "order"), "label", "hours"]


@admin.register(Organisation)
class OrganisationAdmin(ImportExportMixin, PublishableAdmin):
    resource_classes = [OrganisationResource]
    import_formats = [CSV]
    export_formats = [CSV]
    list_display = ["name", "kind", "status", "verified_on", "fresh", "last_changed"]
    list_filter = ["kind", ("regions", admin.RelatedOnlyFieldListFilter), "status", StaleFilter]
    # Every language's name: an editor working in French still finds the Arabic-only entry.
    search_fields = [
        "name_ar",
        "name_fr",
        "name_en",
        "slug",
        "contact_points__value",
        "editor_notes",
    ]
    prepopulated_fields = {"slug": ["name_fr"]}
    readonly_fields = ["verified_by", "fresh"]
    inlines = [ContactPointInline]
    actions = [*PublishableAdmin.actions, "mark_verified_today"]
    preview_template = "directory/detail.html"
    preview_object_name = "organisation"
    formfield_overrides = {models.ManyToManyField: {"widget": forms.CheckboxSelectMultiple}}
    fieldsets = [
        (None, {"fields": ["name", "slug", "kind", "description"]}),
        (
            _("Who, where, when"),
            {
                "fields": [
                    "audiences",
                    "regions",
                    "languages",
                    ("is_24_7", "is_free", "is_anonymous"),
                    "hours",
                    "address",
                    "website",
                ]
            },
        ),
        (
            _("Source and checks"),
            {"fields": ["source_url", ("verified_on", "verified_by"), "fresh", "editor_notes"]},
        ),
        (_("Publication"), {"fields": ["status", "publish_at", "withdraw_at", "last_changed"]}),
    ]

    def preview_context(self, obj):
        return {"organisation": obj, "directory_settings": DirectorySettings.load()}

    def save_model(self, request, obj, form, change):
        # Whoever types a new "last verified on" date is the one who checked.
        if "verified_on" in form.changed_data and obj.verified_on:
            obj.verified_by = request.user
        setattr(obj, AUTHOR_ATTRIBUTE, request.user)
        super().save_model(request, obj, form, change)

    def save_formset(self, request, form, formset, change):
        # The change log names who changed a number.
        for inline_form in formset.forms:
            setattr(inline_form.instance, AUTHOR_ATTRIBUTE, request.user)
        super().save_formset(request, form, formset, change)

    @admin.display(boolean=True, description=_("checked recently"))
    def fresh(self, obj):
        return not obj.is_stale if obj.pk else None

    @admin.action(
        description=_("Verified today: I checked the source and the numbers"),
        permissions=["change"],
    )
    def mark_verified_today(self, request, queryset):
        count = queryset.update(verified_on=timezone.localdate(), verified_by=request.user)
        self.message_user(
            request,
            ngettext(
                "%(count)d entry marked as verified today.",
                "%(count)d entries marked as verified today.",
                count,
            )
            % {"count": count},
            messages.SUCCESS,
        )


@admin.register(DirectorySettings)
class DirectorySettingsAdmin(SingleRowAdmin, ContentAdmin):
    list_display = ["__str__", "editors_email"]


@admin.register(ContactChangeLog)
class ContactChangeLogAdmin(NoHandEdits, FieldDirectionMixin, admin.ModelAdmin):
    """Read-only: the log is written by the models, never by hand."""

    list_display = ["changed_at", "organisation", "field", "old_value", "new_value", "changed_by"]
    list_filter = ["field"]
    search_fields = ["organisation__slug", "old_value", "new_value"]
    date_hierarchy = "changed_at"
    list_select_related = ["organisation", "changed_by"]
