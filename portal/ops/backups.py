"""PostgreSQL backups with pg_dump's custom format, used by `manage.py backup` / `restore`
(`make backup`, `make restore FILE=...`)."""

import os
import shutil
from pathlib import Path

import dj_database_url
from django.conf import settings
from django.core.management.base import CommandError


def pg_tool(name):
    """pg_dump or pg_restore: from PGBIN if set (CI exports it), else from the PATH."""
    pgbin = os.environ.get("PGBIN")
    path = str(Path(pgbin) / name) if pgbin else shutil.which(name)
    if not path or not Path(path).exists():
        raise CommandError(f"{name} not found: install the PostgreSQL client or set PGBIN.")
    return path


def pg_settings(database_url=None):
    """Connection settings of DATABASE_URL (or the given URL); refuses anything else than
    PostgreSQL with a clear message."""
    db = dj_database_url.parse(database_url) if database_url else settings.DATABASES["default"]
    if db["ENGINE"] != "django.db.backends.postgresql":
        raise CommandError(
            "Backups need PostgreSQL: set DATABASE_URL to postgres://user@host/name "
            f"(the database is {db['ENGINE'].rsplit('.', 1)[-1]})."
        )
    return db


def pg_env(db):
    """libpq's environment variables, so no password ever appears on a command line."""
    env = {**os.environ, "PGDATABASE": db["NAME"], "PGCONNECT_TIMEOUT": "5"}
    options = db.get("OPTIONS") or {}
    host = db.get("HOST") or options.get("host")
    for key, value in (
        ("PGHOST", host),
        ("PGPORT", db.get("PORT")),
        ("PGUSER", db.get("USER")),
        ("PGPASSWORD", db.get("PASSWORD")),
    ):
        if value:
            env[key] = str(value)
    return env
