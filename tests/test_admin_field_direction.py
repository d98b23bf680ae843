"""Each admin field is typed in its own direction, whatever the admin's language: Arabic
right to left, French and English left to right; slugs, addresses and numbers left to right."""

from html.parser import HTMLParser

import pytest
from django.contrib import admin
from django.urls import reverse

from portal.directory.models import ContactPoint, DirectorySettings, Organisation
from portal.seminars.models import Article
from tests.editors_helpers import logged_in, staff_user

pytestmark = pytest.mark.django_db


class _Fields(HTMLParser):
    def __init__(self):
        super().__init__()
        self.fields = {}

    def handle_starttag(self, tag, attrs):
        attrs = dict(attrs)
        if tag in {"input", "textarea"} and attrs.get("id"):
            self.fields[attrs["id"]] = attrs


def fields(html):
    parser = _Fields()
    parser.feed(html)
    return parser.fields


@pytest.mark.parametrize("admin_language", ["ar", "fr", "en"])
def test_article_fields_follow_their_own_language(client, django_user_model, admin_language):
    editor = logged_in(client, staff_user(django_user_model, "salma", "Editors"))
    editor.defaults["HTTP_ACCEPT_LANGUAGE"] = admin_language
    found = fields(editor.get(reverse("admin:seminars_article_add")).content.decode())
    for name in ("title", "summary", "body", "cover_alt", "source_name"):
        assert found[f"id_{name}_ar"]["dir"] == "rtl", name
        assert found[f"id_{name}_ar"]["lang"] == "ar", name
        for code in ("fr", "en"):
            assert found[f"id_{name}_{code}"]["dir"] == "ltr", (name, code)
            assert found[f"id_{name}_{code}"]["lang"] == code, (name, code)
    for name in ("slug", "source_url"):
        assert found[f"id_{name}"]["dir"] == "ltr", name
    # Widgets that are not text are left alone.
    assert "dir" not in found["id_published_on"] or found["id_published_on"]["dir"] == "ltr"


def test_an_existing_article_keeps_the_directions(client, django_user_model, seeded):
    editor = logged_in(client, staff_user(django_user_model, "salma", "Editors"))
    editor.defaults["HTTP_ACCEPT_LANGUAGE"] = "ar"
    article = Article.objects.first()
    html = editor.get(reverse("admin:seminars_article_change", args=[article.pk])).content
    found = fields(html.decode())
    assert found["id_title_fr"]["dir"] == "ltr" and found["id_title_ar"]["dir"] == "rtl"
    assert found["id_body_en"]["dir"] == "ltr" and found["id_body_ar"]["dir"] == "rtl"


def test_phone_numbers_web_and_email_addresses_are_always_left_to_right():
    inline = admin.site._registry[Organisation].get_inline_instances(None)
    contact_inline = next(i for i in inline if i.model is ContactPoint)
    value = contact_inline.formfield_for_dbfield(ContactPoint._meta.get_field("value"), None)
    assert value.widget.attrs["dir"] == "ltr"
    label = contact_inline.formfield_for_dbfield(ContactPoint._meta.get_field("label_ar"), None)
    assert label.widget.attrs["dir"] == "rtl"
    organisation_admin = admin.site._registry[Organisation]
    for name, direction in (("website", "ltr"), ("slug", "ltr"), ("name_fr", "ltr")):
        field = organisation_admin.formfield_for_dbfield(Organisation._meta.get_field(name), None)
        assert field.widget.attrs["dir"] == direction, name
    settings_admin = admin.site._registry[DirectorySettings]
    email = settings_admin.formfield_for_dbfield(
        DirectorySettings._meta.get_field("editors_email"), None
    )
    assert email.widget.attrs["dir"] == "ltr"


def test_every_registered_admin_sets_directions():
    """Every admin (and inline) of our apps goes through the shared direction rule."""
    from portal.content.admin_direction import FieldDirectionMixin

    # The review records are read-only: nobody types into them.
    ours = [
        a
        for m, a in admin.site._registry.items()
        if m.__module__.startswith("portal.") and not m.__module__.startswith("portal.review.")
    ]
    assert ours
    for model_admin in ours:
        assert isinstance(model_admin, FieldDirectionMixin), type(model_admin)
        for inline in model_admin.inlines:
            assert issubclass(inline, FieldDirectionMixin), inline
