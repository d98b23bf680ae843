"""The fixed rows of the small vocabulary tables (regions, audiences, languages), so editors
see every checkbox on a fresh database. The codes live in portal/directory/vocabulary.py."""

from django.db import migrations

from portal.directory.vocabulary import AudienceCode, LanguageCode, RegionCode

TABLES = {"Region": RegionCode, "Audience": AudienceCode, "Language": LanguageCode}


def create_rows(apps, schema_editor):
    for model_name, codes in TABLES.items():
        model = apps.get_model("directory", model_name)
        for code in codes:
            model.objects.get_or_create(code=code.value)


class Migration(migrations.Migration):
    dependencies = [("directory", "0001_initial")]

    operations = [migrations.RunPython(create_rows, migrations.RunPython.noop)]
