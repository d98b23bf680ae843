"""Project-wide checks: migrations, deployment settings, settings that refuse to run unsafely."""

import os
import subprocess
import sys
import tempfile
from pathlib import Path

import pytest
from django.core.management import call_command

BASE_DIR = Path(__file__).resolve().parent.parent
PRODUCTION_ENV = {
    "SECRET_KEY": "a-long-random-production-like-secret-key-0123456789-abcdefghijklmnop",
    "DEBUG": "0",
    "ALLOWED_HOSTS": "portal.example.org",
    "ADMIN_URL": "staff-entrance/",
    "SECURITY_TXT_CONTACT": "mailto:security@portal.example.org",
    "SITE_URL": "https://portal.example.org",
}


def manage(*args, env=None):
    # Start from this environment less anything that relaxes the production defaults.
    base = {
        k: v
        for k, v in os.environ.items()
        if k not in {"SECRET_KEY", "DEBUG", "ALLOWED_HOSTS", "DJANGO_ALLOW_ASYNC_UNSAFE"}
        and not k.startswith("SECURE_")
        and not k.endswith("_COOKIE_SECURE")
    }
    # The production settings, not the test suite's (pytest-django exports its own module).
    base["DJANGO_SETTINGS_MODULE"] = "portal.settings"
    # A fresh clone has no var/ yet (make run creates it), and the system checks open the
    # database: without DATABASE_URL they get a SQLite file of their own.
    base.setdefault("DATABASE_URL", f"sqlite:///{tempfile.gettempdir()}/portal-check.sqlite3")
    return subprocess.run(
        [sys.executable, "manage.py", *args],
        cwd=BASE_DIR,
        env={**base, **(env or {})},
        capture_output=True,
        text=True,
        timeout=120,
    )


@pytest.mark.django_db
def test_models_and_migrations_agree():
    call_command("makemigrations", "--check", "--dry-run", verbosity=0)


@pytest.mark.subprocess
def test_check_deploy_passes_with_production_settings():
    result = manage("check", "--deploy", "--fail-level", "WARNING", env=PRODUCTION_ENV)
    assert result.returncode == 0, result.stdout + result.stderr


@pytest.mark.subprocess
def test_refuses_to_start_without_secret_key_when_debug_is_off():
    result = manage("check", env={"DEBUG": "0"})
    assert result.returncode != 0
    assert "SECRET_KEY is not set" in result.stderr


@pytest.mark.subprocess
def test_admin_path_comes_from_the_environment():
    code = "from django.urls import reverse; print(reverse('admin:index'))"
    result = manage("shell", "--no-imports", "-c", code, env=PRODUCTION_ENV)
    assert result.stdout.strip() == "/staff-entrance/", result.stderr


def test_no_machine_specific_path_in_the_project():
    tracked = subprocess.run(
        ["git", "ls-files"], cwd=BASE_DIR, capture_output=True, text=True
    ).stdout.split()
    for name in tracked:
        if not name.endswith((".py", ".html", ".css", ".js", "Makefile", ".toml", ".txt")):
            continue
        text = (BASE_DIR / name).read_text(encoding="utf-8", errors="replace")
        for needle in ("/work/", "/root/", ".pyenv/versions", "../shared"):
            assert needle not in text or name.startswith("tests/"), (name, needle)


@pytest.mark.subprocess
def test_check_deploy_warns_about_default_admin_path_and_missing_security_contact():
    env = {**PRODUCTION_ENV, "ADMIN_URL": "admin/", "SECURITY_TXT_CONTACT": ""}
    result = manage("check", "--deploy", "--fail-level", "WARNING", env=env)
    assert result.returncode != 0
    assert "portal.W001" in result.stderr and "portal.W002" in result.stderr


@pytest.mark.subprocess
def test_check_deploy_warns_about_an_expired_security_txt():
    env = {**PRODUCTION_ENV, "SECURITY_TXT_EXPIRES": "2020-01-01T00:00:00Z"}
    result = manage("check", "--deploy", "--fail-level", "WARNING", env=env)
    assert "portal.W004" in result.stderr, result.stderr


@pytest.mark.subprocess
def test_production_cookies_use_the_host_prefix():
    code = (
        "from django.conf import settings as s; "
        "print(s.SESSION_COOKIE_NAME, s.SESSION_COOKIE_PATH, "
        "s.CSRF_COOKIE_NAME, s.CSRF_COOKIE_PATH)"
    )
    result = manage("shell", "--no-imports", "-c", code, env=PRODUCTION_ENV)
    assert result.stdout.split() == ["__Host-sessionid", "/", "__Host-csrftoken", "/"], (
        result.stderr
    )
    local = manage("shell", "--no-imports", "-c", code, env={"DEBUG": "1", "ADMIN_URL": "desk/"})
    assert local.stdout.split() == ["sessionid", "/desk/", "csrftoken", "/desk/"], local.stderr


@pytest.mark.subprocess
def test_only_the_configured_admin_path_opens_the_admin():
    code = (
        "from django.urls import Resolver404, resolve\n"
        "def namespace(path):\n"
        "    try:\n"
        "        return resolve(path).namespace or '-'\n"
        "    except Resolver404:\n"
        "        return 'none'\n"
        "print(namespace('/admin/'), namespace('/admin/login/'), namespace('/staff-entrance/'))"
    )
    result = manage("shell", "--no-imports", "-c", code, env=PRODUCTION_ENV)
    assert result.stdout.split() == ["none", "none", "admin"], result.stdout + result.stderr
