"""Launch content never overwrites: `load_demo` creates what is missing, once, and never
changes or recreates anything editors have touched (text, slug, status, deletion). Each
launch object starts with a revision from which its launch text can be restored."""

import io

import pytest
from django.core.management import call_command
from django.urls import reverse
from reversion.models import Version

from portal.content.models import SeedRecord
from portal.directory.models import ContactPoint, Organisation
from portal.guides.models import FAQEntry, Guide, PlanStep, Step, StepLink
from portal.pages.models import Page
from portal.seminars.models import Article, Event, Speaker, Talk, Topic
from tests.editors_helpers import change_form, logged_in, staff_user

pytestmark = pytest.mark.django_db

SEEDED_MODELS = [
    Guide,
    Step,
    StepLink,
    FAQEntry,
    PlanStep,
    Organisation,
    ContactPoint,
    Page,
    Event,
    Speaker,
    Talk,
    Topic,
    Article,
]


def load_demo():
    call_command("load_demo", stdout=io.StringIO())


def counts():
    return {model._meta.label: model.objects.count() for model in SEEDED_MODELS}


def test_loading_twice_creates_nothing_more(seeded):
    before = counts()
    assert all(before.values()), before  # the launch content has rows of each
    load_demo()
    assert counts() == before


def test_every_edit_survives_loading_again(seeded):
    urgent = Guide.objects.get(is_urgent=True)
    step = urgent.steps.order_by("order").first()
    step.body_fr = "<p>Texte de l'étape revu par l'équipe.</p>"
    step.save()
    article = Article.objects.published().first()
    old_slug = article.slug
    article.title_fr = "Titre revu"
    article.slug = "titre-revu"
    article.save()
    faq = FAQEntry.objects.order_by("pk").first()
    faq.answer_ar = "<p>جواب راجعه الفريق.</p>"
    faq.save()
    withdrawn = Guide.objects.filter(is_urgent=False).order_by("pk").first()
    withdrawn.status = Guide.Status.ARCHIVED
    withdrawn.save()
    plan = PlanStep.objects.order_by("pk").first()
    plan.title_en = "Reviewed plan text"
    plan.save()
    organisation = Organisation.objects.get(slug="e-blagh")
    organisation.name_fr = "e-Blagh (revu)"
    organisation.slug = "e-blagh-dgsn"
    organisation.save()
    point = organisation.contact_points.first()
    point.label_fr = "Formulaire revu"
    point.save()
    page = Page.objects.get(slug="about")
    page.status = Page.Status.DRAFT
    page.save()
    speaker = Speaker.objects.order_by("pk").first()
    speaker.role_en = "Reviewed role"
    speaker.save()
    topic = Topic.objects.order_by("pk").first()
    topic.name_en = "Reviewed topic"
    topic.save()
    before = counts()

    load_demo()

    assert counts() == before
    step.refresh_from_db()
    assert step.body_fr == "<p>Texte de l'étape revu par l'équipe.</p>"
    article.refresh_from_db()
    assert (article.title_fr, article.slug) == ("Titre revu", "titre-revu")
    assert not Article.objects.filter(slug=old_slug).exists()
    faq.refresh_from_db()
    assert faq.answer_ar == "<p>جواب راجعه الفريق.</p>"
    withdrawn.refresh_from_db()
    assert withdrawn.status == Guide.Status.ARCHIVED
    plan.refresh_from_db()
    assert plan.title_en == "Reviewed plan text"
    organisation.refresh_from_db()
    assert (organisation.name_fr, organisation.slug) == ("e-Blagh (revu)", "e-blagh-dgsn")
    assert not Organisation.objects.filter(slug="e-blagh").exists()
    point.refresh_from_db()
    assert point.label_fr == "Formulaire revu"
    page.refresh_from_db()
    assert page.status == Page.Status.DRAFT
    speaker.refresh_from_db()
    assert speaker.role_en == "Reviewed role"
    topic.refresh_from_db()
    assert topic.name_en == "Reviewed topic"


def test_what_editors_deleted_stays_deleted(seeded):
    guide = Guide.objects.filter(is_urgent=False).order_by("pk").first()
    slug = guide.slug
    guide.delete()  # its steps and links go with it
    step = Step.objects.order_by("pk").first()
    step_key = (step.guide_id, step.key)
    step.delete()
    FAQEntry.objects.order_by("pk").first().delete()
    Page.objects.get(slug="privacy").delete()
    before = counts()
    load_demo()
    assert counts() == before
    assert not Guide.objects.filter(slug=slug).exists()
    assert not Step.objects.filter(guide_id=step_key[0], key=step_key[1]).exists()
    assert not Page.objects.filter(slug="privacy").exists()


def test_a_database_seeded_before_keys_adopts_its_objects_unchanged(seeded):
    """Sites that ran the old loader have launch objects but no records: they are found by
    their launch slug or key once, recorded, and left as they are."""
    SeedRecord.objects.all().delete()
    page = Page.objects.get(slug="about")
    page.title_en = "About, as edited"
    page.save()
    before = counts()
    load_demo()
    assert counts() == before
    page.refresh_from_db()
    assert page.title_en == "About, as edited"
    assert SeedRecord.objects.filter(key="pages.page:about").exists()


def test_every_launch_object_has_a_first_revision(seeded):
    for model in SEEDED_MODELS:
        for obj in model.objects.all():
            versions = Version.objects.get_for_object(obj)
            assert versions.exists(), f"{model._meta.label} {obj.pk}"
            assert "Launch content" in versions.last().revision.comment


def test_a_publisher_restores_the_launch_text_of_an_article(client, django_user_model, seeded):
    publisher = logged_in(client, staff_user(django_user_model, "publisher", "Publishers"))
    article = Article.objects.published().first()
    launch_title = article.title_fr
    url = reverse("admin:seminars_article_change", args=[article.pk])
    assert publisher.post(url, change_form(article, title_fr="Titre revu")).status_code == 302
    launch = Version.objects.get_for_object(article).last()
    assert "Launch content" in launch.revision.comment
    revision_url = reverse("admin:seminars_article_revision", args=[article.pk, launch.pk])
    response = publisher.post(revision_url, change_form(launch._object_version.object))
    assert response.status_code == 302
    article.refresh_from_db()
    assert article.title_fr == launch_title


def test_the_launch_text_of_a_guide_step_can_be_restored(seeded):
    step = Guide.objects.get(is_urgent=True).steps.order_by("order").first()
    launch_body = step.body_ar
    step.body_ar = "<p>نص معدل</p>"
    step.save()
    Version.objects.get_for_object(step).last().revert()
    step.refresh_from_db()
    assert step.body_ar == launch_body


def make_dry_run(*args):
    import subprocess
    from pathlib import Path

    root = Path(__file__).resolve().parent.parent
    result = subprocess.run(
        ["make", "--dry-run", "--always-make", "serve", *args],
        cwd=root,
        capture_output=True,
        text=True,
        check=True,
    )
    return result.stdout


def test_make_serve_loads_demo_content_only_when_asked():
    assert "manage.py load_demo" not in make_dry_run()
    assert "manage.py load_demo" in make_dry_run("LOAD_DEMO=1")
