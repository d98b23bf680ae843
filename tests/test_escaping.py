"""portal/core/escaping.py escapes as Django's conditional_escape does: the cards, menus and
Jinja2 pages write the same characters as Django's own templates and widgets."""

import pytest
from django.utils.html import conditional_escape
from django.utils.safestring import mark_safe
from django.utils.translation import gettext_lazy, override
from markupsafe import Markup

from portal.core.escaping import escape

VALUES = [
    "plain",
    "<script>alert('x')</script>",
    'a "quoted" & <b>bold</b> word',
    "مركز الاستماع «أمان» & <دعم>",
    "",
    0,
    42,
    None,
    True,
    mark_safe("<em>already markup</em>"),
    Markup("<em>Jinja's markup</em>"),
    gettext_lazy("Kind of help"),
]


@pytest.mark.parametrize("value", VALUES, ids=repr)
def test_the_same_text_as_djangos_conditional_escape(value):
    for language in ("ar", "fr", "en"):
        with override(language):
            assert escape(value) == conditional_escape(value)
            assert hasattr(escape(value), "__html__")  # marked safe, never escaped twice
