from django.apps import apps
from django.core.management.base import BaseCommand


class Command(BaseCommand):
    help = (
        "Load the launch content of every app (idempotent: running it again updates the "
        "same rows). Each app provides it through AppConfig.load_seed()."
    )

    def handle(self, *args, **options):
        for config in apps.get_app_configs():
            load_seed = getattr(config, "load_seed", None)
            if load_seed:
                load_seed(self.stdout)
