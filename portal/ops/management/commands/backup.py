import subprocess
from datetime import UTC, datetime
from pathlib import Path

from django.conf import settings
from django.core.management.base import BaseCommand, CommandError

from portal.ops.backups import pg_env, pg_settings, pg_tool


class Command(BaseCommand):
    help = (
        "Dump the PostgreSQL database of DATABASE_URL in pg_dump's custom format to "
        "var/backups/portal-<UTC time>.dump (or --output). Prints the file's path."
    )

    def add_arguments(self, parser):
        parser.add_argument("--output", help="file to write (default under var/backups/)")

    def handle(self, output=None, **options):
        db = pg_settings()
        if output:
            path = Path(output)
        else:
            stamp = datetime.now(UTC).strftime("%Y%m%dT%H%M%SZ")
            path = Path(settings.BASE_DIR) / "var" / "backups" / f"portal-{stamp}.dump"
        path.parent.mkdir(parents=True, exist_ok=True)
        result = subprocess.run(
            [pg_tool("pg_dump"), "--format=custom", "--no-owner", "--file", str(path)],
            env=pg_env(db),
            capture_output=True,
            text=True,
        )
        if result.returncode != 0:
            path.unlink(missing_ok=True)
            raise CommandError(f"pg_dump failed: {result.stderr.strip()}")
        self.stdout.write(str(path))
