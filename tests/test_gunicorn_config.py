"""gunicorn.conf.py sizes the workers from the machine, and the environment can override the
count and the worker class (how `make bench` compares sync and gthread)."""

import os
import runpy
from pathlib import Path

CONFIG = Path(__file__).resolve().parents[1] / "gunicorn.conf.py"


def load(monkeypatch, **env):
    for name in ("WEB_CONCURRENCY", "GUNICORN_WORKER_CLASS", "GUNICORN_THREADS"):
        monkeypatch.delenv(name, raising=False)
    for name, value in env.items():
        monkeypatch.setenv(name, value)
    return runpy.run_path(str(CONFIG))


def test_workers_come_from_the_cpu_count(monkeypatch):
    config = load(monkeypatch)
    assert config["workers"] == os.cpu_count()
    assert config["worker_class"] == "sync"
    assert config["threads"] == 1


def test_the_environment_overrides_them(monkeypatch):
    config = load(
        monkeypatch, WEB_CONCURRENCY="3", GUNICORN_WORKER_CLASS="gthread", GUNICORN_THREADS="4"
    )
    assert (config["workers"], config["worker_class"], config["threads"]) == (3, "gthread", 4)
