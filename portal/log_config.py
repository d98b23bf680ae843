"""Logging: everything to the console (the process supervisor keeps it), authentication
events with their time on "portal.auth", and no Django error report for the 503s the portal
answers on purpose."""


def logging_config(level):
    return {
        "version": 1,
        "disable_existing_loggers": False,
        "formatters": {
            "timed": {"format": "%(asctime)s %(levelname)s %(name)s %(message)s"},
        },
        "filters": {
            "skip_service_unavailable": {"()": "portal.security.logs.SkipServiceUnavailable"},
            # runserver's request lines in the access log's one format (portal/access_log.py).
            "access_log": {"()": "portal.access_log.DevServerAccessLog"},
        },
        "handlers": {
            "console": {"class": "logging.StreamHandler"},
            "timed": {"class": "logging.StreamHandler", "formatter": "timed"},
        },
        "root": {"handlers": ["console"], "level": level},
        "loggers": {
            # Login, failure, lockout, logout, 2FA failure: with the user name and the time.
            "portal.auth": {"handlers": ["timed"], "level": "INFO", "propagate": False},
            "axes": {"level": "WARNING"},
            "django.request": {"filters": ["skip_service_unavailable"]},
            "django.server": {
                "handlers": ["timed"],
                "level": "INFO",
                "filters": ["access_log"],
                "propagate": False,
            },
        },
    }
