from django.core.management.base import BaseCommand

from portal.core.hooks import portal_apps


class Command(BaseCommand):
    help = (
        "Load the launch content of every app (idempotent: running it again updates the "
        "same rows). Each app provides it through PortalAppConfig.load_seed()."
    )

    def handle(self, *args, **options):
        for config in portal_apps():
            config.load_seed(self.stdout)
