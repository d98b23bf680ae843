"""A new object that would be live the moment it is saved (a step added to the published
urgent guide from the steps list, a site setting) is not something an Editor can add past
review: the form says where to do it instead, and visitors see nothing new."""

import pytest
from django.urls import reverse

from portal.guides.models import Guide, QuickExitSettings, Step

pytestmark = pytest.mark.django_db

NEW_TITLE = "خطوة أضيفت دون مراجعة"


def add_step(client, guide):
    return client.post(
        reverse("admin:guides_step_add"),
        {
            "guide": guide.pk,
            "order": 99,
            "key": "",
            "title_ar": NEW_TITLE,
            "body_ar": "<p>نص</p>",
            "links-TOTAL_FORMS": "0",
            "links-INITIAL_FORMS": "0",
            "links-MIN_NUM_FORMS": "0",
            "links-MAX_NUM_FORMS": "1000",
        },
    )


def test_an_editor_cannot_add_a_step_to_a_live_guide_from_the_steps_list(editor, client):
    guide = Guide.objects.get(is_urgent=True)
    assert guide.is_live()
    steps = Step.objects.count()
    response = add_step(editor, guide)
    assert response.status_code == 200
    assert "Publisher" in response.content.decode() or "ناشر" in response.content.decode()
    assert Step.objects.count() == steps
    assert NEW_TITLE not in client.get("/ar/help/now/").content.decode()


def test_a_publisher_adds_a_step_to_a_live_guide(publisher):
    guide = Guide.objects.get(is_urgent=True)
    response = add_step(publisher, guide)
    assert response.status_code == 302, response.content.decode()[:3000]
    assert Step.objects.filter(title_ar=NEW_TITLE, guide=guide).exists()


def test_an_editor_cannot_create_the_quick_exit_setting_live(editor):
    QuickExitSettings.objects.all().delete()
    response = editor.post(
        reverse("admin:guides_quickexitsettings_add"), {"exit_url": "https://example.org/"}
    )
    assert response.status_code in (200, 403)
    assert not QuickExitSettings.objects.exists()
