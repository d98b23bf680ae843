"""No dead ends in the directory (issue 14): nothing is offered that leads to an empty list,
an empty list says which filter to remove and gives the emergency numbers, and after
filtering the results come before the filters."""

import re

import pytest

from portal.directory.models import Organisation
from tests.directory_factories import make_org

pytestmark = pytest.mark.django_db


def options(html, name):
    select = re.search(rf'<select name="{name}".*?</select>', html, re.S).group(0)
    return re.findall(r'<option value="([^"]*)"', select)


def test_home_offers_only_kinds_with_a_published_entry(client, seeded):
    # In the launch content every child-protection entry is still a draft.
    assert not Organisation.objects.public().filter(kind="child-protection").exists()
    html = client.get("/en/").content.decode()
    assert "?kind=removal-tool" in html
    assert "?kind=child-protection" not in html
    make_org("child-line", kind="child-protection", audiences=["under-18"])
    assert "?kind=child-protection" in client.get("/en/").content.decode()


def test_filters_offer_only_kinds_and_audiences_with_a_published_entry(client, seeded):
    html = client.get("/fr/directory/").content.decode()
    kinds = options(html, "kind")
    assert "removal-tool" in kinds and "platform-reporting" in kinds
    assert "child-protection" not in kinds and "legal-aid" not in kinds
    assert "women" not in options(html, "audience")
    make_org("women-line", kind="women-support", audiences=["women"])
    html = client.get("/fr/directory/").content.decode()
    assert "women-support" in options(html, "kind")
    assert "women" in options(html, "audience")


def test_an_empty_result_names_each_filter_to_remove_and_gives_the_numbers(client, seeded):
    # An old link to a kind with no published entry is still answered, not "not understood".
    response = client.get("/en/directory/?kind=child-protection&open_24_7=on")
    html = response.content.decode()
    assert response.status_code == 200
    assert "was not understood" not in html
    assert "0 results" in html
    assert '<a href="?open_24_7=on">Remove “Kind of help: Child protection”</a>' in html
    assert '<a href="?kind=child-protection">Remove “Open 24/7”</a>' in html
    empty = html[html.index('class="no-results"') :]
    for number in ("19", "177", "112"):
        assert f'href="tel:{number}"' in empty
    # The picked value stays selected in the menu, so the visitor sees what was asked.
    assert "child-protection" in options(html, "kind")


def test_after_filtering_the_results_come_first(client, seeded):
    html = client.get("/en/directory/?kind=removal-tool").content.decode()
    main = html[html.index("<main") :]
    assert main.index('id="results-title"') < main.index('class="directory-filters"')
    assert main.index('id="results-title"') < main.index('class="directory-emergency"')
    assert 'href="#filters-title"' in main
    # Unfiltered, the emergency numbers and the filters come first.
    main = client.get("/en/directory/").content.decode()
    main = main[main.index("<main") :]
    assert main.index('class="directory-emergency"') < main.index('id="results-title"')
    assert main.index('class="directory-filters"') < main.index('id="results-title"')
