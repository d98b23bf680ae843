"""gunicorn settings, read from the working directory by `make serve` and any `gunicorn`
started here.

Access log without the visitor's address by default: a person looking for help with
blackmail must not be traceable through our logs. ACCESS_LOG_IP=1 puts the address back (for
an attack being investigated); say so in the privacy page if you turn it on for long. Query
strings are left out too (they can hold what someone searched for), and so are the referrer
and the browser's name.
"""

import os

_with_ip = os.environ.get("ACCESS_LOG_IP", "").strip().lower() in {"1", "true", "yes", "on"}

# %(t)s time, %(m)s method, %(U)s path without the query string, %(s)s status,
# %(B)s body bytes, %(M)s milliseconds.
access_log_format = ("%(h)s " if _with_ip else "") + '%(t)s "%(m)s %(U)s" %(s)s %(B)s %(M)sms'

# Workers: sized from the machine (two per core, plus one), overridable with WEB_CONCURRENCY.
# Worker class and threads: see README ("Serving"), chosen by `make bench`; GUNICORN_WORKER_CLASS
# and GUNICORN_THREADS override them, which is how the bench compares the two.
workers = int(os.environ.get("WEB_CONCURRENCY") or (os.cpu_count() or 1) * 2 + 1)
worker_class = os.environ.get("GUNICORN_WORKER_CLASS", "sync")
threads = int(os.environ.get("GUNICORN_THREADS", "1"))
