"""With the database unreachable, every public page still answers, fast, with the emergency
numbers: 503 with Retry-After, in the visitor's language, and /readyz says not ready.

The site runs in a subprocess whose DATABASE_URL points at nothing: a closed socket directory
for PostgreSQL (as in CI), a path that cannot exist for SQLite."""

import json
import os
import subprocess
import sys
import tempfile
from pathlib import Path

import pytest
from django.conf import settings

from tests.conftest import public_paths

BASE_DIR = Path(__file__).resolve().parent.parent

SCRIPT = r"""
import json, sys, time
import django
django.setup()
from django.test import Client
from django.test.utils import setup_test_environment
setup_test_environment()
client = Client(raise_request_exception=False)
results = []
for path in json.loads(sys.argv[1]):
    started = time.monotonic()
    response = client.get(path, HTTP_ACCEPT_LANGUAGE="en")
    results.append({
        "path": path,
        "status": response.status_code,
        "seconds": time.monotonic() - started,
        "retry_after": response.get("Retry-After"),
        "cache": response.get("Cache-Control", ""),
        "csp": response.get("Content-Security-Policy", ""),
        "cookies": len(response.cookies),
        "body": response.content.decode(),
    })
print(json.dumps(results))
"""


def unreachable_database_url(tmp):
    if settings.DATABASES["default"]["ENGINE"] == "django.db.backends.postgresql":
        # An empty directory: no server listens on a socket there.
        return f"postgres://postgres@/portal?host={tmp}"
    return f"sqlite:///{tmp}/no-such-dir/db.sqlite3"


def run_without_database(paths):
    with tempfile.TemporaryDirectory(prefix="nodb") as tmp:
        env = {
            **os.environ,
            "DJANGO_SETTINGS_MODULE": "portal.settings",
            "DATABASE_URL": unreachable_database_url(tmp),
            "DEBUG": "0",
            "SECRET_KEY": "tests-only-not-secret",
            "SECURE_SSL_REDIRECT": "0",
        }
        result = subprocess.run(
            [sys.executable, "-c", SCRIPT, json.dumps(paths)],
            cwd=BASE_DIR,
            env=env,
            capture_output=True,
            text=True,
            timeout=300,
        )
    assert result.returncode == 0, result.stderr[-3000:]
    return json.loads(result.stdout.strip().splitlines()[-1]), result.stderr


@pytest.mark.subprocess
@pytest.mark.django_db
def test_public_pages_answer_503_with_the_emergency_numbers(seeded):
    paths = public_paths()
    results, stderr = run_without_database([*paths, "/readyz", "/healthz"])
    by_path = {r["path"]: r for r in results}
    texts = {
        "ar": "هذه الصفحة غير متاحة مؤقتًا",
        "fr": "Cette page est momentanément indisponible",
        "en": "This page is temporarily unavailable",
    }
    for path in paths:
        r = by_path[path]
        code = path.split("/")[1]
        body = r["body"]
        assert r["seconds"] < 5, (path, r["seconds"])
        assert r["cookies"] == 0, path
        assert "default-src 'none'" in r["csp"], path
        assert f'lang="{code}"' in body, path
        if r["status"] == 200:
            # A page built from code alone (the triage questions) keeps working in full.
            assert 'class="help-strip"' in body, path
        else:
            assert r["status"] == 503, (path, body[:500])
            assert r["retry_after"] and int(r["retry_after"]) > 0, path
            assert "no-store" in r["cache"], path
            assert texts[code] in body, path
        for number in ("19", "177", "112"):
            assert f'href="tel:{number}"' in body, (path, number)
        assert "https://www.e-blagh.ma/" in body, path
        assert "Traceback" not in body and "OperationalError" not in body, path
    # Every page that reads the database says so: the home page and the directory at least.
    for code in ("ar", "fr", "en"):
        assert by_path[f"/{code}/"]["status"] == 503
        assert by_path[f"/{code}/directory/"]["status"] == 503
    assert by_path["/readyz"]["status"] == 503
    assert "no-store" in by_path["/readyz"]["cache"]
    assert by_path["/healthz"]["status"] == 200
    # Warnings, not error reports with a stack trace.
    assert "Traceback" not in stderr


def test_a_database_error_outside_any_view_is_a_503_too(rf):
    """Django's 500 handler turns a database failure raised in a middleware into the 503."""
    from django.db import OperationalError
    from django.utils import translation

    from portal.core.views import server_error

    request = rf.get("/fr/")
    with translation.override("fr"):
        try:
            raise OperationalError("connection refused")
        except OperationalError:
            response = server_error(request)
    assert response.status_code == 503
    assert response["Retry-After"]
    assert "Cette page est momentanément indisponible" in response.content.decode()


@pytest.mark.django_db
def test_a_database_failure_in_a_view_is_answered_without_an_error_report(client):
    """In a view, the middleware answers the 503 itself: Django's error path (the 500 handler,
    and got_request_exception, which error reporters listen to) is never taken, so a database
    outage does not raise one error report per visitor."""
    from django.core.signals import got_request_exception
    from django.db import OperationalError, connection

    # Every query fails as with the server gone, whether the ORM or prepared SQL sends it.
    def down(execute, sql, params, many, context):
        raise OperationalError("connection refused")

    reports = []

    def report(sender, **kwargs):
        reports.append(kwargs)

    got_request_exception.connect(report)
    try:
        with connection.execute_wrapper(down):
            response = client.get("/fr/")
    finally:
        got_request_exception.disconnect(report)
    assert response.status_code == 503
    assert "Cette page est momentanément indisponible" in response.content.decode()
    assert reports == []
