from django.core.management.base import BaseCommand

from portal.core.hooks import portal_apps


class Command(BaseCommand):
    help = (
        "Create the launch content of every app that is not there yet. Each object is "
        "created once, in a first revision, and never changed or recreated afterwards, "
        "whatever editors did to it (portal/content/seed.py). Each app provides its content "
        "through PortalAppConfig.load_seed()."
    )

    def handle(self, *args, **options):
        for config in portal_apps():
            config.load_seed(self.stdout)
