"""The directory's filters: a plain GET form, so it works without JavaScript and every
filtered view has an address that can be shared or bookmarked."""

from django import forms
from django.utils.safestring import mark_safe
from django.utils.translation import gettext_lazy as _

from portal.content.choices import SERVICE_AUDIENCES
from portal.core.escaping import escape

from .choices import Kind, LanguageCode, RegionCode


def attributes(attrs):
    """HTML attributes as Django's widgets/attrs.html writes them, in the same order."""
    return "".join(
        f" {escape(name)}" if value is True else f' {escape(name)}="{escape(value)}"'
        for name, value in attrs.items()
        if value is not False
    )


class QuickSelect(forms.Select):
    """A menu written by Python rather than by Django's widget templates, which render each
    <option> through two included templates: some 400 template nodes for the four menus, a
    fifth of the directory page's time (issue 13). The same markup, option for option; escaped
    as format_html() would, without its cost (portal/core/escaping.py)."""

    def render(self, name, value, attrs=None, renderer=None):
        widget = self.get_context(name, value, attrs)["widget"]
        options = []
        for group_name, group, _index in widget["optgroups"]:
            if group_name:  # Only flat menus here: the template knows <optgroup>.
                return super().render(name, value, attrs, renderer)
            options.extend(
                f'\n  <option value="{escape(option["value"])}"{attributes(option["attrs"])}>'
                f"{escape(option['label'])}</option>\n"
                for option in group
            )
        return mark_safe(
            f'<select name="{escape(name)}"{attributes(widget["attrs"])}>{"".join(options)}'
            "\n</select>"
        )


class QuickCheckbox(forms.CheckboxInput):
    """A checkbox written by Python, for the same reason as QuickSelect; the same markup."""

    def render(self, name, value, attrs=None, renderer=None):
        widget = self.get_context(name, value, attrs)["widget"]
        value = widget["value"]
        value = f' value="{escape(value)}"' if value is not None else ""
        return mark_safe(
            f'<input type="{escape(widget["type"])}" name="{escape(name)}"{value}'
            f"{attributes(widget['attrs'])}>"
        )


def with_any(choices, label):
    return [("", label), *choices]


class DirectoryFilterForm(forms.Form):
    kind = forms.ChoiceField(
        label=_("Kind of help"),
        required=False,
        widget=QuickSelect,
        choices=with_any(Kind.choices, _("Any kind")),
    )
    region = forms.ChoiceField(
        label=_("Where you are"),
        required=False,
        widget=QuickSelect,
        choices=with_any(RegionCode.choices, _("Anywhere")),
        help_text=_("Services for the whole country and online services are always included."),
    )
    audience = forms.ChoiceField(
        label=_("Who it serves"),
        required=False,
        widget=QuickSelect,
        choices=with_any(SERVICE_AUDIENCES, _("Anyone")),
    )
    language = forms.ChoiceField(
        label=_("Language"),
        required=False,
        widget=QuickSelect,
        choices=with_any(LanguageCode.choices, _("Any language")),
    )
    open_24_7 = forms.BooleanField(label=_("Open 24/7"), required=False, widget=QuickCheckbox)
    anonymous = forms.BooleanField(
        label=_("Can be used anonymously"), required=False, widget=QuickCheckbox
    )
