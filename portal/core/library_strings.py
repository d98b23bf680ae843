"""Overrides of the admin libraries' own words (never called: `make messages` reads it).

Django looks up a message in our locale/ before the catalogues of Django and of the admin
libraries, so a msgid listed here and translated in locale/{ar,fr,en} replaces theirs. We list
the ones whose Arabic or French is missing (django-otp and django-reversion-compare have no
Arabic at all, Django 6.1's newest admin strings are not in its Arabic catalogue yet) or
misspelt (django-reversion's and django-import-export's Arabic). tests/test_admin_languages.py
checks the screens editors use.
"""

# Each msgid must be the library's exact text, however long the line.
# ruff: noqa: E501

from django.utils.translation import gettext_lazy as _
from django.utils.translation import ngettext_lazy

LIBRARY_STRINGS = (
    _("Run"),
    _("Filter by %(field_name)s"),
    _("Search %(name)s"),
    _("Pagination %(name)s"),
    _("Pagination %(name)s entries"),
    _("Logout"),
    _(
        "Are you sure you want to delete the %(object_name)s “%(escaped_object)s”? All of the following related items will be deleted:"
    ),
    _(
        "Deleting the %(object_name)s “%(escaped_object)s” would require deleting the following protected related objects:"
    ),
    _(
        "Deleting the %(object_name)s “%(escaped_object)s” would result in deleting related objects, but your account doesn't have permission to delete the following types of objects:"
    ),
    ngettext_lazy("…and %(count)d more object.", "…and %(count)d more objects.", "count"),
    _("- Select an option -"),
    _("Initial version."),
    _("Reverted to previous version, saved on %(datetime)s"),
    _('The %(model)s "%(name)s" was reverted successfully. You may edit it again below.'),
    _("Could not load %(object_repr)s version - not found"),
    _("Could not load %(object_repr)s version - incompatible version data."),
    _("Could not load %(object_repr)s version - unknown serializer %(format)s."),
    _("Could not save %(object_repr)s version - missing dependency."),
    _("Recover %(name)s"),
    _("Revert %(name)s"),
    _("Recover deleted %(name)s"),
    _("Reversion"),
    _("date created"),
    _("revision"),
    _("revisions"),
    _("version"),
    _("versions"),
    _("Choose a date from the list below to revert to a previous version of this object."),
    _("This object doesn't have a change history. It probably wasn't added via this admin site."),
    _("Press the save button below to recover this version of the object."),
    _("Choose a date from the list below to recover a deleted version of an object."),
    _("There are no deleted objects to recover."),
    _("Revert %(verbose_name)s"),
    _("Press the save button below to revert to this version of the object."),
    _("Compare %(name)s"),
    _("Field didn't exist!"),
    _("compare"),
    _(
        "\n                Compare <strong>%(date1)s</strong> with <strong>%(date2)s</strong>:\n            "
    ),
    _("Go back to history list"),
    _("Revert to this version"),
    _("changed to:"),
    _("time since that date:"),
    _("add:"),
    _("remove:"),
    _("previous"),
    _("next"),
    _("There are no differences."),
    _("Edit comment:"),
    _("(no comment exists)"),
    _("Note:"),
    _(
        '\n        Fields/entries marked with <sup class="follow">*</sup> are not under reversion control.\n        It may be that not all marked information are correct.\n    '
    ),
    _(
        "\n    This is the fallback compare, because the normal compare can't be applied\n    between the two selected version:\n    "
    ),
    _("Revert to the old version will probably not work!"),
    _("More info:"),
    _("Please enter your OTP token."),
    _("Error generating challenge: {0}"),
    _("The selected OTP device is not interactive"),
    _("OTP Challenge: {0}"),
    _("Invalid token. Please make sure you have entered it correctly."),
    ngettext_lazy(
        "Verification temporarily disabled because of %(failure_count)d failed attempt, please try again soon.",
        "Verification temporarily disabled because of %(failure_count)d failed attempts, please try again soon.",
        "count",
    ),
    _("Verification of the token is currently disabled"),
    _("Please select a device."),
    _("OTP Device:"),
    _("OTP Token:"),
    _("Forgotten your password or username?"),
    _("Get OTP Challenge"),
    _(
        "You are authenticated as %(username)s, but are not authorized to access this page. Would you like to login to a different account?"
    ),
    _("Import"),
    _("Export"),
    _("%s through import_export"),
    _("Import finished: {} new, {} updated, {} deleted and {} skipped {}."),
    _(
        "%(exc_name)s encountered while trying to read file. Ensure you have chosen the correct format for the file."
    ),
    _("No valid data to import. Ensure your file has the correct headers or data for import."),
    _("Export selected %(verbose_name_plural)s"),
    _("export failed due to IllegalCharacterError"),
    _("Resource"),
    _("Format"),
    _("File to import"),
    _('Select at least 1 field for "%(resource_name)s" to export'),
    ngettext_lazy("Export %(len)s selected item.", "Export %(len)s selected items.", "count"),
    _("This exporter will export the following fields: "),
    _("This importer will import the following fields: "),
    _("Submit"),
    _("Select all"),
    _(
        "Below is a preview of data to be imported. If you are satisfied with the results, click 'Confirm import'"
    ),
    _("Confirm import"),
    _("Errors"),
    _("Line number"),
    _("Some rows failed to validate"),
    _(
        "Please correct these errors in your data where possible, then reupload it using the form above."
    ),
    _("Row"),
    _("Non field specific"),
    _("Preview"),
    _("New"),
    _("Skipped"),
    _("Update"),
    _("Value could not be parsed."),
)
