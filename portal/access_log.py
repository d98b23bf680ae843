"""The access log's one format, for every way the site is served: gunicorn (gunicorn.conf.py
reads ACCESS_LOG_FORMAT from here, for `make serve`, production and `make security-scan`)
and Django's development server (`make run`: DevServerAccessLog below, on django.server).

What a line holds: time, method, path without the query string, status, size (and, for
gunicorn, duration). Never the query string: the triage's answers travel in it
(`/ar/help/plan/?a=1&b=1` says the visitor is a minor who shared images), and so does what
someone searched for. No referrer, no browser name, and no visitor address unless
ACCESS_LOG_IP=1 (an attack being investigated; say so in the privacy page if it stays on).
"""

import os
import re

SWITCH = "ACCESS_LOG_IP"


def with_address(environ=os.environ):
    return environ.get(SWITCH, "").strip().lower() in {"1", "true", "yes", "on"}


def gunicorn_format(environ=os.environ):
    # %(h)s address, %(t)s time, %(m)s method, %(U)s path without the query string,
    # %(s)s status, %(B)s body bytes, %(M)s milliseconds.
    return ("%(h)s " if with_address(environ) else "") + '%(t)s "%(m)s %(U)s" %(s)s %(B)s %(M)sms'


REQUEST_LINE = re.compile(r"^(?P<method>\S+) (?P<path>[^?\s]*)\S* (?P<version>\S+)$")


class DevServerAccessLog:
    """A logging filter for django.server (runserver's request lines): the same fields as
    gunicorn's line, the query string cut off. Its records carry no address."""

    def filter(self, record):
        if getattr(record, "access_log", False):
            return True  # already rewritten (the filter may see a record twice)
        record.access_log = True
        if isinstance(record.args, tuple) and record.args and isinstance(record.args[0], str):
            match = REQUEST_LINE.match(record.args[0])
            line = f"{match['method']} {match['path']}" if match else "-"
            record.msg = '"%s" %s %s'
            record.args = (line, *record.args[1:3])
        return True
