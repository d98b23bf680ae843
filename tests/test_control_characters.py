"""Text that cannot break a page: characters XML and HTML cannot carry (C0 controls but tab
and line breaks, DEL and C1 controls, U+FFFE/U+FFFF, lone surrogates) are removed from every
text field of the portal's models when it is saved, whatever saves it (admin, import, shell,
seed). One vertical tab in an article's summary used to make the news feed answer 500."""

import re

import pytest
from django.apps import apps
from django.db import models
from django.urls import reverse
from django.utils import translation

from portal.directory.models import Organisation
from portal.guides.models import FAQEntry, Guide, Step
from portal.pages.models import Page
from portal.seminars.models import Article

pytestmark = pytest.mark.django_db

BAD = "\x00\x01\x08\x0b\x0c\x0e\x1f\x7f\x85\x9f\ufffe\uffff\ud800\udfff"
FORBIDDEN = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f\ufffe\uffff\ud800-\udfff]")


def portal_models():
    return [
        model._meta.label
        for model in apps.get_models()
        if model.__module__.startswith("portal.") and not model._meta.proxy
    ]


def text_fields(model):
    return [
        field
        for field in model._meta.concrete_fields
        if isinstance(field, (models.CharField, models.TextField)) and not field.choices
    ]


def test_a_vertical_tab_in_a_summary_does_not_break_the_feed(client, seeded):
    article = Article.objects.published().first()
    article.summary_ar = "ملخص\x0bبحرف تحكم"
    article.summary_fr = "Résumé\x0b avec un caractère de contrôle"
    article.save()
    for code in ("ar", "fr"):
        with translation.override(code):
            response = client.get(reverse("seminars:article_feed"))
        assert response.status_code == 200
        assert "\x0b" not in response.content.decode()
    article.refresh_from_db()
    assert article.summary_ar == "ملخصبحرف تحكم"


def test_tab_and_line_breaks_are_kept(seeded):
    page = Page.objects.published().first()
    page.summary_fr = "Une ligne\r\nune autre\tet une tabulation"
    page.save()
    page.refresh_from_db()
    assert page.summary_fr == "Une ligne\r\nune autre\tet une tabulation"


@pytest.mark.parametrize("label", portal_models())
def test_control_characters_are_removed_from_every_text_field(seeded, label):
    model = apps.get_model(label)
    obj = model._default_manager.order_by("pk").first()
    if obj is None or not text_fields(model):
        pytest.skip(f"{label}: no launch row or no text field")
    before = {field.attname: getattr(obj, field.attname) for field in text_fields(model)}
    for field in text_fields(model):
        value = obj.__dict__.get(field.attname) or ""
        # In the middle of the text, where a paste from a word processor leaves them.
        obj.__dict__[field.attname] = value[:1] + BAD + value[1:]
    obj.save()
    obj = model._default_manager.get(pk=obj.pk)
    for field in text_fields(model):
        value = getattr(obj, field.attname) or ""
        assert not FORBIDDEN.search(value), f"{label}.{field.name}: {value!r}"
        assert value == (before[field.attname] or ""), f"{label}.{field.name}"


def test_the_receiver_covers_every_portal_model_with_text():
    """The parametrised test above skips models the launch content has no row of; this one
    checks the mechanism itself on each of them."""
    from portal.content.text import clean_text_fields

    for label in portal_models():
        model = apps.get_model(label)
        if not text_fields(model):
            continue
        obj = model()
        for field in text_fields(model):
            obj.__dict__[field.attname] = f"a{BAD}b"
        clean_text_fields(sender=model, instance=obj)
        for field in text_fields(model):
            assert obj.__dict__[field.attname] == "ab", f"{label}.{field.name}"


def test_a_control_character_never_reaches_a_page(client, seeded):
    article = Article.objects.published().first()
    article.title_en = "Title\x0b" + article.title_en
    article.body_en = "<p>Body\x0c\x1b text</p>"
    article.save()
    guide = Guide.objects.published().filter(is_urgent=False).first()
    guide.title_en = "Guide\x01 title"
    guide.save()
    step = Step.objects.filter(guide=guide).first()
    step.body_en = "<p>Step\x08 body</p>"
    step.save()
    faq = FAQEntry.objects.published().first()
    faq.answer_ar = "<p>جواب\x0b</p>"
    faq.save()
    organisation = Organisation.objects.public().get(slug="e-blagh")
    organisation.name_en = "e-Blagh\x7f\ufffe"
    organisation.save()
    page = Page.objects.published().first()
    page.body_en = "<p>\ud800Page</p>"
    page.save()
    for code in ("ar", "en"):
        with translation.override(code):
            urls = [
                reverse("seminars:article_feed"),
                reverse("seminars:article_list"),
                article.get_absolute_url(),
                guide.get_absolute_url(),
                reverse("guides:guide_list"),
                reverse("guides:faq"),
                organisation.get_absolute_url(),
                reverse("directory:list"),
                reverse("directory:json"),
                page.get_absolute_url(),
                reverse("core:home"),
            ]
        for url in urls:
            response = client.get(url)
            assert response.status_code == 200, url
            assert not FORBIDDEN.search(response.content.decode()), url
