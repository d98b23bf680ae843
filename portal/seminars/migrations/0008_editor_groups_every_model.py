"""Editors and Publishers get their permissions on every seminars model, publish included."""

from django.db import migrations

from portal.content.groups import grant

MODELS = ["event", "speaker", "talk", "article", "topic"]


def forwards(apps, schema_editor):
    grant(apps, "seminars", editor_models=MODELS, publishable_models=MODELS)


class Migration(migrations.Migration):
    dependencies = [
        ("auth", "0012_alter_user_first_name_max_length"),
        ("contenttypes", "0002_remove_content_type_name"),
        ("seminars", "0007_publish_existing_speakers_topics"),
    ]

    operations = [migrations.RunPython(forwards, migrations.RunPython.noop)]
