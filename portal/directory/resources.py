"""CSV import and export of organisations (django-import-export).

Rows are matched on `slug`; regions, audiences and languages are lists of codes separated by
"|". Every row is validated like the admin form (`clean_model_instances`), and a file with any
bad row is rolled back whole: editors never end up with half a file imported.

An import never publishes: new entries arrive as drafts whatever their status column says,
and a row that would change a published entry becomes a pending change for a Publisher to
review (import_review.py), or is refused where there is no review. Publishing stays a
Publisher's act.

Exported cells that a spreadsheet would run as a formula are escaped with a quote.
"""

from django.core.exceptions import ValidationError
from django.utils.translation import gettext as _
from import_export import fields, resources, widgets

from portal.content.models import Publishable

from . import import_review
from .models import Audience, Language, Organisation, Region

TRANSLATED = ("name", "description", "hours", "address")
LANGUAGES = ("ar", "fr", "en")
# A cell starting with one of these is run as a formula by Excel, LibreOffice or Sheets
# (OWASP "CSV injection"): a name typed as =HYPERLINK(...) would leak or run something on
# the computer of whoever opens the export.
FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")


def escape_formula(value):
    """The cell as text a spreadsheet shows, never runs: a leading single quote."""
    if isinstance(value, str) and value.startswith(FORMULA_STARTS):
        return "'" + value
    return value


def unescape_formula(value):
    """What escape_formula added, removed again, so that an exported file imports back
    unchanged."""
    if isinstance(value, str) and value.startswith("'") and value[1:].startswith(FORMULA_STARTS):
        return value[1:]
    return value


class CodesWidget(widgets.ManyToManyWidget):
    """Codes separated by "|"; an unknown code is an error, not silently dropped."""

    def clean(self, value, row=None, **kwargs):
        codes = [code.strip() for code in str(value or "").split(self.separator) if code.strip()]
        found = list(self.model.objects.filter(code__in=codes))
        unknown = sorted(set(codes) - {item.code for item in found})
        if unknown:
            raise ValueError(_("Unknown code(s): %(codes)s") % {"codes": ", ".join(unknown)})
        return found


def codes_field(name, model):
    return fields.Field(
        attribute=name, column_name=name, widget=CodesWidget(model, field="code", separator="|")
    )


class OrganisationResource(resources.ModelResource):
    regions = codes_field("regions", Region)
    audiences = codes_field("audiences", Audience)
    languages = codes_field("languages", Language)

    class Meta:
        model = Organisation
        import_id_fields = ["slug"]
        fields = [
            "slug",
            *(f"{name}_{code}" for name in TRANSLATED for code in LANGUAGES),
            "kind",
            "regions",
            "audiences",
            "languages",
            "is_free",
            "is_anonymous",
            "is_24_7",
            "website",
            "source_url",
            "verified_on",
            "status",
            "editor_notes",
        ]
        export_order = fields
        clean_model_instances = True
        skip_unchanged = True
        report_skipped = False
        use_transactions = True

    def before_import(self, dataset, **kwargs):
        # Whoever imports is the author of any pending change the file makes.
        self.import_user = kwargs.get("user")
        super().before_import(dataset, **kwargs)

    def after_init_instance(self, instance, new, row, **kwargs):
        # The status in the database before the row touched it.
        instance._stored_status = None if new else instance.status

    def import_instance(self, instance, row, **kwargs):
        super().import_instance(instance, row, **kwargs)
        stored = instance._stored_status
        if instance.status in Publishable.PUBLISHER_STATUSES and stored != instance.status:
            # Only a Publisher publishes or archives, and never from a file.
            instance.status = stored or Publishable.Status.DRAFT

    def skip_row(self, instance, original, row, import_validation_errors=None):
        skip = super().skip_row(instance, original, row, import_validation_errors)
        if not skip and instance._stored_status == Publishable.Status.PUBLISHED:
            author = getattr(self, "import_user", None)
            if import_review.available(author):
                self.validate_instance(instance, import_validation_errors)
                m2m = {
                    name: self.fields[name].clean(row)
                    for name in ("regions", "audiences", "languages")
                    if name in row
                }
                import_review.submit(instance, m2m, author)
                return True  # the live entry stays as it is
            raise ValidationError(
                _("This entry is published; change it in its form so that a Publisher reviews it.")
            )
        return skip

    def export_field(self, field, instance, **kwargs):
        return escape_formula(super().export_field(field, instance, **kwargs))

    def before_import_row(self, row, **kwargs):
        for name, value in row.items():
            row[name] = unescape_formula(value)

    def import_data(self, dataset, **kwargs):
        # A row that fails validation rolls back the whole file, like a row that raises.
        kwargs["rollback_on_validation_errors"] = True
        return super().import_data(dataset, **kwargs)
