from django.core.management.base import BaseCommand

from ... import index


class Command(BaseCommand):
    help = (
        "Build the search index again from the database (after changes saved without signals: "
        "update(), raw SQL, a restored dump)."
    )

    def handle(self, *args, **options):
        count = index.rebuild()
        self.stdout.write(f"{count} objects indexed.")
