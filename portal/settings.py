"""Settings for the portal.

Every setting is read from the environment (portal/env.py), with a default that is safe:
DEBUG is off, and with DEBUG off the site refuses to start without a SECRET_KEY. See
README.md for the list.
"""

from datetime import timedelta
from pathlib import Path
from urllib.parse import urlsplit

import dj_database_url
from django.core.exceptions import ImproperlyConfigured
from django.utils.translation import gettext_lazy as _

from . import csp_config, scale_config
from .env import env, env_bool, env_int, env_list
from .log_config import logging_config
from .mail_config import mailers

BASE_DIR = Path(__file__).resolve().parent.parent
DEBUG = env_bool("DEBUG")

SECRET_KEY = env("SECRET_KEY")
if not SECRET_KEY:
    if not DEBUG:
        raise ImproperlyConfigured(
            "SECRET_KEY is not set. Set the SECRET_KEY environment variable to a long random "
            "value (python -c 'import secrets; print(secrets.token_urlsafe(50))'), "
            "or set DEBUG=1 for local development."
        )
    SECRET_KEY = "django-insecure-local-development-only"

ALLOWED_HOSTS = env_list("ALLOWED_HOSTS", "localhost,127.0.0.1,[::1]")
CSRF_TRUSTED_ORIGINS = env_list("CSRF_TRUSTED_ORIGINS")

INSTALLED_APPS = [
    # modeltranslation must come before the admin so that it patches its forms.
    "modeltranslation",
    # django.contrib.admin, with PortalAdminSite as admin.site.
    "portal.security.admin_app.PortalAdminConfig",
    "django.contrib.auth",
    "django.contrib.contenttypes",
    "django.contrib.sessions",
    "django.contrib.messages",
    "whitenoise.runserver_nostatic",
    "django.contrib.staticfiles",
    "django.contrib.sitemaps",
    "reversion",
    "reversion_compare",
    "django_prose_editor",
    "portal.core",
    "portal.content",
    "portal.security",
    "portal.seminars",
    "portal.guides",
    "portal.directory",
    "import_export",
    "portal.pages",
    "portal.search",
    "portal.ops",
    "portal.review",
    # Admin hardening: one-time passwords (TOTP) and lockout after repeated failed logins.
    "django_otp",
    "django_otp.plugins.otp_totp",
    "axes",
]

MIDDLEWARE = [
    "django.middleware.security.SecurityMiddleware",
    # Above WhiteNoise so that static files get these headers too. WhiteNoise serves the
    # admin's static files under the admin's path, never /static/ (security/static.py).
    "portal.security.middleware.SecurityHeadersMiddleware",
    "portal.security.static.PortalWhiteNoise",
    # Inside the security headers, which every cached page gets afresh; outside compression
    # and the CSP (a cached page is kept with its CSP and already compressed) and the
    # session, the CSRF token and the language, which a cached page never needs.
    "portal.core.pagecache.middleware.PageCacheMiddleware",
    # Pages are small but networks are slow; Django pads the compressed stream against BREACH.
    "django.middleware.gzip.GZipMiddleware",
    "django.middleware.csp.ContentSecurityPolicyMiddleware",
    "django.contrib.sessions.middleware.SessionMiddleware",
    "django.middleware.locale.LocaleMiddleware",
    "django.middleware.common.CommonMiddleware",
    "django.middleware.csrf.CsrfViewMiddleware",
    "django.contrib.auth.middleware.AuthenticationMiddleware",
    "django_otp.middleware.OTPMiddleware",
    "django.contrib.messages.middleware.MessageMiddleware",
    "django.middleware.clickjacking.XFrameOptionsMiddleware",
    "portal.security.middleware.DatabaseUnavailableMiddleware",
    # Last, as django-axes asks: it turns a locked-out login into a 429 page.
    "axes.middleware.AxesMiddleware",
]

ROOT_URLCONF = "portal.urls"
# The admin's address; in production set it to something other than the default.
ADMIN_URL = env("ADMIN_URL", "admin/").strip("/") + "/"
WSGI_APPLICATION = "portal.wsgi.application"

