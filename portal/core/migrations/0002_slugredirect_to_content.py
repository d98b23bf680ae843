"""SlugRedirect now belongs to the content app (content 0001 takes it over in the state):
here it leaves core's state only. The table `core_slugredirect` and its rows stay."""

from django.db import migrations


class Migration(migrations.Migration):

    dependencies = [
        ('core', '0001_slug_redirects'),
        ('content', '0001_slugredirect_from_core'),
    ]

    operations = [
        migrations.SeparateDatabaseAndState(
            state_operations=[migrations.DeleteModel(name='SlugRedirect')],
            database_operations=[],
        ),
    ]
