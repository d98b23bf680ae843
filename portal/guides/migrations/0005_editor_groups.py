"""Editors and Publishers get their permissions on guides, steps, links, the FAQ, the plan
texts and the quick exit: before this, only a superuser could change them."""

from django.db import migrations

from portal.content.groups import grant

MODELS = ["guide", "step", "steplink", "faqentry", "planstep", "quickexitsettings"]


def forwards(apps, schema_editor):
    grant(apps, "guides", editor_models=MODELS, publishable_models=MODELS)


class Migration(migrations.Migration):
    dependencies = [
        ("auth", "0012_alter_user_first_name_max_length"),
        ("contenttypes", "0002_remove_content_type_name"),
        ("guides", "0004_publish_existing_plan_steps"),
    ]

    operations = [migrations.RunPython(forwards, migrations.RunPython.noop)]