TEMPLATES = [
    # The public pages (portal/jinja2.py); every other template name falls to the next engine.
    {
        "BACKEND": "django.template.backends.jinja2.Jinja2",
        "DIRS": [BASE_DIR / "templates"],
        "APP_DIRS": False,
        "OPTIONS": {
            "environment": "portal.jinja2.environment",
            "context_processors": [
                "portal.jinja2.page_helpers",
                "django.template.context_processors.i18n",
                "portal.core.context_processors.site",
                "portal.guides.context_processors.quick_exit",
            ],
        },
    },
    {
        "BACKEND": "django.template.backends.django.DjangoTemplates",
        "DIRS": [BASE_DIR / "templates"],
        "APP_DIRS": True,
        "OPTIONS": {
            "context_processors": [
                "django.template.context_processors.request",
                "django.template.context_processors.i18n",
                "django.contrib.auth.context_processors.auth",
                "django.contrib.messages.context_processors.messages",
                "django.template.context_processors.csp",
                "portal.core.context_processors.site",
                "portal.guides.context_processors.quick_exit",
            ],
        },
    },
]

# Without DATABASE_URL the site runs on a SQLite file, so a newcomer needs nothing installed.
DATABASES = {
    "default": dj_database_url.parse(
        env("DATABASE_URL") or f"sqlite:///{BASE_DIR / 'var' / 'db.sqlite3'}",
        conn_max_age=env_int("DATABASE_CONN_MAX_AGE", 60),
        conn_health_checks=True,
    )
}
if DATABASES["default"]["ENGINE"] == "django.db.backends.postgresql":
    # An unreachable server must fail fast, so that the 503 page with the emergency numbers
    # reaches a visitor within 5 seconds instead of after the client library's long default.
    DATABASES["default"].setdefault("OPTIONS", {})["connect_timeout"] = env_int(
        "DATABASE_CONNECT_TIMEOUT", 3
    )
    # The queries every page runs (portal/core/prepared.py) are prepared on the server after
    # five runs on a connection, so that PostgreSQL plans each once, not on every request.
    # 0 behind a pooler that cannot keep prepared statements (PgBouncer in transaction mode).
    if env_bool("DATABASE_PREPARED_STATEMENTS", True):
        DATABASES["default"]["OPTIONS"]["prepare_threshold"] = 5
DEFAULT_AUTO_FIELD = "django.db.models.BigAutoField"

# Redis when REDIS_URL is set (shared by every app server), in-process otherwise.
CACHES = scale_config.caches()
# Sessions (only editors have one) in the database: every app server reads the same ones, and
# a Redis restart signs nobody out.
SESSION_ENGINE = "django.contrib.sessions.backends.db"

# Whole public pages in the cache (portal/core/pagecache): on unless DEBUG; fresh at most
# PAGE_CACHE_SECONDS (a change invalidates them at once anyway), kept PAGE_CACHE_KEEP_SECONDS
# as the copy served while the database is down. PAGE_CACHE_WARM: thread, inline or off.
PAGE_CACHE = env_bool("PAGE_CACHE", not DEBUG)
PAGE_CACHE_SECONDS = env_int("PAGE_CACHE_SECONDS", 600)
PAGE_CACHE_KEEP_SECONDS = env_int("PAGE_CACHE_KEEP_SECONDS", 7 * 24 * 3600)
PAGE_CACHE_WARM = env("PAGE_CACHE_WARM", "thread")
PAGE_CACHE_STAMP_FILE = env("PAGE_CACHE_STAMP_FILE", str(BASE_DIR / "var" / "page-cache.stamp"))

# Argon2 first: new and changed passwords are hashed with it; older hashes still verify and are
# upgraded at the next login.
PASSWORD_HASHERS = [
    "django.contrib.auth.hashers.Argon2PasswordHasher",
    "django.contrib.auth.hashers.PBKDF2PasswordHasher",
]
AUTHENTICATION_BACKENDS = [
    # django-axes first: it refuses a locked-out user name and address before any password check.
    "axes.backends.AxesStandaloneBackend",
    "django.contrib.auth.backends.ModelBackend",
]

AUTH_PASSWORD_VALIDATORS = [
    {"NAME": "django.contrib.auth.password_validation.UserAttributeSimilarityValidator"},
    {
        "NAME": "django.contrib.auth.password_validation.MinimumLengthValidator",
        "OPTIONS": {"min_length": 12},
    },
    {"NAME": "django.contrib.auth.password_validation.CommonPasswordValidator"},
    {"NAME": "django.contrib.auth.password_validation.NumericPasswordValidator"},
]

# Languages: Arabic first (the default and the fallback), then French and English.
LANGUAGE_CODE = "ar"
LANGUAGES = [
    ("ar", _("Arabic")),
    ("fr", _("French")),
    ("en", _("English")),
]
LOCALE_PATHS = [BASE_DIR / "locale"]
# Our date formats for Arabic (Moroccan usage); other languages keep Django's.
FORMAT_MODULE_PATH = ["portal.formats"]
USE_I18N = True
USE_TZ = True
TIME_ZONE = "Africa/Casablanca"

