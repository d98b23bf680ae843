from django.conf import settings
from django.core.management.base import BaseCommand, CommandError

from portal.directory.models import Organisation


class Command(BaseCommand):
    help = (
        "List the published directory entries whose last check is older than "
        "DIRECTORY_STALE_AFTER_DAYS. Meant for cron: exits with status 1 when there is any, "
        "so the cron mail or monitoring tells the editors."
    )

    def handle(self, *args, **options):
        stale = Organisation.objects.published().stale().order_by("verified_on", "slug")
        for organisation in stale:
            self.stdout.write(
                f"{organisation.slug}\t{organisation.verified_on or 'never verified'}\t"
                f"{organisation.name}"
            )
        count = len(stale)
        if count:
            raise CommandError(
                f"{count} published entr{'y is' if count == 1 else 'ies are'} stale "
                f"(not verified in the last {settings.DIRECTORY_STALE_AFTER_DAYS} days).",
                returncode=1,
            )
        self.stdout.write(self.style.SUCCESS("No stale published entry."))
