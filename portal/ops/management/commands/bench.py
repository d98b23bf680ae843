"""`make bench`: how many requests per second gunicorn answers, as in production (DEBUG off,
compressed static files, gunicorn.conf.py), for the pages a flood would hit, against a static
CSS file through the same server; with the page cache and with it bypassed (PAGE_CACHE=0);
the urgent guide's latency while the sitemap is flooded; and each worker's memory.

Absolute rates vary with the machine and what else runs on it: compare the ratios to the static
file, measured in the same run. Never a timed unit test."""

import time
from pathlib import Path

from django.conf import settings
from django.core.cache import cache
from django.core.management.base import BaseCommand, CommandError
from django.db import connection
from django.templatetags.static import static
from django.test import Client, override_settings
from django.test.utils import CaptureQueriesContext
from django.urls import reverse
from django.utils import translation

from portal.ops import loadtest
from portal.seminars.models import Article

# Cases whose ratio to the static file has a target (issue 13): uncached, then cached.
TARGETS = {"home": 0.10, "article": 0.10, "urgent guide": 0.10, "directory by region": 0.05}
CACHED_TARGET = 0.5
MEMORY_TARGET_MB = 120


def cases():
    with translation.override("ar"):
        article = Article.objects.published().order_by("-published_on", "-pk").first()
        if article is None:
            raise CommandError("No published article: run load_demo (make bench does).")
        return [
            ("static CSS", static("css/site.css")),
            ("home", reverse("core:home")),
            ("article", article.get_absolute_url()),
            ("urgent guide", reverse("guides:urgent")),
            ("directory by region", reverse("directory:list") + "?region=casablanca-settat"),
            ("sitemap", reverse("sitemap")),
        ]


def queries_per_request(path, cached):
    """SQL queries of one request, run in this process: with the page cache off (as the
    server started with PAGE_CACHE=0) for the uncached column; for the cached column, the
    request after one that filled the cache."""
    client = Client(HTTP_HOST="localhost", HTTP_ACCEPT_ENCODING="br, gzip")
    with override_settings(PAGE_CACHE=cached):
        cache.clear()
        client.get(path)
        with CaptureQueriesContext(connection) as queries:
            response = client.get(path)
    if response.status_code != 200:
        raise CommandError(f"{path} answered {response.status_code}")
    return len(queries.captured_queries)


class Command(BaseCommand):
    help = "Requests per second, latency, queries and memory under gunicorn and wrk."

    def add_arguments(self, parser):
        parser.add_argument("--seconds", type=int, default=10, help="wrk run per case")
        parser.add_argument("--connections", type=int, default=16)
        parser.add_argument("--label", default=connection.vendor)
        parser.add_argument(
            "--modes",
            default="uncached,cached",
            help="uncached (PAGE_CACHE=0), cached, or both, comma-separated",
        )

    def handle(self, *args, **options):
        if not Path(settings.STATIC_ROOT, "staticfiles.json").exists():
            raise CommandError("Run collectstatic first (make bench does).")
        self.seconds, self.connections = options["seconds"], options["connections"]
        todo = cases()
        out = self.stdout.write
        out(
            f"== {options['label']}: wrk -t2 -c{self.connections} -d{self.seconds}s, "
            "Accept-Encoding: br, gzip; gunicorn.conf.py"
        )
        for mode in options["modes"].split(","):
            env = {"PAGE_CACHE": "0"} if mode == "uncached" else {}
            with loadtest.Server(**env) as server:
                self.run_mode(mode, server, todo)

    def run_mode(self, mode, server, todo):
        out = self.stdout.write
        cached = mode == "cached"
        out(f"\n-- {mode}")
        out(
            f"  {'case':<21}{'req/s':>8}{'median ms':>11}{'p99 ms':>9}{'errors':>8}"
            f"{'queries':>9}{'ratio':>8}  target"
        )
        reference = None
        # Every worker's first page starts its warming of the outage pages: let it finish.
        loadtest.wrk(server.base + dict(todo)["home"], 1, self.connections)
        server.settle()
        for label, path in todo:
            for _warm in range(3):
                loadtest.wrk(server.base + path, 1, connections=2, threads=1)
            server.settle()
            result = loadtest.wrk(server.base + path, self.seconds, self.connections)
            queries = queries_per_request(path, cached)
            reference = reference or result.rate
            ratio = result.rate / reference
            target = CACHED_TARGET if cached and label != "static CSS" else TARGETS.get(label)
            verdict = "" if target is None else (f">= {target:.2f} " + self.mark(ratio >= target))
            out(
                f"  {label:<21}{result.rate:>8.0f}{result.median_ms:>11.1f}{result.p99_ms:>9.1f}"
                f"{result.errors:>8}{queries:>9}{ratio:>8.3f}  {verdict}"
            )
            time.sleep(0.5)
        out("  (nan: no request completed within the run; errors include timeouts over 10 s)")
        self.flood(server, dict(todo))
        sizes = server.worker_rss_mb()
        out(
            f"  worker memory (RSS, MB): {', '.join(f'{size:.0f}' for size in sizes)}  "
            f"< {MEMORY_TARGET_MB} {self.mark(max(sizes) < MEMORY_TARGET_MB)}"
        )

    def flood(self, server, paths):
        """The urgent guide's latency, one visitor at a time, while 8 connections ask for
        the sitemap as fast as the server answers."""
        flood = loadtest.start_wrk(server.base + paths["sitemap"], self.seconds + 2, 8)
        try:
            time.sleep(1)
            result = loadtest.wrk(server.base + paths["urgent guide"], self.seconds, 1, 1)
        finally:
            flood.wait()
        self.stdout.write(
            f"  urgent guide while the sitemap is flooded (8 connections): "
            f"median {result.median_ms:.1f} ms, p99 {result.p99_ms:.1f} ms, "
            f"{result.errors} errors"
        )

    @staticmethod
    def mark(ok):
        return "met" if ok else "NOT MET"
