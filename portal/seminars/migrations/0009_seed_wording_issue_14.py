"""Launch texts reworded for issue 14 (advice right for each person, one vocabulary, the
truth about the quick exit, only sourced law). Each row is updated only where it still holds
the old launch text; see portal/content/seed_updates.py and scripts/seed-changes."""

from django.db import migrations

from portal.content.seed_updates import migration

forward, backward = migration("seminars", "0009_seed_wording_issue_14.json")


class Migration(migrations.Migration):
    dependencies = [
        ("content", "0002_seed_records"),
        ("seminars", "0008_editor_groups_every_model"),
    ]

    operations = [migrations.RunPython(forward, backward)]
