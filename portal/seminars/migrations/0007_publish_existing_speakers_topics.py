"""Speakers and topics had no status before; those already on the site stay on it."""

from django.db import migrations


def forwards(apps, schema_editor):
    for name in ("Speaker", "Topic"):
        apps.get_model("seminars", name).objects.update(status="published")


class Migration(migrations.Migration):
    dependencies = [("seminars", "0006_workflow_speakers_topics_publish_permissions")]

    operations = [migrations.RunPython(forwards, migrations.RunPython.noop)]
