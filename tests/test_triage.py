"""The triage as a frightened visitor uses it: one question per page, plain GET forms that
work without JavaScript, a plan for every combination, and nothing kept anywhere."""

import itertools
import re

import pytest
from django.contrib.sessions.models import Session
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.utils.html import escape

from portal.guides.models import PlanStep

pytestmark = pytest.mark.django_db

PLAN = "/{code}/help/plan/"
COMBINATIONS = list(itertools.product("12", repeat=4))

TAKE_IT_DOWN = "https://takeitdown.ncmec.org/"
STOPNCII = "https://stopncii.org/"
GOOGLE = "https://support.google.com/websearch/answer/6302812"

# Every plan written out: answers "abcd" -> (removal tools, the helper's text or None, steps
# in order). Written from what the guides' writers decided (NCMEC, Thorn, eSafety: "do not pay,
# stop contact", then, for anyone under 18, a trusted adult third), not from
# portal/guides/triage.py, so a change there must be made here too, on purpose.
EXPECTED = {
    # under 18, threatened, paid, for myself
    "1111": (
        [TAKE_IT_DOWN],
        None,
        "paid-already stop-contact under18-trusted-adult under18-no-screenshot "
        "threatened-not-published report-platform removal-takeitdown report-police "
        "secure-accounts",
    ),
    # under 18, threatened, paid, for someone else
    "1112": (
        [TAKE_IT_DOWN],
        "for-someone-else",
        "paid-already stop-contact under18-adult-knows under18-no-screenshot "
        "threatened-not-published report-platform removal-takeitdown report-police "
        "secure-accounts",
    ),
    # under 18, threatened, not paid, for myself
    "1121": (
        [TAKE_IT_DOWN],
        None,
        "not-paid stop-contact under18-trusted-adult under18-no-screenshot "
        "threatened-not-published report-platform removal-takeitdown report-police "
        "secure-accounts",
    ),
    # under 18, threatened, not paid, for someone else
    "1122": (
        [TAKE_IT_DOWN],
        "for-someone-else",
        "not-paid stop-contact under18-adult-knows under18-no-screenshot "
        "threatened-not-published report-platform removal-takeitdown report-police "
        "secure-accounts",
    ),
    # under 18, shared, paid, for myself
    "1211": (
        [TAKE_IT_DOWN, GOOGLE],
        None,
        "paid-already stop-contact under18-trusted-adult under18-no-screenshot "
        "already-published-removal report-platform removal-takeitdown report-police "
        "secure-accounts",
    ),
    # under 18, shared, paid, for someone else
    "1212": (
        [TAKE_IT_DOWN, GOOGLE],
        "for-someone-else",
        "paid-already stop-contact under18-adult-knows under18-no-screenshot "
        "already-published-removal report-platform removal-takeitdown report-police "
        "secure-accounts",
    ),
    # under 18, shared, not paid, for myself
    "1221": (
        [TAKE_IT_DOWN, GOOGLE],
        None,
        "not-paid stop-contact under18-trusted-adult under18-no-screenshot "
        "already-published-removal report-platform removal-takeitdown report-police "
        "secure-accounts",
    ),
    # under 18, shared, not paid, for someone else
    "1222": (
        [TAKE_IT_DOWN, GOOGLE],
        "for-someone-else",
        "not-paid stop-contact under18-adult-knows under18-no-screenshot "
        "already-published-removal report-platform removal-takeitdown report-police "
        "secure-accounts",
    ),
    # adult, threatened, paid, for myself
    "2111": (
        [STOPNCII],
        None,
        "paid-already stop-contact adult-evidence threatened-not-published report-platform "
        "removal-stopncii report-police secure-accounts talk-to-someone",
    ),
    # adult, threatened, paid, for someone else
    "2112": (
        [STOPNCII],
        "for-someone-else",
        "paid-already stop-contact adult-evidence threatened-not-published report-platform "
        "removal-stopncii report-police secure-accounts",
    ),
    # adult, threatened, not paid, for myself
    "2121": (
        [STOPNCII],
        None,
        "not-paid stop-contact adult-evidence threatened-not-published report-platform "
        "removal-stopncii report-police secure-accounts talk-to-someone",
    ),
    # adult, threatened, not paid, for someone else
    "2122": (
        [STOPNCII],
        "for-someone-else",
        "not-paid stop-contact adult-evidence threatened-not-published report-platform "
        "removal-stopncii report-police secure-accounts",
    ),
    # adult, shared, paid, for myself
    "2211": (
        [STOPNCII, GOOGLE],
        None,
        "paid-already stop-contact adult-evidence already-published-removal report-platform "
        "removal-stopncii report-police secure-accounts talk-to-someone",
    ),
    # adult, shared, paid, for someone else
    "2212": (
        [STOPNCII, GOOGLE],
        "for-someone-else",
        "paid-already stop-contact adult-evidence already-published-removal report-platform "
        "removal-stopncii report-police secure-accounts",
    ),
    # adult, shared, not paid, for myself
    "2221": (
        [STOPNCII, GOOGLE],
        None,
        "not-paid stop-contact adult-evidence already-published-removal report-platform "
        "removal-stopncii report-police secure-accounts talk-to-someone",
    ),
    # adult, shared, not paid, for someone else
    "2222": (
        [STOPNCII, GOOGLE],
        "for-someone-else",
        "not-paid stop-contact adult-evidence already-published-removal report-platform "
        "removal-stopncii report-police secure-accounts",
    ),
}
TRUSTED_ADULT = {"under18-trusted-adult", "under18-adult-knows"}
CRISIS_LINE = "You do not have to mention the images to get help."


