"""The directory's filters: a plain GET form, so it works without JavaScript and every
filtered view has an address that can be shared or bookmarked."""

from django import forms
from django.utils.translation import gettext_lazy as _

from portal.content.choices import SERVICE_AUDIENCES

from .choices import Kind, LanguageCode, RegionCode


def with_any(choices, label):
    return [("", label), *choices]


class DirectoryFilterForm(forms.Form):
    kind = forms.ChoiceField(
        label=_("Kind of help"),
        required=False,
        choices=with_any(Kind.choices, _("Any kind")),
    )
    region = forms.ChoiceField(
        label=_("Where you are"),
        required=False,
        choices=with_any(RegionCode.choices, _("Anywhere")),
        help_text=_("Services for the whole country and online services are always included."),
    )
    audience = forms.ChoiceField(
        label=_("Who it serves"),
        required=False,
        choices=with_any(SERVICE_AUDIENCES, _("Anyone")),
    )
    language = forms.ChoiceField(
        label=_("Language"),
        required=False,
        choices=with_any(LanguageCode.choices, _("Any language")),
    )
    open_24_7 = forms.BooleanField(label=_("Open 24/7"), required=False)
    anonymous = forms.BooleanField(label=_("Can be used anonymously"), required=False)
