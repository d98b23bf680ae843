"""Fill a throwaway database with a generated corpus for `make bench`: 1,000 articles and
300 directory entries by default, on top of the launch content (load_demo)."""

from django.core.management.base import BaseCommand, CommandError
from django.db import transaction

from portal.ops import corpus
from portal.seminars.models import Article


class Command(BaseCommand):
    help = "Add generated articles and directory entries to a throwaway database (benchmarks)."

    def add_arguments(self, parser):
        parser.add_argument("--articles", type=int, default=1000)
        parser.add_argument("--organisations", type=int, default=300)
        parser.add_argument(
            "--throwaway",
            action="store_true",
            help="Required: say that this database may receive generated content.",
        )

    def handle(self, *args, **options):
        if not options["throwaway"]:
            raise CommandError("This adds fake content: run it only on a throwaway database.")
        if Article.objects.filter(slug__startswith="bench-article-").exists():
            self.stdout.write("The generated corpus is already there.")
            return
        with transaction.atomic():
            corpus.articles(options["articles"])
            corpus.organisations(options["organisations"])
        self.stdout.write(
            f"Added {options['articles']} articles and {options['organisations']} directory "
            "entries."
        )
