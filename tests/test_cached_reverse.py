"""Remembered addresses (portal/core/addresses.py) are the ones reverse() gives, in the
language and under the script prefix of the request at hand."""

import pytest
from django.urls import NoReverseMatch, reverse, set_script_prefix
from django.utils import translation

from portal.core.addresses import cached_reverse


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
