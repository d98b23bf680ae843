"""CSV import and export of organisations (django-import-export).

Rows are matched on `slug`; regions, audiences and languages are lists of codes separated by
"|". Every row is validated like the admin form (`clean_model_instances`), and a file with any
bad row is rolled back whole: editors never end up with half a file imported.
Exported cells that a spreadsheet would run as a formula are escaped with a quote.
"""

from django.utils.translation import gettext as _
from import_export import fields, resources, widgets

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

    def export_field(self, field, instance, **kwargs):
        return escape_formula(super().export_field(field, instance, **kwargs))

    def before_import_row(self, row, **kwargs):
        for name, value in row.items():
            row[name] = unescape_formula(value)

    def import_data(self, dataset, **kwargs):
        # A row that fails validation rolls back the whole file, like a row that raises.
        kwargs["rollback_on_validation_errors"] = True
        return super().import_data(dataset, **kwargs)
