"""What Django's request log leaves out."""

import logging


class SkipServiceUnavailable(logging.Filter):
    """Drop Django's "Service Unavailable" record: the portal answers 503 only on purpose
    (readiness probe, database down), and both places log one warning line of their own.
    A database restart is an event to watch, not an error report with a traceback for
    every visitor."""

    def filter(self, record):
        return getattr(record, "status_code", None) != 503
