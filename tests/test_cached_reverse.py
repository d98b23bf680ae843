"""Remembered addresses (portal/core/addresses.py) are the ones reverse() gives, in the
language and under the script prefix of the request at hand."""

import pytest
from django.urls import NoReverseMatch, reverse, set_script_prefix
from django.utils import translation

from portal.core.addresses import cached_reverse, page_reverse
from portal.jinja2 import page_helpers, translate, url


@pytest.fixture
def prefix():
    yield set_script_prefix
    set_script_prefix("/")


def test_an_address_follows_the_language_and_the_script_prefix(prefix):
    for code in ("ar", "fr", "en"):
        with translation.override(code):
            assert cached_reverse("guides:urgent") == f"/{code}/help/now/"
            slug = {"slug": "safe-browsing"}
            assert cached_reverse("guides:guide_detail", kwargs=slug) == reverse(
                "guides:guide_detail", kwargs=slug
            )
    prefix("/portal/")
    with translation.override("fr"):
        assert cached_reverse("guides:urgent") == "/portal/fr/help/now/"


def test_an_unknown_address_raises_as_reverse_does():
    with pytest.raises(NoReverseMatch):
        cached_reverse("guides:no-such-page")


def test_a_pages_own_helpers_give_what_the_global_ones_give(rf, prefix):
    # page_helpers binds _ and url to the page's language: the same texts and addresses.
    request = rf.get("/")
    for code in ("ar", "fr", "en"):
        with translation.override(code):
            helpers = page_helpers(request)
            for text in ("Exit this page", "Emergency numbers", "Stop online blackmail"):
                assert helpers["_"](text) == translate(text)
            assert helpers["url"]("guides:urgent") == url("guides:urgent")
            assert helpers["url"]("guides:guide_detail", slug="safe-browsing") == url(
                "guides:guide_detail", slug="safe-browsing"
            )
    with translation.override("fr"):
        assert page_helpers(request)["_"]("Exit this page") == "Quitter cette page"
        prefix("/portal/")
        assert page_reverse()("guides:urgent") == "/portal/fr/help/now/"
