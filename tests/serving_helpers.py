"""Real parts on loopback for the scale-out tests: a Redis of the test's own, a database the
app servers share (a fresh PostgreSQL database when DATABASE_URL is set, a SQLite file
otherwise), gunicorn app servers with the project's gunicorn.conf.py, and a plain HTTP client
with a cookie jar. Every process is started in a temporary directory, on a free port, and
stopped by the test that started it."""

import http.client
import json
import os
import shutil
import signal
import socket
import subprocess
import sys
import time
import uuid
from contextlib import contextmanager
from http.cookies import SimpleCookie
from pathlib import Path
from urllib.parse import urlencode

import pytest
from django.conf import settings

BASE_DIR = Path(__file__).resolve().parent.parent
GUNICORN = Path(sys.executable).with_name("gunicorn")
IS_POSTGRES = settings.DATABASES["default"]["ENGINE"] == "django.db.backends.postgresql"
SECRET = "tests-only-shared-secret-of-the-app-servers"


def free_port():
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def wait_until(ready, what, process=None, seconds=60):
    deadline = time.monotonic() + seconds
    while not ready():
        if process is not None and process.poll() is not None:
            pytest.fail(f"{what} exited with {process.returncode}")
        if time.monotonic() > deadline:
            pytest.fail(f"{what} did not start within {seconds} s")
        time.sleep(0.2)


def stop(process, how=signal.SIGTERM):
    if process.poll() is None:
        process.send_signal(how)
        try:
            process.wait(timeout=20)
        except subprocess.TimeoutExpired:
            process.kill()
            process.wait()


def answers(port):
    try:
        with socket.create_connection(("127.0.0.1", port), timeout=1):
            pass
    except OSError:
        return False
    return True