def query(a, b, c, d):
    return f"?a={a}&b={b}&c={c}&d={d}"


def titles(key, code="en"):
    return getattr(PlanStep.objects.get(key=key), f"title_{code}")


def step_keys(html):
    return re.findall(r'<li class="step" data-key="([a-z0-9-]+)"', html)


@pytest.mark.parametrize(("a", "b", "c", "d"), COMBINATIONS)
def test_every_combination_gives_the_right_plan(client, seeded, a, b, c, d):
    response = client.get(PLAN.format(code="en") + query(a, b, c, d))
    assert response.status_code == 200
    html = response.content.decode()
    tools, helper, steps = EXPECTED[a + b + c + d]
    # The right removal tools, and no other, in the plan's tool list.
    tool_list = re.search(r'<ul class="tools">.*?</ul>', html, re.S).group(0)
    assert re.findall(r'href="(https://[^"]+)"', tool_list) == tools
    keys = step_keys(html)
    assert keys == steps.split()
    # Do not pay, stop contact; then, for anyone under 18, a trusted adult, third.
    assert keys[1] == "stop-contact"
    assert (keys[2] in TRUSTED_ADULT) == (a == "1")
    assert not TRUSTED_ADULT & set(keys[3:])
    # Someone helping another person reads their text before the steps, not among them.
    found = re.findall(r'<section class="plan__helper"[^>]*data-key="([a-z0-9-]+)"', html)
    assert found == ([helper] if helper else [])
    if helper:
        assert html.index('class="plan__helper"') < html.index('<ol class="steps')
    # The crisis box, once, with the sentence that lowers the bar to call.
    assert html.count('<aside class="crisis"') == 1
    assert CRISIS_LINE in html
    # The steps are the editors' texts, and every plan has the contacts and the calm notice.
    for key in keys + ([helper] if helper else []):
        assert escape(titles(key)) in html
    for number in ("19", "177", "112"):
        assert f'<bdi dir="ltr" class="tel">{number}</bdi>' in html
    assert "https://www.e-blagh.ma/" in html
    assert "If you are thinking of hurting yourself" in html
    assert 'href="tel:15"' in html
    # "Save": a print hint and a copyable link that spells out nothing.
    assert "Save as PDF" in html
    link = f"http://testserver/en/help/plan/{query(a, b, c, d)}".replace("&", "&amp;")
    assert f'value="{link}"' in html


