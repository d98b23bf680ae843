"""E-mail: Publishers are told when something waits for their review (portal/review/notify.py).

Django 6.1 configures sending with MAILERS; the values come from the environment under the
usual names. Without EMAIL_BACKEND, `make run` (DEBUG) prints messages on the console and
production sends over SMTP. Tests swap in Django's in-memory backend.
"""

from .env import env, env_bool, env_int


def mailers(debug):
    backend = env(
        "EMAIL_BACKEND",
        "django.core.mail.backends.console.EmailBackend"
        if debug
        else "django.core.mail.backends.smtp.EmailBackend",
    )
    default = {"BACKEND": backend}
    if backend.endswith("smtp.EmailBackend"):
        default["OPTIONS"] = {
            "host": env("EMAIL_HOST", "localhost"),
            "port": env_int("EMAIL_PORT", 25),
            "username": env("EMAIL_HOST_USER"),
            "password": env("EMAIL_HOST_PASSWORD"),
            "use_tls": env_bool("EMAIL_USE_TLS"),
            "timeout": env_int("EMAIL_TIMEOUT", 10),
        }
    return {"default": default}
