"""Settings for the test suite: the production settings, read from an environment fixed here.

pytest-django loads this module (pyproject.toml), so `pytest` alone runs the suite whatever the
caller exported: DEBUG off (the tests check the production headers, HSTS among them), a
throwaway SECRET_KEY, plain static storage (the manifest one needs collectstatic first) and no
HTTPS redirect (the test client speaks plain HTTP; one test turns it on to check it).
DATABASE_URL still comes from the environment, so CI runs the same suite on PostgreSQL.
"""

import os
import tempfile

FIXED = {
    "DEBUG": "0",
    "STATICFILES_STORAGE": "portal.security.static.PortalStaticStorage",
    "SECURE_SSL_REDIRECT": "0",
    # The test client's host: absolute addresses come from SITE_URL, never from the request.
    "SITE_URL": "http://testserver",
}
# Derived from DEBUG in portal.settings; a value left over from `make serve` must not leak in.
FROM_DEBUG = (
    "SECURE_HSTS_SECONDS",
    "SECURE_HSTS_INCLUDE_SUBDOMAINS",
    "SECURE_HSTS_PRELOAD",
    "SESSION_COOKIE_SECURE",
    "CSRF_COOKIE_SECURE",
    "COOKIE_HOST_PREFIX",
    "SERVE_MEDIA",
)

os.environ.update(FIXED)
for name in FROM_DEBUG:
    os.environ.pop(name, None)
os.environ["SECRET_KEY"] = os.environ.get("SECRET_KEY") or "tests-only-not-secret"

from portal.settings import *  # noqa: E402, F403

# Argon2 is slow by design: hundreds of tests log a real Editor or Publisher in through the login
# form, and with Argon2 those logins were most of `make test-fast`'s time. A fast hasher here;
# tests/test_admin_security.py checks the production list still hashes with Argon2.
PASSWORD_HASHERS = ["django.contrib.auth.hashers.MD5PasswordHasher"]

# The pages kept warm for an outage would be rendered at every test's first request; the
# tests of the page cache turn it on (tests/test_page_cache*.py).
PAGE_CACHE_WARM = "off"
# One stamp file per test run: two runs at once in one checkout must not invalidate each
# other's pages (a test that expects a cached copy would see a miss).
PAGE_CACHE_STAMP_FILE = os.environ.get("PAGE_CACHE_STAMP_FILE") or os.path.join(
    tempfile.gettempdir(), f"portal-page-cache-{os.getpid()}"
)
