"""The fixed rows of the small vocabulary tables (regions, audiences, languages), so editors
see every checkbox on a fresh database. The codes are those of the models' `code` choices
(portal/directory/choices.py, portal/content/choices.py) when this migration was written:
written out here so that a later change of the code lists cannot change this migration."""

from django.db import migrations

TABLES = {
    "Region": (
        "tanger-tetouan-al-hoceima", "oriental", "fes-meknes", "rabat-sale-kenitra",
        "beni-mellal-khenifra", "casablanca-settat", "marrakech-safi", "draa-tafilalet",
        "souss-massa", "guelmim-oued-noun", "laayoune-sakia-el-hamra", "dakhla-oued-ed-dahab",
        "nationwide", "online", "international",
    ),
    "Audience": ("everyone", "under-18", "adults", "women"),
    "Language": ("ar", "ary", "zgh", "fr", "en"),
}


def create_rows(apps, schema_editor):
    for model_name, codes in TABLES.items():
        model = apps.get_model("directory", model_name)
        for code in codes:
            model.objects.get_or_create(code=code)


class Migration(migrations.Migration):
    dependencies = [("directory", "0001_initial")]

    operations = [migrations.RunPython(create_rows, migrations.RunPython.noop)]
