"""Guides and the help directory share one audience vocabulary (portal/content/choices.py):
the guides' "under18" and "adult" become the directory's "under-18" and "adults". Stored
values are converted both ways, so nothing is lost in either direction."""

from django.db import migrations, models

RENAMED = {"under18": "under-18", "adult": "adults"}


def convert(mapping):
    def run(apps, schema_editor):
        Guide = apps.get_model("guides", "Guide")
        for old, new in mapping.items():
            Guide.objects.filter(audience=old).update(audience=new)

    return run


class Migration(migrations.Migration):

    dependencies = [
        ('guides', '0001_guides_faq_plan_quick_exit'),
    ]

    operations = [
        migrations.AlterField(
            model_name='guide',
            name='audience',
            field=models.CharField(choices=[('under-18', 'Victim under 18'), ('adults', 'Adult victim'), ('parent', 'Parent or teacher'), ('friend', 'Friend helping'), ('everyone', 'Everyone')], default='everyone', help_text='Who the guide is written for; shown on the guide list.', max_length=16, verbose_name='audience'),
        ),
        migrations.RunPython(
            convert(RENAMED), convert({new: old for old, new in RENAMED.items()})
        ),
    ]
