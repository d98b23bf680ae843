"""The Editors and Publishers groups get their permissions on pages."""

from django.db import migrations

from portal.content.groups import grant


def forwards(apps, schema_editor):
    grant(apps, "pages", editor_models=["page"], publishable_models=["page"])


class Migration(migrations.Migration):
    dependencies = [
        ("auth", "0012_alter_user_first_name_max_length"),
        ("contenttypes", "0002_remove_content_type_name"),
        ("pages", "0001_pages"),
    ]

    operations = [migrations.RunPython(forwards, migrations.RunPython.noop)]
