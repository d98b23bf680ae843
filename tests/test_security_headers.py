"""Headers on every public page, the probes and security.txt."""

from pathlib import Path

import pytest
from django.test import override_settings

from tests.conftest import public_paths

pytestmark = pytest.mark.django_db

BASE_DIR = Path(__file__).resolve().parent.parent

CSP_PARTS = [
    "default-src 'none'",
    "script-src 'self'",
    "style-src 'self'",
    "img-src 'self' data:",
    "font-src 'self'",
    "connect-src 'self'",
    "form-action 'self'",
    "frame-ancestors 'none'",
    "base-uri 'none'",
    "object-src 'none'",
]


def assert_strict_headers(response, where):
    csp = response.headers.get("Content-Security-Policy", "")
    for part in CSP_PARTS:
        assert part in csp, (where, part, csp)
    assert "unsafe-inline" not in csp and "unsafe-eval" not in csp, where
    assert response["Referrer-Policy"] == "no-referrer", where
    assert response["X-Content-Type-Options"] == "nosniff", where
    assert response["Cross-Origin-Opener-Policy"] == "same-origin", where
    assert response["Cross-Origin-Resource-Policy"] == "same-origin", where
    assert response["X-Frame-Options"] == "DENY", where
    policy = response["Permissions-Policy"]
    for feature in ("camera", "microphone", "geolocation", "payment", "usb"):
        assert f"{feature}=()" in policy, (where, feature)


@pytest.mark.slow
def test_every_public_page_has_the_strict_headers_and_no_cookie(client, seeded):
    paths = public_paths()
    for path in [*paths, "/", "/ar/no-such-page/"]:
        response = client.get(path)
        assert response.status_code in {200, 302, 404}, path
        assert_strict_headers(response, path)
        assert not response.cookies, f"{path} set a cookie"
        assert "Set-Cookie" not in response.headers


# Plain storage serves nothing without collectstatic; whitenoise's finders serve the files
# straight from static/, as `make run` does, through the same middleware stack as production.
@override_settings(WHITENOISE_USE_FINDERS=True)
def test_static_files_carry_the_resource_policy(client):
    response = client.get("/static/css/site.css")
    assert response.status_code == 200
    assert response["Content-Type"].startswith("text/css")
    assert b"".join(response.streaming_content) == (BASE_DIR / "static/css/site.css").read_bytes()
    assert response["Cross-Origin-Resource-Policy"] == "same-origin"
    assert response["X-Content-Type-Options"] == "nosniff"
    assert response["Referrer-Policy"] == "no-referrer"
    assert not response.cookies


@override_settings(SECURE_SSL_REDIRECT=True)
def test_https_redirect_and_hsts_in_production(client):
    response = client.get("/ar/")
    assert response.status_code == 301
    assert response["Location"] == "https://testserver/ar/"
    secure = client.get("/ar/", secure=True)
    assert "max-age=63072000" in secure["Strict-Transport-Security"]
    assert "includeSubDomains" in secure["Strict-Transport-Security"]


def test_healthz_answers_without_cache_or_language(client, django_assert_num_queries):
    with django_assert_num_queries(0):
        response = client.get("/healthz")
    assert response.status_code == 200
    assert response.content == b"ok\n"
    assert "no-store" in response["Cache-Control"]
    assert not response.cookies


def test_readyz_checks_database_and_cache(client):
    response = client.get("/readyz")
    assert response.status_code == 200
    assert response.content == b"ready\n"
    assert "no-store" in response["Cache-Control"]


def test_readyz_is_503_when_the_cache_fails(client, monkeypatch, caplog):
    from django.core.cache import cache

    def broken(*args, **kwargs):
        raise ConnectionError("cache down")

    monkeypatch.setattr(cache, "set", broken)
    with caplog.at_level("WARNING"):
        response = client.get("/readyz")
    assert response.status_code == 503
    assert b"cache" in response.content
    assert "no-store" in response["Cache-Control"]
    # A warning of ours, not Django's error report.
    assert not [r for r in caplog.records if r.name == "django.request"]


@override_settings(
    SITE_URL="https://portal.example.org",
    SECURITY_TXT_CONTACT="mailto:security@portal.example.org",
    SECURITY_TXT_EXPIRES="2027-05-31T00:00:00Z",
)
def test_security_txt(client):
    response = client.get("/.well-known/security.txt", secure=True)
    assert response.status_code == 200
    assert response["Content-Type"] == "text/plain; charset=utf-8"
    lines = response.content.decode().splitlines()
    assert "Contact: mailto:security@portal.example.org" in lines
    assert "Expires: 2027-05-31T00:00:00Z" in lines
    assert "Preferred-Languages: ar, fr, en" in lines
    assert "Canonical: https://portal.example.org/.well-known/security.txt" in lines
    assert not response.cookies


@override_settings(SECURITY_TXT_CONTACT="")
def test_no_security_txt_without_a_contact(client):
    assert client.get("/.well-known/security.txt").status_code == 404


@pytest.mark.slow
def test_public_pages_allow_no_inline_code_the_admin_only_the_editors(client, seeded, settings):
    for path in public_paths():
        csp = client.get(path)["Content-Security-Policy"]
        assert "nonce-" not in csp and "sha256-" not in csp, (path, csp)
    admin_csp = client.get("/admin/login/")["Content-Security-Policy"]
    assert settings.TIPTAP_STYLE_HASH in admin_csp
    assert "unsafe-inline" not in admin_csp and "unsafe-eval" not in admin_csp
    assert "default-src 'none'" in admin_csp and "frame-ancestors 'none'" in admin_csp
