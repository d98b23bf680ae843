"""The directory's filter menus and checkboxes are written by Python (forms.py) for speed:
they must stay exactly what Django's own widget templates write."""

import pytest
from django import forms

from portal.directory.forms import DirectoryFilterForm


@pytest.mark.parametrize(
    "data",
    [
        {},
        {"kind": "legal-aid", "region": "oriental", "open_24_7": "on"},
        {"audience": "children", "language": "fr", "anonymous": "on"},
        {"kind": "no-such-kind", "open_24_7": "yes"},
    ],
)
def test_filter_widgets_write_what_django_writes(data):
    form = DirectoryFilterForm(data)
    form.is_valid()
    for field in form:
        ours = field.as_widget()
        django_widget = (
            forms.CheckboxInput()
            if isinstance(field.field, forms.BooleanField)
            else forms.Select()
        )
        django_widget.choices = getattr(field.field, "choices", ())
        theirs = field.as_widget(widget=django_widget)
        assert ours == theirs, field.name
