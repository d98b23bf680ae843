import subprocess
from pathlib import Path

from django.core.management.base import BaseCommand, CommandError

from portal.ops.backups import pg_env, pg_settings, pg_tool


class Command(BaseCommand):
    help = (
        "Restore a dump made by `manage.py backup` into the database of DATABASE_URL (or "
        "--database-url), replacing the tables it contains, in one transaction."
    )

    def add_arguments(self, parser):
        parser.add_argument("file")
        parser.add_argument("--database-url", help="restore into this database instead")

    def handle(self, file, database_url=None, **options):
        path = Path(file)
        if not path.is_file():
            raise CommandError(f"No such backup file: {path}")
        db = pg_settings(database_url)
        result = subprocess.run(
            [
                pg_tool("pg_restore"),
                "--clean",
                "--if-exists",
                "--no-owner",
                "--single-transaction",
                "--exit-on-error",
                "--dbname",
                db["NAME"],
                str(path),
            ],
            env=pg_env(db),
            capture_output=True,
            text=True,
        )
        if result.returncode != 0:
            raise CommandError(f"pg_restore failed: {result.stderr.strip()}")
        self.stdout.write(f"restored {path} into {db['NAME']}")
