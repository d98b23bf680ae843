"""`make backup` / `make restore`: a dump of a database with content in three languages,
restored into a fresh database, gives back every row and every translation unchanged.

Runs only on PostgreSQL (CI's second run); on SQLite it is skipped with the reason."""

import io
import os
import subprocess
import uuid

import psycopg
import pytest
from django.apps import apps
from django.conf import settings
from django.core.management import CommandError, call_command
from django.db import connection

IS_POSTGRES = settings.DATABASES["default"]["ENGINE"] == "django.db.backends.postgresql"


def test_backup_refuses_anything_but_postgresql(settings):
    if IS_POSTGRES:
        pytest.skip("checks the message shown on SQLite")
    with pytest.raises(CommandError, match="Backups need PostgreSQL"):
        call_command("backup", stdout=io.StringIO())


def conninfo(dbname):
    params = connection.get_connection_params()
    params = {k: v for k, v in params.items() if k in {"host", "port", "user", "password"}}
    params["dbname"] = dbname
    return params


def table_rows(dbname):
    """Every row of every table of our models, in primary-key order."""
    rows = {}
    with psycopg.connect(**conninfo(dbname)) as conn, conn.cursor() as cursor:
        for model in apps.get_models(include_auto_created=True):
            table = model._meta.db_table
            pk = model._meta.pk.column
            cursor.execute(f'SELECT * FROM "{table}" ORDER BY "{pk}"')
            rows[table] = cursor.fetchall()
    return rows


@pytest.mark.skipif(
    not IS_POSTGRES, reason="backups are PostgreSQL dumps: needs DATABASE_URL=postgres://..."
)
@pytest.mark.subprocess
@pytest.mark.django_db(transaction=True)
def test_dump_and_restore_keep_every_row_and_translation(tmp_path, seeded):
    from portal.seminars.models import Article

    # Content in all three languages is there to be saved.
    article = Article.objects.first()
    assert article.title_ar and article.title_fr and article.title_en
    source = connection.settings_dict["NAME"]
    dump = tmp_path / "portal.dump"
    call_command("backup", "--output", str(dump), stdout=io.StringIO())
    assert dump.stat().st_size > 0
    assert dump.read_bytes()[:5] == b"PGDMP"  # pg_dump's custom format

    fresh = f"restore_{uuid.uuid4().hex[:8]}"
    with psycopg.connect(**conninfo("postgres"), autocommit=True) as admin:
        admin.execute(f'CREATE DATABASE "{fresh}"')
    try:
        params = conninfo(fresh)
        host = params.get("host", "")
        url = f"postgres://{params.get('user', '')}@/{fresh}?host={host}"
        if params.get("port"):
            url = f"postgres://{params.get('user', '')}@{host}:{params['port']}/{fresh}"
        call_command("restore", str(dump), "--database-url", url, stdout=io.StringIO())
        before, after = table_rows(source), table_rows(fresh)
        assert sum(len(rows) for rows in before.values()) > 20
        assert before == after
        # And the Arabic, French and English texts read back byte for byte.
        with psycopg.connect(**conninfo(fresh)) as conn:
            title = conn.execute(
                f'SELECT title_ar, title_fr, title_en FROM "{Article._meta.db_table}" '
                "WHERE id = %s",
                [article.pk],
            ).fetchone()
        assert title == (article.title_ar, article.title_fr, article.title_en)
    finally:
        with psycopg.connect(**conninfo("postgres"), autocommit=True) as admin:
            admin.execute(f'DROP DATABASE IF EXISTS "{fresh}" WITH (FORCE)')


@pytest.mark.subprocess
def test_make_backup_without_postgresql_says_why(tmp_path):
    if IS_POSTGRES:
        pytest.skip("checks the message shown on SQLite")
    env = {**os.environ, "DATABASE_URL": f"sqlite:///{tmp_path}/db.sqlite3"}
    env["DJANGO_SETTINGS_MODULE"] = "portal.settings"
    result = subprocess.run(
        ["make", "--no-print-directory", "backup"],
        cwd=settings.BASE_DIR,
        env=env,
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert result.returncode != 0
    assert "Backups need PostgreSQL" in result.stdout + result.stderr
