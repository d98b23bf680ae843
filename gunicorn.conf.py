"""gunicorn settings, read from the working directory by `make serve`, `make security-scan`
and any `gunicorn` started here (production included).

The access log: one format for every way the site is served, defined in portal/access_log.py
(no query string, no visitor address unless ACCESS_LOG_IP=1; see README, "Privacy"). It goes
to standard output (ACCESS_LOG_FILE for a file), so no command line needs its own
--access-logformat.
"""

import os
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from portal.access_log import gunicorn_format

accesslog = os.environ.get("ACCESS_LOG_FILE") or "-"
access_log_format = gunicorn_format()

# Whose X-Forwarded-Proto / X-Forwarded-For gunicorn believes: nobody by default (gunicorn's
# own default trusts 127.0.0.1, so any local process could claim HTTPS). Behind the documented
# proxy on the same machine: FORWARDED_ALLOW_IPS=127.0.0.1 (see README, "Settings").
forwarded_allow_ips = os.environ.get("FORWARDED_ALLOW_IPS", "")

# Workers: one per core, overridable with WEB_CONCURRENCY. A page is mostly Python, so
# workers beyond the cores only take turns on them: on the 2-core bench machine, 2 workers
# answered 5-15% more uncached pages per second than 3, and 3 some 15-20% more than 5
# (gunicorn's usual two per core plus one), on SQLite and PostgreSQL (README, "Speed").
# Worker class and threads: sync, chosen by `make bench`; GUNICORN_WORKER_CLASS and
# GUNICORN_THREADS override them, which is how the bench compares.
workers = int(os.environ.get("WEB_CONCURRENCY") or os.cpu_count() or 1)
worker_class = os.environ.get("GUNICORN_WORKER_CLASS", "sync")
threads = int(os.environ.get("GUNICORN_THREADS", "1"))