@contextmanager
def redis_server(tmp):
    """redis-server from Debian on a free loopback port, its files in `tmp`; yields its URL,
    its port and its process (a test may stop it)."""
    binary = shutil.which("redis-server")
    assert binary, "redis-server is missing: apt-get install -y redis-server (.ci/run does)"
    port = free_port()
    process = subprocess.Popen(
        [
            *(binary, "--port", str(port), "--bind", "127.0.0.1", "--dir", str(tmp)),
            *("--save", "", "--appendonly", "no", "--daemonize", "no", "--logfile", ""),
        ],
        cwd=tmp,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    try:
        wait_until(lambda: answers(port), "redis-server", process)
        yield f"redis://127.0.0.1:{port}/0", port, process
    finally:
        stop(process)


def redis_keys(port):
    """Every key in that Redis, through redis-cli (the Debian package's client)."""
    result = subprocess.run(
        ["redis-cli", "-h", "127.0.0.1", "-p", str(port), "--scan"],
        capture_output=True,
        text=True,
        timeout=10,
        check=True,
    )
    return result.stdout.split()


def _pg_params(dbname):
    from django.db import connection

    params = connection.get_connection_params()
    params = {k: v for k, v in params.items() if k in {"host", "port", "user", "password"}}
    params["dbname"] = dbname
    return params


@contextmanager
def shared_database(tmp):
    """A DATABASE_URL for the app servers: a fresh PostgreSQL database beside the test
    database (on CI's second run), or a SQLite file in `tmp`."""
    if not IS_POSTGRES:
        yield f"sqlite:///{tmp}/shared.sqlite3"
        return
    import psycopg

    name = f"scale_{uuid.uuid4().hex[:8]}"
    with psycopg.connect(**_pg_params("postgres"), autocommit=True) as admin:
        admin.execute(f'CREATE DATABASE "{name}"')
    try:
        params = _pg_params(name)
        user, host = params.get("user", ""), params.get("host", "")
        password = f":{params['password']}" if params.get("password") else ""
        if params.get("port"):
            yield f"postgres://{user}{password}@{host}:{params['port']}/{name}"
        else:
            yield f"postgres://{user}{password}@/{name}?host={host}"
    finally:
        with psycopg.connect(**_pg_params("postgres"), autocommit=True) as admin:
            admin.execute(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')


def server_env(tmp, database_url, **extra):
    """Production settings over plain HTTP on loopback: DEBUG off, the HTTPS-only switches
    off as `make serve` has them, the same SECRET_KEY on every app server."""
    env = {
        key: value
        for key, value in os.environ.items()
        if not key.startswith(("AWS_", "REDIS_", "MEDIA_", "DJANGO_", "SECURE_"))
    }
    env.update(
        DJANGO_SETTINGS_MODULE="portal.settings",
        DEBUG="0",
        SECRET_KEY=SECRET,
        DATABASE_URL=database_url,
        SECURE_SSL_REDIRECT="0",
        SESSION_COOKIE_SECURE="0",
        CSRF_COOKIE_SECURE="0",
        SECURE_HSTS_SECONDS="0",
        MEDIA_ROOT=str(Path(tmp) / "media"),
        STATIC_ROOT=str(Path(tmp) / "static"),
        STATICFILES_STORAGE="django.contrib.staticfiles.storage.StaticFilesStorage",
        EMAIL_BACKEND="django.core.mail.backends.locmem.EmailBackend",
        PYTHONPATH=str(BASE_DIR),
        # Each test server has a port of its own, and the tests call it by address and port.
        SITE_URL="http://127.0.0.1",
        ALLOWED_PORTS="*",
        # The page cache's per-machine stamp (used without a shared cache): not the tree's var/.
        PAGE_CACHE_STAMP_FILE=str(Path(tmp) / "page-cache.stamp"),
    )
    env.update(extra)
    return env


def run_django(env, script, *args, timeout=600):
    """Run `script` (Python, after django.setup()) with `env`; its last stdout line is JSON."""
    code = "import django\ndjango.setup()\n" + script
    result = subprocess.run(
        [sys.executable, "-c", code, *args],
        cwd=BASE_DIR,
        env=env,
        capture_output=True,
        text=True,
        timeout=timeout,
    )
    assert result.returncode == 0, result.stderr[-4000:]
    return json.loads(result.stdout.strip().splitlines()[-1])


@contextmanager
def app_server(env, log_path, workers=2):
    """gunicorn with the project's gunicorn.conf.py on a free loopback port; yields the port."""
    assert GUNICORN.exists(), f"gunicorn missing at {GUNICORN}: run make install"
    port = free_port()
    with open(log_path, "w") as log:
        process = subprocess.Popen(
            [
                *(str(GUNICORN), "--config", str(BASE_DIR / "gunicorn.conf.py"), "portal.wsgi"),
                *("--bind", f"127.0.0.1:{port}", "--workers", str(workers)),
            ],
            cwd=BASE_DIR,
            env=env,
            stdout=log,
            stderr=subprocess.STDOUT,
        )
    try:
        # Any HTTP answer will do: with the production settings it is the redirect to HTTPS.
        wait_until(lambda: 200 <= fetch(port, "/healthz").status < 400, "gunicorn", process)
        yield port
    finally:
        # SIGINT: gunicorn's quick shutdown (SIGTERM waits for idle connections to close).
        stop(process, signal.SIGINT)


class Response:
    def __init__(self, raw):
        self.status = raw.status
        self.headers = raw.headers
        self.body = raw.read().decode("utf-8", "replace")

    def header(self, name):
        return self.headers.get(name)


def fetch(port, path, method="GET", headers=None, body=None):
    connection = http.client.HTTPConnection("127.0.0.1", port, timeout=30)
    try:
        connection.request(method, path, body=body, headers=headers or {})
        return Response(connection.getresponse())
    except OSError as error:
        response = Response.__new__(Response)
        response.status, response.headers, response.body = 0, {}, str(error)
        return response
    finally:
        connection.close()


class Visitor:
    """A browser reduced to what the tests need: one cookie jar for every app server (they
    sit behind one address in production), no redirect followed unless asked."""

    def __init__(self, cookies=None, language="en"):
        self.cookies = dict(cookies or {})
        self.language = language

    def request(self, port, path, method="GET", data=None):
        headers = {"Accept-Language": self.language}
        if self.cookies:
            headers["Cookie"] = "; ".join(f"{k}={v}" for k, v in self.cookies.items())
        body = None
        if data is not None:
            body = urlencode(data, doseq=True)
            headers["Content-Type"] = "application/x-www-form-urlencoded"
        response = fetch(port, path, method, headers, body)
        for line in response.headers.get_all("Set-Cookie") or []:
            for name, morsel in SimpleCookie(line).items():
                if morsel["max-age"] == "0" or not morsel.value:
                    self.cookies.pop(name, None)
                else:
                    self.cookies[name] = morsel.value
        return response

    def get(self, port, path):
        return self.request(port, path)

    def post(self, port, path, data):
        return self.request(port, path, "POST", data)
