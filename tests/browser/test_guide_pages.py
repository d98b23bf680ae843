"""Every guide, the FAQ, every triage question and every plan, in the three languages: zero
axe-core violations, and the content is there with JavaScript off. The plan prints on one
A4 page."""

import itertools
import re

import pytest

from portal.guides.models import Guide
from tests.browser.axe import axe_violations

pytestmark = pytest.mark.django_db(transaction=True)

LANGUAGES = ("ar", "fr", "en")
QUESTIONS = ["", "?a=1", "?a=2&b=2", "?a=1&b=1&c=2"]
PLANS = ["?a={}&b={}&c={}&d={}".format(*combo) for combo in itertools.product("12", repeat=4)]


def guide_paths():
    return [guide.get_absolute_url().split("/", 2)[2] for guide in Guide.objects.published()]


@pytest.mark.parametrize("code", LANGUAGES)
def test_guides_faq_triage_and_plans_pass_axe(new_page, site, code):
    paths = ["help/", "faq/", *guide_paths()]
    paths += [f"help/plan/{params}" for params in QUESTIONS + PLANS]
    page, watch = new_page(width=320, locale=code)
    failures = {}
    for path in paths:
        response = page.goto(f"{site}/{code}/{path}")
        assert response.status == 200, path
        assert page.evaluate("document.documentElement.scrollWidth") <= 320, path
        violations = axe_violations(page)
        if violations:
            failures[path] = violations
    assert failures == {}
    assert watch.foreign_requests == []
    assert watch.csp_violations == []


@pytest.mark.parametrize("code", LANGUAGES)
def test_pages_work_without_javascript(new_page, site, code):
    page, _watch = new_page(width=320, javascript=False, locale=code)
    for guide in Guide.objects.published():
        page.goto(f"{site}/{code}{guide.get_absolute_url()[3:]}")
        steps = page.locator("ol.steps > li.step")
        assert steps.count() == guide.steps.count() > 0, guide.slug
        first = guide.steps.order_by("order").first()
        assert getattr(first, f"title_{code}") in steps.first.inner_text()
    # The triage, answered with taps only.
    page.goto(f"{site}/{code}/help/plan/")
    for name, value in [("a", "1"), ("b", "2"), ("c", "1"), ("d", "1")]:
        page.locator(f"button[name={name}][value='{value}']").click()
        page.wait_for_load_state()
    assert re.search(r"/help/plan/\?a=1&b=2&c=1&d=1$", page.url)
    assert page.locator("ol.steps > li.step").count() >= 8
    assert "Take It Down" in page.locator("main").inner_text()
    assert page.context.cookies() == []


@pytest.mark.parametrize("code", ["ar", "fr"])
def test_longest_plan_prints_on_one_a4_page(new_page, site, artifacts, code):
    page, _watch = new_page(width=1280, locale=code)
    # Helping someone under 18, images shared, already paid: the plan with the most text
    # (nine steps, the helper's text first, the crisis box).
    page.goto(f"{site}/{code}/help/plan/?a=1&b=2&c=1&d=2")
    page.emulate_media(media="print")
    for selector in (".quick-exit", ".site-header", ".site-nav", ".plan__save"):
        assert not page.locator(selector).is_visible(), selector
    assert page.locator(".plan__steps").is_visible()
    pdf = page.pdf(format="A4", print_background=False)
    (artifacts / f"plan-{code}.pdf").write_bytes(pdf)
    assert len(re.findall(rb"/Type\s*/Page[^s]", pdf)) == 1


@pytest.mark.parametrize("code", ["ar", "fr"])
def test_wide_screen_guide_pages_pass_axe(new_page, site, code):
    page, _watch = new_page(width=1280, locale=code)
    for path in ["help/now/", "help/plan/?a=1", "help/plan/?a=2&b=2&c=1&d=2", "faq/", "/"]:
        page.goto(f"{site}/{code}/{path.lstrip('/')}")
        assert axe_violations(page) == [], path
        assert page.evaluate("document.documentElement.scrollWidth") <= 1280
