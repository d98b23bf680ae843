"""`make bench`: what a visitor's phone downloads, how fast pages answer, how much memory a
worker holds. Measured against gunicorn with DEBUG off and compressed static files, as in
production; never a timed unit test."""

import gzip
import http.client
import os
import socket
import statistics
import subprocess
import sys
import time
from html.parser import HTMLParser
from pathlib import Path
from urllib.parse import urljoin, urlsplit

import brotli
from django.conf import settings
from django.core.management.base import BaseCommand, CommandError

PAGES = ["/ar/", "/fr/", "/ar/news/"]


class AssetParser(HTMLParser):
    def __init__(self):
        super().__init__()
        self.assets = []

    def handle_starttag(self, tag, attrs):
        attrs = dict(attrs)
        if tag == "link" and attrs.get("rel") in {"stylesheet", "icon", "preload"}:
            self.assets.append(attrs.get("href"))
        elif tag in {"script", "img"} and attrs.get("src"):
            self.assets.append(attrs["src"])


def free_port():
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def fetch(port, path):
    """Return (status, wire bytes of the body, decoded length, content type, seconds)."""
    connection = http.client.HTTPConnection("127.0.0.1", port, timeout=10)
    started = time.perf_counter()
    connection.request("GET", path, headers={"Accept-Encoding": "br, gzip", "Host": "localhost"})
    response = connection.getresponse()
    body = response.read()
    elapsed = time.perf_counter() - started
    connection.close()
    return (
        response.status,
        len(body),
        response.getheader("Content-Type", ""),
        elapsed,
        body,
        (response.getheader("Content-Encoding") or "identity"),
    )


class Command(BaseCommand):
    help = "Measure first-visit transfer size, response times and worker memory."

    def add_arguments(self, parser):
        parser.add_argument("--requests", type=int, default=200)

    def handle(self, *args, **options):
        if not Path(settings.STATIC_ROOT, "staticfiles.json").exists():
            raise CommandError("Run collectstatic first (make bench does).")
        port = free_port()
        env = {**os.environ, "DEBUG": "0", "SECURE_SSL_REDIRECT": "0"}
        server = subprocess.Popen(
            [
                sys.executable,
                "-m",
                "gunicorn",
                "portal.wsgi",
                "--bind",
                f"127.0.0.1:{port}",
                "--workers",
                "1",
                "--log-level",
                "warning",
            ],
            env=env,
        )
        try:
            self.wait_for(port)
            self.first_visit(port)
            self.timings(port, options["requests"])
            self.memory(server.pid)
        finally:
            server.terminate()
            server.wait(timeout=10)

    def wait_for(self, port):
        for _attempt in range(100):
            try:
                fetch(port, "/ar/")
                return
            except OSError:
                time.sleep(0.1)
        raise CommandError("gunicorn did not start")

    def first_visit(self, port):
        status, wire, kind, _elapsed, body, encoding = fetch(port, "/ar/")
        if status != 200:
            raise CommandError(f"/ar/ answered {status}")
        html = body
        if encoding == "br":
            html = brotli.decompress(body)
        elif encoding == "gzip":
            html = gzip.decompress(body)
        parser = AssetParser()
        parser.feed(html.decode())
        rows = [("/ar/", kind.split(";")[0], encoding, wire)]
        for asset in parser.assets:
            path = urlsplit(urljoin("http://localhost/ar/", asset)).path
            a_status, a_wire, a_kind, _t, _b, a_encoding = fetch(port, path)
            if a_status != 200:
                raise CommandError(f"{path} answered {a_status}")
            rows.append((path, a_kind.split(";")[0], a_encoding, a_wire))
        self.stdout.write("First visit to /ar/ (bytes on the wire, body only):")
        for path, kind, encoding, wire in rows:
            self.stdout.write(f"  {wire:>7}  {encoding:<8} {kind:<24} {path}")
        self.stdout.write(f"  {sum(row[3] for row in rows):>7}  total")

    def timings(self, port, count):
        self.stdout.write(f"Response times over {count} sequential requests (ms):")
        for path in PAGES:
            times = sorted(fetch(port, path)[3] * 1000 for _ in range(count))
            p95 = times[int(len(times) * 0.95) - 1]
            self.stdout.write(
                f"  {path:<12} median {statistics.median(times):6.1f}  p95 {p95:6.1f}"
            )

    def memory(self, pid):
        children = Path(f"/proc/{pid}/task/{pid}/children")
        pids = [pid, *map(int, children.read_text().split())] if children.exists() else [pid]
        for each in pids:
            status = Path(f"/proc/{each}/status").read_text()
            rss = next(line for line in status.splitlines() if line.startswith("VmRSS"))
            role = "master" if each == pid else "worker"
            self.stdout.write(f"Memory of the gunicorn {role}: {rss.split(':')[1].strip()}")