MODELTRANSLATION_DEFAULT_LANGUAGE = "ar"
MODELTRANSLATION_FALLBACK_LANGUAGES = ("ar",)
# Shipped with the site: the default loads jQuery UI from a CDN, which a victim-safety site
# must never do (and which the Content-Security-Policy would block anyway).
JQUERY_UI_URL = "vendor/jquery-ui/jquery-ui.min.js"

STATIC_URL = "/static/"
STATIC_ROOT = BASE_DIR / env("STATIC_ROOT", "var/static")
STATICFILES_DIRS = [BASE_DIR / "static"]
MEDIA_URL = "/media/"
MEDIA_ROOT = BASE_DIR / env("MEDIA_ROOT", "var/media")
# Django serves uploads only where no web server does it (`make run`, `make serve`).
SERVE_MEDIA = env_bool("SERVE_MEDIA", DEBUG)
# Larger uploads are refused with a clear message in the admin form.
MAX_IMAGE_UPLOAD_MB = env_int("MAX_IMAGE_UPLOAD_MB", 5)
# Refused before decoding: a few kilobytes of PNG can decode to gigabytes of pixels.
MAX_IMAGE_MEGAPIXELS = env_int("MAX_IMAGE_MEGAPIXELS", 40)
STORAGES = {
    # MEDIA_ROOT, or S3-compatible object storage with MEDIA_STORAGE=s3.
    "default": scale_config.media_storage(),
    "staticfiles": {
        # The manifest storage needs collectstatic first; tests and `make run` use the plain one.
        "BACKEND": env(
            "STATICFILES_STORAGE",
            "portal.security.static.PortalStaticStorage"
            if DEBUG
            else "portal.security.static.PortalManifestStorage",
        )
    },
}

# Security. Production defaults; `make run` and `make serve` relax what plain HTTP needs.
SECURE_SSL_REDIRECT = env_bool("SECURE_SSL_REDIRECT", not DEBUG)
SECURE_HSTS_SECONDS = env_int("SECURE_HSTS_SECONDS", 0 if DEBUG else 63072000)
SECURE_HSTS_INCLUDE_SUBDOMAINS = env_bool("SECURE_HSTS_INCLUDE_SUBDOMAINS", not DEBUG)
SECURE_HSTS_PRELOAD = env_bool("SECURE_HSTS_PRELOAD", not DEBUG)
if env_bool("SECURE_PROXY_SSL_HEADER"):
    SECURE_PROXY_SSL_HEADER = ("HTTP_X_FORWARDED_PROTO", "https")
SESSION_COOKIE_SECURE = env_bool("SESSION_COOKIE_SECURE", not DEBUG)
CSRF_COOKIE_SECURE = env_bool("CSRF_COOKIE_SECURE", not DEBUG)
SESSION_COOKIE_HTTPONLY = True
SESSION_COOKIE_SAMESITE = "Strict"
CSRF_COOKIE_HTTPONLY = True
CSRF_COOKIE_SAMESITE = "Strict"
# Only the admin ever sets a cookie (public pages set none, a test walks them all). Secure
# cookies (production) carry the `__Host-` prefix: this exact host, HTTPS, no Domain, Path=/,
# so no sibling subdomain can plant or shadow an editor's session or CSRF token; the browser
# enforces the prefix, whereas a path is no security boundary. Without Secure (local HTTP)
# browsers refuse `__Host-`: plain names, scoped to the admin's path. See README, "Security".
COOKIE_HOST_PREFIX = env_bool("COOKIE_HOST_PREFIX", SESSION_COOKIE_SECURE and CSRF_COOKIE_SECURE)
if COOKIE_HOST_PREFIX:
    SESSION_COOKIE_NAME = "__Host-sessionid"
    CSRF_COOKIE_NAME = "__Host-csrftoken"
    SESSION_COOKIE_PATH = CSRF_COOKIE_PATH = "/"
else:
    SESSION_COOKIE_PATH = CSRF_COOKIE_PATH = "/" + ADMIN_URL
# Editors' sessions: 8 hours in all (the cookie's age, and checked by PortalAdminSite) and
# 30 minutes without a request.
SESSION_ABSOLUTE_SECONDS = env_int("SESSION_ABSOLUTE_SECONDS", 8 * 3600)
SESSION_IDLE_SECONDS = env_int("SESSION_IDLE_SECONDS", 30 * 60)
SESSION_COOKIE_AGE = SESSION_ABSOLUTE_SECONDS
SESSION_EXPIRE_AT_BROWSER_CLOSE = True
# Admin messages ("saved") live in the session: no third cookie.
MESSAGE_STORAGE = "django.contrib.messages.storage.session.SessionStorage"

