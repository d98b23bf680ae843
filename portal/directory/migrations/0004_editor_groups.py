"""Editors and Publishers get their permissions on the help directory (before this, keeping
numbers current needed a superuser); both may read the log of changed contacts."""

from django.db import migrations

from portal.content.groups import grant

MODELS = ["organisation", "contactpoint", "directorysettings"]


def forwards(apps, schema_editor):
    grant(
        apps,
        "directory",
        editor_models=MODELS,
        publishable_models=MODELS,
        view_models=["contactchangelog"],
    )


class Migration(migrations.Migration):
    dependencies = [
        ("auth", "0012_alter_user_first_name_max_length"),
        ("contenttypes", "0002_remove_content_type_name"),
        ("directory", "0003_publish_permissions_contact_change_log"),
    ]

    operations = [migrations.RunPython(forwards, migrations.RunPython.noop)]
