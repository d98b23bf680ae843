"""The Editors and Publishers groups get their permissions on the seminars models."""

from django.db import migrations

from portal.content.groups import grant


def forwards(apps, schema_editor):
    grant(
        apps,
        "seminars",
        editor_models=["event", "speaker", "talk", "article", "topic"],
        publishable_models=["event", "article"],
    )


class Migration(migrations.Migration):
    dependencies = [
        ("auth", "0012_alter_user_first_name_max_length"),
        ("contenttypes", "0002_remove_content_type_name"),
        ("seminars", "0002_workflow_topics_images"),
    ]

    operations = [migrations.RunPython(forwards, migrations.RunPython.noop)]
