"""Editors, not programmers, change the quick exit's target and the guides in the admin."""

from html.parser import HTMLParser

import pytest
from django.urls import reverse

from portal.guides.models import DEFAULT_EXIT_URL, Guide, QuickExitSettings, Step
from tests.editors_helpers import staff_user

pytestmark = pytest.mark.django_db


class FormParser(HTMLParser):
    """What a browser would send for the page's main form: its fields and their values."""

    def __init__(self):
        super().__init__()
        self.data = {}
        self._textarea = None
        self._select = None

    def handle_starttag(self, tag, attrs):
        attrs = dict(attrs)
        name = attrs.get("name")
        if tag == "input" and name and attrs.get("type") not in {"submit", "button", "file"}:
            if attrs.get("type") in {"checkbox", "radio"}:
                if "checked" in attrs:
                    self.data[name] = attrs.get("value", "on")
            else:
                self.data[name] = attrs.get("value") or ""
        elif tag == "textarea" and name:
            self._textarea = name
            self.data[name] = ""
        elif tag == "select" and name:
            self._select = name
            self.data.setdefault(name, "")
        elif tag == "option" and self._select and "selected" in attrs:
            self.data[self._select] = attrs.get("value", "")

    def handle_data(self, data):
        if self._textarea:
            self.data[self._textarea] += data

    def handle_endtag(self, tag):
        if tag == "textarea":
            self._textarea = None
        elif tag == "select":
            self._select = None


def form_data(client, url):
    parser = FormParser()
    parser.feed(client.get(url).content.decode())
    return {k: v for k, v in parser.data.items() if k != "csrfmiddlewaretoken"}


@pytest.fixture
def superuser_client(client, django_user_model, seeded, verified_login):
    """A real Publisher (some tests take a guide offline), no superuser: the groups hold
    every guides permission (issue 9). The fixture keeps its old name to keep the diff small."""
    return verified_login(client, staff_user(django_user_model, "chief", "Publishers"))


@pytest.fixture
def editor_client(client, django_user_model, seeded, verified_login):
    """A real member of the Editors group, with staff status and nothing else."""
    return verified_login(client, staff_user(django_user_model, "editor", "Editors"))


def test_quick_exit_target_is_set_in_the_admin(superuser_client):
    html = superuser_client.get("/ar/").content.decode()
    assert f'href="{DEFAULT_EXIT_URL}" rel="nofollow noreferrer"' in html
    add = reverse("admin:guides_quickexitsettings_add")
    data = form_data(superuser_client, add)
    assert data["exit_url"] == DEFAULT_EXIT_URL
    data["exit_url"] = "https://www.hespress.com/"
    response = superuser_client.post(add, data)
    assert response.status_code == 302, response.content.decode()[:2000]
    assert QuickExitSettings.objects.get().exit_url == "https://www.hespress.com/"
    for code in ("ar", "fr", "en"):
        html = superuser_client.get(f"/{code}/help/").content.decode()
        assert 'href="https://www.hespress.com/" rel="nofollow noreferrer"' in html
    # One setting only: no second row, and it cannot be deleted.
    assert superuser_client.get(add).status_code == 403
    row = QuickExitSettings.objects.get()
    change = reverse("admin:guides_quickexitsettings_change", args=[row.pk])
    data = form_data(superuser_client, change)
    for wrong in ("not an address", "http://www.bbc.com/weather"):
        data["exit_url"] = wrong
        assert superuser_client.post(change, data).status_code == 200
    assert QuickExitSettings.objects.get().exit_url == "https://www.hespress.com/"
    delete = reverse("admin:guides_quickexitsettings_delete", args=[row.pk])
    assert superuser_client.get(delete).status_code == 403


def test_admin_changes_a_guide_and_reorders_its_steps(superuser_client, client):
    guide = Guide.objects.get(slug="safe-browsing")
    url = reverse("admin:guides_guide_change", args=[guide.pk])
    data = form_data(superuser_client, url)
    assert data["steps-TOTAL_FORMS"] == str(guide.steps.count())
    data["title_fr"] = "Naviguer sans laisser de traces"
    data["steps-0-title_ar"] = "خطوة عدّلها المحرر"
    # Move the first step to the end.
    data["steps-0-order"] = "999"
    response = superuser_client.post(url, data)
    assert response.status_code == 302, response.content.decode()[:3000]
    html = client.get("/fr/help/safe-browsing/").content.decode()
    assert "Naviguer sans laisser de traces" in html
    arabic = client.get("/ar/help/safe-browsing/").content.decode()
    steps = guide.steps.order_by("order")
    assert steps.last().title_ar == "خطوة عدّلها المحرر"
    assert arabic.index(steps.first().title_ar) < arabic.index("خطوة عدّلها المحرر")


def test_admin_unpublishes_a_guide(superuser_client, client):
    guide = Guide.objects.get(slug="the-law")
    url = reverse("admin:guides_guide_change", args=[guide.pk])
    data = form_data(superuser_client, url)
    data["status"] = "draft"
    assert superuser_client.post(url, data).status_code == 302
    assert client.get("/en/help/the-law/").status_code == 404


def test_admin_saves_the_urgent_guide(superuser_client, client):
    guide = Guide.objects.get(is_urgent=True)
    url = reverse("admin:guides_guide_change", args=[guide.pk])
    data = form_data(superuser_client, url)
    data["title_en"] = "Blackmailed right now? Start here"
    response = superuser_client.post(url, data)
    assert response.status_code == 302, response.content.decode()[:3000]
    assert "Blackmailed right now? Start here" in client.get("/en/help/now/").content.decode()


def test_admin_saves_a_step_with_its_links(superuser_client, client):
    step = Step.objects.get(guide__is_urgent=True, key="report-police")
    assert step.links.filter(directory_slug="police-19").exists()
    url = reverse("admin:guides_step_change", args=[step.pk])
    data = form_data(superuser_client, url)
    assert data["links-TOTAL_FORMS"] == str(step.links.count())
    data["title_ar"] = "بلّغ الشرطة الآن"
    response = superuser_client.post(url, data)
    assert response.status_code == 302, response.content.decode()[:3000]
    html = client.get("/ar/help/now/").content.decode()
    assert "بلّغ الشرطة الآن" in html
    assert 'href="tel:19"' in html


def test_a_real_editor_changes_a_guide(editor_client, client):
    guide = Guide.objects.get(slug="safe-browsing")
    assert editor_client.get(reverse("admin:guides_guide_changelist")).status_code == 200
    url = reverse("admin:guides_guide_change", args=[guide.pk])
    response = editor_client.get(url)
    assert response.status_code == 200
    data = form_data(editor_client, url)
    data["title_fr"] = "Naviguer sans laisser de traces"
    assert editor_client.post(url, data).status_code == 302
    # The guide is live: the Editor's change waits for a Publisher (portal/review).
    from portal.review.models import PendingChange

    assert "Naviguer sans laisser de traces" not in client.get("/fr/help/").content.decode()
    change = PendingChange.pending_for(guide)
    assert change.payload["objects"][0]["fields"]["title_fr"] == "Naviguer sans laisser de traces"


def test_a_real_editor_opens_a_step_and_the_questions(editor_client):
    step = Step.objects.get(guide__is_urgent=True, key="report-police")
    assert (
        editor_client.get(reverse("admin:guides_step_change", args=[step.pk])).status_code == 200
    )
    assert editor_client.get(reverse("admin:guides_faqentry_changelist")).status_code == 200
