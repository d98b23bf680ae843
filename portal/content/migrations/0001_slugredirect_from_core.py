"""SlugRedirect moved from core to content: the table stays `core_slugredirect` with its rows;
only Django's record of which app owns the model changes (core 0002 drops it from core's
state). The model's content type row is renamed too, so permissions given on it follow."""

import django.db.models.deletion
from django.db import migrations, models


def rename_content_type(apps, schema_editor):
    ContentType = apps.get_model("contenttypes", "ContentType")
    if not ContentType.objects.filter(app_label="content", model="slugredirect").exists():
        ContentType.objects.filter(app_label="core", model="slugredirect").update(
            app_label="content"
        )


def restore_content_type(apps, schema_editor):
    ContentType = apps.get_model("contenttypes", "ContentType")
    if not ContentType.objects.filter(app_label="core", model="slugredirect").exists():
        ContentType.objects.filter(app_label="content", model="slugredirect").update(
            app_label="core"
        )


class Migration(migrations.Migration):

    initial = True

    dependencies = [
        ('contenttypes', '0002_remove_content_type_name'),
        ('core', '0001_slug_redirects'),
    ]

    operations = [
        migrations.SeparateDatabaseAndState(
            state_operations=[
                migrations.CreateModel(
                    name='SlugRedirect',
                    fields=[
                        ('id', models.BigAutoField(auto_created=True, primary_key=True, serialize=False, verbose_name='ID')),
                        ('object_id', models.PositiveBigIntegerField(help_text='The object the old address now leads to.', verbose_name='object')),
                        ('old_slug', models.SlugField(help_text='The address part that was replaced.', max_length=100, verbose_name='old address')),
                        ('created_at', models.DateTimeField(auto_now_add=True, verbose_name='created')),
                        ('content_type', models.ForeignKey(help_text='The kind of content the address belonged to.', on_delete=django.db.models.deletion.CASCADE, to='contenttypes.contenttype', verbose_name='content type')),
                    ],
                    options={
                        'verbose_name': 'old address',
                        'verbose_name_plural': 'old addresses',
                        'db_table': 'core_slugredirect',
                        'constraints': [models.UniqueConstraint(fields=('content_type', 'old_slug'), name='unique_old_slug_per_type')],
                    },
                ),
            ],
            database_operations=[],
        ),
        migrations.RunPython(rename_content_type, restore_content_type),
    ]
