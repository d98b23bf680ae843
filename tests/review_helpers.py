"""Helpers for the review tests: signed-in Editors and Publishers (real members of their
groups), the admin's addresses for an object, and an admin form posted back exactly as a
browser would. The fixtures reach every test through tests/conftest.py."""

from html.parser import HTMLParser

import pytest
from django.test import Client
from django.urls import reverse

from tests.editors_helpers import logged_in, staff_user


def account(django_user_model, name, group):
    return logged_in(Client(), staff_user(django_user_model, name, group))


@pytest.fixture
def editor(django_user_model, seeded):
    return account(django_user_model, "editor", "Editors")


@pytest.fixture
def publisher(django_user_model, seeded):
    return account(django_user_model, "publisher", "Publishers")


@pytest.fixture
def publisher2(django_user_model, seeded):
    return account(django_user_model, "publisher2", "Publishers")


def change_url(obj):
    meta = obj._meta
    return reverse(f"admin:{meta.app_label}_{meta.model_name}_change", args=[obj.pk])


def approve_url(change):
    return reverse("admin:review_pendingchange_approve", args=[change.pk])


class _FormParser(HTMLParser):
    def __init__(self, form_id):
        super().__init__(convert_charrefs=True)
        self.form_id = form_id
        self.inside = False
        self.data = []
        self.select = None
        self.select_options = []
        self.textarea = None
        self.text = []

    def handle_starttag(self, tag, attrs):
        attrs = dict(attrs)
        if tag == "form" and attrs.get("id") == self.form_id:
            self.inside = True
        if not self.inside:
            return
        name = attrs.get("name")
        if tag == "input" and name:
            kind = attrs.get("type", "text")
            if kind in {"submit", "button", "file", "image", "reset"}:
                return
            if kind in {"checkbox", "radio"}:
                if "checked" in attrs:
                    self.data.append((name, attrs.get("value", "on")))
                return
            self.data.append((name, attrs.get("value") or ""))
        elif tag == "textarea" and name:
            self.textarea, self.text = name, []
        elif tag == "select" and name:
            self.select, self.select_options = (name, "multiple" in attrs), []
        elif tag == "option" and self.select:
            self.select_options.append((attrs.get("value", ""), "selected" in attrs))

    def handle_data(self, data):
        if self.textarea:
            self.text.append(data)

    def handle_endtag(self, tag):
        if tag == "form" and self.inside:
            self.inside = False
        elif tag == "textarea" and self.textarea:
            self.data.append((self.textarea, "".join(self.text).lstrip("\n")))
            self.textarea = None
        elif tag == "select" and self.select:
            name, multiple = self.select
            chosen = [value for value, selected in self.select_options if selected]
            if not chosen and not multiple and self.select_options:
                chosen = [self.select_options[0][0]]
            self.data += [(name, value) for value in chosen]
            self.select = None


def form_data(html, form_id=None):
    """{name: value or [values]} of the admin change form in `html`."""
    parser = _FormParser(form_id)
    if form_id is None:
        # The admin's change form id is "<model>_form".
        import re

        parser.form_id = re.search(r'<form[^>]*id="([a-z_]+_form)"', html).group(1)
    parser.feed(html)
    result = {}
    for name, value in parser.data:
        if name in result:
            result[name] = [
                *(result[name] if isinstance(result[name], list) else [result[name]]),
                value,
            ]
        else:
            result[name] = value
    return result


def post_change(client, url, **changes):
    """GET the change form at `url`, change some fields, POST it back."""
    response = client.get(url)
    assert response.status_code == 200, response.status_code
    data = form_data(response.content.decode())
    data.update(changes)
    data.pop("_saveasnew", None)
    data["_save"] = "Save"
    return client.post(url, data)