# A safe `next` is followed; anything else (or none) lands on the admin's home page.
LOGIN_REDIRECT_URL = "admin:index"

# django-axes: 5 failed logins lock that user name from that address for 30 minutes (the
# lockout page answers 429). Axes counts the failures of a user name and address whose latest
# failure is less than the cool-off old, so 5 failures within 15 minutes always lock (and
# so do 5 failures spaced less than 30 minutes apart: stricter, never looser).
AXES_FAILURE_LIMIT = env_int("AXES_FAILURE_LIMIT", 5)
AXES_COOLOFF_TIME = timedelta(minutes=env_int("AXES_COOLOFF_MINUTES", 30))
AXES_LOCKOUT_PARAMETERS = [["username", "ip_address"]]
AXES_HTTP_RESPONSE_CODE = 429
AXES_LOCKOUT_CALLABLE = "portal.security.admin_site.locked_out"
AXES_RESET_ON_SUCCESS = True
# The address axes locks: REMOTE_ADDR, which a client cannot forge. Behind a proxy (the same
# switch as SECURE_PROXY_SSL_HEADER) the proxy's X-Forwarded-For, counting AXES_PROXY_COUNT
# proxies from the right.
if env_bool("SECURE_PROXY_SSL_HEADER"):
    AXES_IPWARE_PROXY_COUNT = env_int("AXES_PROXY_COUNT", 1)
    AXES_IPWARE_PROXY_ORDER = "right-most"
    AXES_IPWARE_META_PRECEDENCE_ORDER = ["HTTP_X_FORWARDED_FOR", "REMOTE_ADDR"]
else:
    AXES_IPWARE_META_PRECEDENCE_ORDER = ["REMOTE_ADDR"]
# Its own lines go to the "axes" logger; our summary of each event goes to "portal.auth".
AXES_VERBOSE = False

# django-otp: the issuer shown in authenticator apps.
OTP_TOTP_ISSUER = env("OTP_TOTP_ISSUER", "Stop online blackmail")

# /.well-known/security.txt (RFC 9116). The contact is a mailto: or https: address; the expiry
# date must be renewed at least once a year (a deploy check warns when it is near or past).
SECURITY_TXT_CONTACT = env("SECURITY_TXT_CONTACT")
SECURITY_TXT_EXPIRES = env("SECURITY_TXT_EXPIRES", "2027-05-31T00:00:00Z")
SECURE_REFERRER_POLICY = "no-referrer"
SECURE_CROSS_ORIGIN_OPENER_POLICY = "same-origin"
X_FRAME_OPTIONS = "DENY"

# Only our own origin, nothing inline on public pages; the admin's additions: portal/csp_config.py.
SECURE_CSP, ADMIN_CSP, TIPTAP_STYLE_HASH = (
    csp_config.SECURE_CSP,
    csp_config.ADMIN_CSP,
    csp_config.TIPTAP_STYLE_HASH,
)

# E-mail to Publishers (portal/mail_config.py); SITE_URL for its links, made without a request.
MAILERS = mailers(DEBUG)
DEFAULT_FROM_EMAIL = env("DEFAULT_FROM_EMAIL", "webmaster@localhost")
# The site's canonical origin: every absolute address (canonical and hreflang links, sitemap,
# feeds, directory.json, e-mails) is built from it, never from the request's Host header.
SITE_URL = env("SITE_URL", "http://127.0.0.1:8000")
# Ports a Host header may carry (portal/security/hosts.py; Django ignores the port): a list,
# or `*` for any. Unset: the port SITE_URL names (none for 443 or 80), any with DEBUG.
ALLOWED_PORTS = env_list("ALLOWED_PORTS") or (
    ["*"] if DEBUG else [str(port) for port in [urlsplit(SITE_URL).port] if port]
)

# Help directory: entries checked longer ago than this are stale (admin, `stale_contacts`).
DIRECTORY_STALE_AFTER_DAYS = env_int("DIRECTORY_STALE_AFTER_DAYS", 180)
# CSV imports run in one transaction: a file with a bad row imports nothing.
IMPORT_EXPORT_USE_TRANSACTIONS = True

LOGGING = logging_config(env("LOG_LEVEL", "INFO"))
