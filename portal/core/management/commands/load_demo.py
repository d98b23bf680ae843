from django.apps import apps
from django.core.management.base import BaseCommand


class Command(BaseCommand):
    help = (
        "Create the launch content of every app that is not there yet. Each object is "
        "created once, in a first revision, and never changed or recreated afterwards, "
        "whatever editors did to it (portal/content/seed.py). Each app provides its content "
        "through AppConfig.load_seed()."
    )

    def handle(self, *args, **options):
        for config in apps.get_app_configs():
            load_seed = getattr(config, "load_seed", None)
            if load_seed:
                load_seed(self.stdout)
