"""Dates in Arabic follow Moroccan usage, on the site and in the admin: يناير ... دجنبر,
"5 دجنبر 2019", no comma between the month and the year."""

import datetime
import json

import pytest
from django.urls import reverse
from django.utils import translation
from django.utils.formats import date_format

from portal.seminars.models import Article, Event
from tests.editors_helpers import log_in_past_second_factor, staff_user

MOROCCAN = [
    "يناير",
    "فبراير",
    "مارس",
    "أبريل",
    "ماي",
    "يونيو",
    "يوليوز",
    "غشت",
    "شتنبر",
    "أكتوبر",
    "نونبر",
    "دجنبر",
]
# Django's own Arabic names, which Moroccan readers do not use.
MASHRIQI = ["ديسمبر", "أغسطس", "سبتمبر", "نوفمبر", "يوليو ", "مايو", "إبريل"]


@pytest.mark.parametrize("month", range(1, 13))
def test_every_month_and_every_month_format_is_moroccan_in_arabic(month):
    day = datetime.date(2019, month, 5)
    with translation.override("ar"):
        assert date_format(day) == f"5 {MOROCCAN[month - 1]} 2019"
        # Full, "abbrev. month" (N), "alt. month" (E) and the three-letter forms (b, M).
        for code in ("F", "N", "E", "b", "M"):
            assert date_format(day, code) == MOROCCAN[month - 1], code
        assert date_format(day, "MONTH_DAY_FORMAT") == f"5 {MOROCCAN[month - 1]}"
        assert date_format(day, "YEAR_MONTH_FORMAT") == f"{MOROCCAN[month - 1]} 2019"


def test_french_and_english_keep_their_own_dates():
    day = datetime.date(2019, 12, 5)
    with translation.override("fr"):
        assert date_format(day) == "5 décembre 2019"
    with translation.override("en"):
        assert date_format(day) == "Dec. 5, 2019"


@pytest.mark.django_db
def test_the_public_event_page_shows_the_moroccan_date(client, seeded):
    event = Event.objects.get(date=datetime.date(2019, 12, 5))
    with translation.override("ar"):
        html = client.get(event.get_absolute_url()).content.decode()
    assert ">5 دجنبر 2019</time>" in html
    assert "ديسمبر" not in html and "دجنبر، 2019" not in html


@pytest.mark.django_db
def test_the_admin_shows_moroccan_month_names(client, django_user_model, seeded):
    log_in_past_second_factor(client, staff_user(django_user_model, "samira", "Editors"))
    client.defaults["HTTP_ACCEPT_LANGUAGE"] = "ar"
    article = Article.objects.exclude(published_on=None).first()
    year = article.published_on.year
    changelist = reverse("admin:seminars_article_changelist")
    html = client.get(changelist, {"published_on__year": year}).content.decode()
    assert MOROCCAN[article.published_on.month - 1] in html
    for name in MASHRIQI:
        assert name not in html, name
    # The date picker's calendar takes its month names from the admin's JavaScript catalogue.
    # It writes non-ASCII letters as JSON escapes.
    catalog = client.get(reverse("admin:jsi18n")).content.decode()
    assert all(json.dumps(name)[1:-1] in catalog for name in MOROCCAN)
    assert json.dumps("ديسمبر")[1:-1] not in catalog