@pytest.mark.parametrize("code", ["ar", "fr", "en"])
def test_plans_are_in_the_visitors_language(client, seeded, code):
    html = client.get(PLAN.format(code=code) + query(1, 2, 1, 1)).content.decode()
    assert f'lang="{code}"' in html
    assert escape(titles("paid-already", code)) in html
    assert escape(titles("under18-no-screenshot", code)) in html


def test_questions_come_one_at_a_time_carrying_earlier_answers(client, seeded):
    steps = [("", "a"), ("?a=2", "b"), ("?a=2&b=1", "c"), ("?a=2&b=1&c=2", "d")]
    for number, (params, name) in enumerate(steps, start=1):
        response = client.get(PLAN.format(code="fr") + params)
        html = response.content.decode()
        assert response.status_code == 200
        assert f"Question {number} sur 4" in html
        assert '<form class="triage-form" method="get" action="/fr/help/plan/">' in html
        # Two one-tap answers, named by a single letter with the values 1 and 2.
        assert f'name="{name}" value="1"' in html and f'name="{name}" value="2"' in html
        for earlier, value in re.findall(r"([abcd])=(\d)", params):
            assert f'<input type="hidden" name="{earlier}" value="{value}">' in html
        assert html.count('type="hidden"') == number - 1


@pytest.mark.parametrize(
    "params",
    ["?a=3", "?a=yes", "?b=1", "?a=1&c=2", "?a=1&b=2&c=1&d=9", "?a=" + "9" * 5000, "?d=1&a=1"],
)
def test_unreadable_answers_restart_the_questions_politely(client, seeded, params):
    response = client.get(PLAN.format(code="en") + params)
    assert response.status_code == 200
    html = response.content.decode()
    assert "the questions start again" in html
    assert "Question 1 of 4" in html
    assert 'type="hidden"' not in html


def test_first_question_has_no_error_message(client, seeded):
    html = client.get(PLAN.format(code="en")).content.decode()
    assert "the questions start again" not in html
    assert "not saved anywhere" in html


def test_no_answer_is_stored_anywhere(client, seeded):
    with CaptureQueriesContext(connection) as queries:
        for params in ["", "?a=1", "?a=1&b=2", "?a=1&b=2&c=1", query(1, 2, 1, 2)]:
            response = client.get(PLAN.format(code="ar") + params)
            assert response.status_code == 200
            assert not response.cookies
            assert "Set-Cookie" not in response.headers
            assert "no-store" in response["Cache-Control"]
            assert "private" in response["Cache-Control"]
            # The steps of the questions stay out of search engines; a complete plan is a
            # page a person in trouble may well search for (test below).
            noindex = '<meta name="robots" content="noindex">' in response.content.decode()
            assert noindex == (params != query(1, 2, 1, 2))
    writes = [
        q["sql"] for q in queries.captured_queries if not q["sql"].lstrip().startswith("SELECT")
    ]
    assert writes == []
    assert Session.objects.count() == 0


def test_the_address_never_spells_out_the_situation(client, seeded):
    html = client.get(PLAN.format(code="en") + "?a=1&b=2&c=1").content.decode()
    # The triage form, not the header's search form (which every page has).
    form = re.search(r'<form class="triage-form".*?</form>', html, re.S).group(0)
    names = set(re.findall(r'name="([^"]+)"', form))
    values = set(re.findall(r'value="([^"]+)"', form))
    assert names == {"a", "b", "c", "d"}
    assert values == {"1", "2"}


def test_a_complete_plan_can_be_found_by_search_engines_under_its_own_address(client, seeded):
    """Someone searching for their situation may land on the plan that fits it: it is not
    noindex, and its canonical and hreflang addresses keep its answers."""
    html = client.get(PLAN.format(code="fr") + query(2, 1, 2, 1)).content.decode()
    assert 'name="robots"' not in html
    answers = "?a=2&amp;b=1&amp;c=2&amp;d=1"
    assert re.search(
        rf'<link rel="canonical" href="[^"]*/fr/help/plan/{re.escape(answers)}"', html
    )
    for code in ("ar", "en"):
        assert f'hreflang="{code}" href="' in html
        assert re.search(
            rf'hreflang="{code}" href="[^"]*/{code}/help/plan/{re.escape(answers)}"', html
        )
