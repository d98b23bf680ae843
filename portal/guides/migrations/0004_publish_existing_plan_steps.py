"""Plan steps had no status before; the texts already in plans stay in them."""

from django.db import migrations


def forwards(apps, schema_editor):
    apps.get_model("guides", "PlanStep").objects.update(status="published")


class Migration(migrations.Migration):
    dependencies = [("guides", "0003_workflow_plan_steps_publish_permissions")]

    operations = [migrations.RunPython(forwards, migrations.RunPython.noop)]
