"""Every way the site is served (gunicorn with the project's config, as in production;
`make serve`; `make run`) writes the access log in the one format of portal/access_log.py:
no query string (the triage's answers travel in it) and no visitor address unless
ACCESS_LOG_IP=1. gunicorn believes no X-Forwarded-* header unless told whom to trust."""

import os
import signal
import socket
import subprocess
import sys
import time
import urllib.request
from contextlib import contextmanager
from pathlib import Path

import pytest

pytestmark = pytest.mark.subprocess

BASE_DIR = Path(__file__).resolve().parent.parent
GUNICORN = Path(sys.executable).with_name("gunicorn")
# What a 16-year-old who shared images and paid would have answered.
TRIAGE = "/ar/help/plan/?a=1&b=1&c=1&d=1"


def free_port():
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def get(port, path, headers=None):
    request = urllib.request.Request(f"http://127.0.0.1:{port}{path}", headers=headers or {})

    class NoRedirect(urllib.request.HTTPRedirectHandler):
        def redirect_request(self, *args, **kwargs):
            return None

    opener = urllib.request.build_opener(NoRedirect)
    try:
        return opener.open(request, timeout=10).status
    except urllib.error.HTTPError as error:
        return error.code


@contextmanager
def served(command, tmp_path, port, **extra_env):
    """Run `command` (in its own process group) until /healthz answers; on exit stop it and
    put everything it printed in the yielded list."""
    env = {
        **os.environ,
        "SECRET_KEY": "tests-only-not-secret",
        "DJANGO_SETTINGS_MODULE": "portal.settings",
        "DATABASE_URL": f"sqlite:///{tmp_path / 'db.sqlite3'}",
        "STATIC_ROOT": str(tmp_path / "static"),
        "SITE_URL": f"http://127.0.0.1:{port}",
        "ACCESS_LOG_IP": "",
        # Unset unless a test says: the default is what is under test.
        "FORWARDED_ALLOW_IPS": None,
        **extra_env,
    }
    env = {key: value for key, value in env.items() if value is not None}
    log = tmp_path / f"out-{port}.log"
    with open(log, "w") as out:
        server = subprocess.Popen(
            command,
            cwd=BASE_DIR,
            env=env,
            stdout=out,
            stderr=subprocess.STDOUT,
            start_new_session=True,
        )
    lines = []
    try:
        deadline = time.monotonic() + 240
        while get_or_none(port) is None:
            if time.monotonic() > deadline or server.poll() is not None:
                pytest.fail(f"{command} did not start:\n{log.read_text()[-3000:]}")
            time.sleep(0.3)
        yield lines
        time.sleep(0.5)  # let the access log line reach the file
    finally:
        os.killpg(server.pid, signal.SIGTERM)
        try:
            server.wait(timeout=30)
        except subprocess.TimeoutExpired:
            os.killpg(server.pid, signal.SIGKILL)
            server.wait()
        lines.extend(log.read_text().splitlines())


def get_or_none(port):
    try:
        return get(port, "/healthz")
    except OSError:
        return None


def triage_line(lines):
    return next(line for line in lines if "/ar/help/plan/" in line)


def gunicorn(port):
    # The project's gunicorn.conf.py, as production runs it: no logging flag on the line.
    return [str(GUNICORN), "portal.wsgi", "--bind", f"127.0.0.1:{port}", "--workers", "1"]


def test_gunicorn_logs_no_query_string_and_no_address(tmp_path):
    assert GUNICORN.exists(), f"gunicorn missing at {GUNICORN}: run make install"
    port = free_port()
    subprocess.run(
        [sys.executable, "manage.py", "migrate", "--no-input", "-v0"],
        cwd=BASE_DIR,
        env={
            **os.environ,
            "DEBUG": "1",
            "DATABASE_URL": f"sqlite:///{tmp_path / 'db.sqlite3'}",
        },
        check=True,
    )
    with served(gunicorn(port), tmp_path, port, DEBUG="0", SECURE_SSL_REDIRECT="0") as lines:
        assert get(port, TRIAGE) == 200
    line = triage_line(lines)
    assert '"GET /ar/help/plan/" 200' in line, line
    assert "a=1" not in line and "?" not in line and "127.0.0.1" not in line, line


def test_gunicorn_puts_the_address_back_only_when_switched_on(tmp_path):
    port = free_port()
    with served(gunicorn(port), tmp_path, port, DEBUG="0", ACCESS_LOG_IP="1") as lines:
        get(port, "/healthz?secret=term")
    line = next(line for line in lines if "/healthz" in line)
    assert line.startswith("127.0.0.1 "), line
    assert "secret=term" not in line


def test_gunicorn_trusts_no_forwarded_header_by_default(tmp_path):
    """A local process must not be able to claim HTTPS: with the redirect on, a plain-HTTP
    request saying `X-Forwarded-Proto: https` is still redirected. With the proxy's address
    in FORWARDED_ALLOW_IPS (the documented proxy set-up), it is believed."""
    https = {"X-Forwarded-Proto": "https"}
    for trusted, expected in ((None, 301), ("127.0.0.1", 200)):
        port = free_port()
        env = dict(DEBUG="0", SECURE_SSL_REDIRECT="1", FORWARDED_ALLOW_IPS=trusted)
        with served(gunicorn(port), tmp_path, port, **env):
            assert get(port, "/healthz", https) == expected, trusted


@pytest.mark.slow
def test_make_serve_logs_no_query_string_and_no_address(tmp_path):
    port = free_port()
    with served(["make", "serve", f"PORT={port}"], tmp_path, port) as lines:
        assert get(port, TRIAGE) == 200
    line = triage_line(lines)
    assert "/ar/help/plan/" in line and " 200 " in line, line
    assert "a=1" not in line and "?" not in line and "127.0.0.1 " not in line, line


@pytest.mark.slow
def test_make_run_logs_no_query_string_and_no_address(tmp_path):
    port = free_port()
    with served(["make", "run", f"PORT={port}"], tmp_path, port) as lines:
        assert get(port, TRIAGE) == 200
    line = triage_line(lines)
    assert '"GET /ar/help/plan/" 200' in line, line
    assert "a=1" not in line and "?" not in line, line
