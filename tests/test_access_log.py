"""gunicorn's access log keeps no visitor address unless ACCESS_LOG_IP=1 says so."""

import os
import socket
import subprocess
import sys
import time
import urllib.request
from pathlib import Path

import pytest

pytestmark = pytest.mark.subprocess

BASE_DIR = Path(__file__).resolve().parent.parent
GUNICORN = Path(sys.executable).with_name("gunicorn")


def free_port():
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def access_log_line(extra_env):
    # gunicorn is in requirements.txt: without it the site cannot be served, so its absence
    # fails here rather than skipping the check.
    assert GUNICORN.exists(), f"gunicorn missing at {GUNICORN}: run make install"
    port = free_port()
    env = {
        **os.environ,
        "DEBUG": "0",
        "SECRET_KEY": "tests-only-not-secret",
        "SECURE_SSL_REDIRECT": "0",
        "DJANGO_SETTINGS_MODULE": "portal.settings",
        **extra_env,
    }
    server = subprocess.Popen(
        [
            str(GUNICORN),
            "portal.wsgi",
            "--bind",
            f"127.0.0.1:{port}",
            "--workers",
            "1",
            "--access-logfile",
            "-",
        ],
        cwd=BASE_DIR,
        env=env,
        stdout=subprocess.PIPE,
        stderr=subprocess.DEVNULL,
        text=True,
    )
    try:
        deadline = time.monotonic() + 30
        while True:
            try:
                urllib.request.urlopen(f"http://127.0.0.1:{port}/healthz?secret=term", timeout=2)
                break
            except OSError:
                if time.monotonic() > deadline or server.poll() is not None:
                    pytest.fail("gunicorn did not start")
                time.sleep(0.2)
    finally:
        server.terminate()
        output, _ = server.communicate(timeout=30)
    return next(line for line in output.splitlines() if "/healthz" in line)


def test_access_log_has_no_address_by_default():
    line = access_log_line({"ACCESS_LOG_IP": ""})
    assert '"GET /healthz" 200' in line
    assert "127.0.0.1" not in line
    assert "secret=term" not in line


def test_access_log_address_can_be_switched_on():
    line = access_log_line({"ACCESS_LOG_IP": "1"})
    assert line.startswith("127.0.0.1 ")
