"""Pieces of `make bench`: gunicorn started as in production, wrk run against it for a
bounded time, and its report read back. Only the bench command uses this module."""

import os
import re
import socket
import subprocess
import sys
import time
import urllib.request
from dataclasses import dataclass
from pathlib import Path

from django.conf import settings

NAN = float("nan")
UNITS = {"us": 0.001, "ms": 1.0, "s": 1000.0, "m": 60000.0}


@dataclass
class Result:
    rate: float
    median_ms: float
    p99_ms: float
    errors: int


def free_port():
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def milliseconds(text):
    number, unit = re.fullmatch(r"([\d.]+)(us|ms|s|m)", text).groups()
    return float(number) * UNITS[unit]


def parse(report):
    """Read wrk's --latency report: requests/s, 50% and 99% latency, errors of any kind."""
    rate = float(re.search(r"Requests/sec:\s+([\d.]+)", report).group(1))
    done = int(re.search(r"(\d+) requests in", report).group(1))
    # Without a completed request wrk prints latencies of 0: none is known, not zero.
    median = milliseconds(re.search(r"^\s+50%\s+(\S+)", report, re.M).group(1)) if done else NAN
    p99 = milliseconds(re.search(r"^\s+99%\s+(\S+)", report, re.M).group(1)) if done else NAN
    errors = 0
    socket_errors = re.search(
        r"Socket errors: connect (\d+), read (\d+), write (\d+), timeout (\d+)", report
    )
    if socket_errors:
        errors += sum(int(n) for n in socket_errors.groups())
    non_2xx = re.search(r"Non-2xx or 3xx responses: (\d+)", report)
    if non_2xx:
        errors += int(non_2xx.group(1))
    return Result(rate, median, p99, errors)


def wrk(url, seconds, connections=16, threads=2):
    """Run wrk on `url` and return its Result. Compressed, as browsers ask."""
    command = [
        "wrk",
        f"-t{threads}",
        f"-c{connections}",
        f"-d{seconds}s",
        "--latency",
        "--timeout",
        "10s",
        "-H",
        "Accept-Encoding: br, gzip",
        url,
    ]
    return parse(subprocess.run(command, capture_output=True, text=True, check=True).stdout)


def start_wrk(url, seconds, connections):
    """wrk in the background (the flood); wait() on it when done."""
    command = ["wrk", "-t1", f"-c{connections}", f"-d{seconds}s", "--timeout", "30s", url]
    return subprocess.Popen(command, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)


class Server:
    """gunicorn with the project's gunicorn.conf.py, DEBUG off, on a free loopback port."""

    def __init__(self, **env):
        self.port = free_port()
        self.env = {
            **os.environ,
            "DEBUG": "0",
            "SECURE_SSL_REDIRECT": "0",
            # The origin the site answers for (Host port included) and builds addresses from.
            "SITE_URL": f"http://127.0.0.1:{self.port}",
            **env,
        }
        self.process = None

    @property
    def base(self):
        return f"http://127.0.0.1:{self.port}"

    def __enter__(self):
        config = Path(settings.BASE_DIR, "gunicorn.conf.py")
        self.process = subprocess.Popen(
            [
                *(sys.executable, "-m", "gunicorn", "portal.wsgi"),
                *("--config", str(config), "--bind", f"127.0.0.1:{self.port}"),
                *("--log-level", "warning", "--access-logfile", "/dev/null"),
            ],
            env=self.env,
            cwd=settings.BASE_DIR,
        )
        for _attempt in range(300):
            try:
                urllib.request.urlopen(self.base + "/healthz", timeout=2)
                return self
            except OSError:
                time.sleep(0.1)
        self.__exit__()
        raise RuntimeError("gunicorn did not start")

    def __exit__(self, *exc):
        self.process.terminate()
        self.process.wait(timeout=30)

    def workers(self):
        children = Path(f"/proc/{self.process.pid}/task/{self.process.pid}/children")
        return [int(pid) for pid in children.read_text().split()]

    def cpu_ticks(self):
        """CPU time used so far by the workers, in clock ticks."""
        total = 0
        for pid in self.workers():
            fields = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()
            total += int(fields[11]) + int(fields[12])  # utime, stime
        return total

    def settle(self, quiet_seconds=1.0, longest=90):
        """Wait until the workers are idle (no CPU used for `quiet_seconds`): the pages each
        worker warms in the background when it first serves must not count against the
        case measured next."""
        deadline = time.monotonic() + longest
        before = self.cpu_ticks()
        while time.monotonic() < deadline:
            time.sleep(quiet_seconds)
            now = self.cpu_ticks()
            if now - before <= 1:
                return True
            before = now
        return False

    def worker_rss_mb(self):
        sizes = []
        for pid in self.workers():
            status = Path(f"/proc/{pid}/status").read_text()
            line = next(line for line in status.splitlines() if line.startswith("VmRSS"))
            sizes.append(int(line.split()[1]) / 1024)
        return sizes
