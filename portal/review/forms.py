from django import forms
from django.utils.translation import gettext_lazy as _

from portal.content.web_address import validate_source_address


class ApproveForm(forms.Form):
    """Approving is one click, except for changed contact details: then the approver states
    that they checked the new details against a source, and names it."""

    verified = forms.BooleanField(
        label=_("I checked the new contact details against the source below."),
        required=False,
    )
    source_url = forms.URLField(
        label=_("Source"),
        required=False,
        assume_scheme="https",
        validators=[validate_source_address],
        help_text=_("Where the new details were confirmed (an official page)."),
        widget=forms.URLInput(attrs={"dir": "ltr"}),
    )

    def __init__(self, *args, four_eyes=False, **kwargs):
        super().__init__(*args, **kwargs)
        self.four_eyes = four_eyes
        if four_eyes:
            self.fields["verified"].required = True
            self.fields["source_url"].required = True
        else:
            del self.fields["verified"]
            del self.fields["source_url"]


class SendBackForm(forms.Form):
    comment = forms.CharField(
        label=_("What needs to change"),
        # Written in Arabic or in French: each paragraph runs in its own direction.
        widget=forms.Textarea(attrs={"rows": 3, "dir": "auto"}),
        help_text=_("The author sees this on their admin home page."),
    )
