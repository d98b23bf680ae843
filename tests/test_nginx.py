"""deploy/nginx.conf, as shipped, with only its paths and ports changed for a temporary prefix:
nginx accepts it (`nginx -t`), and in front of gunicorn running the production settings
(HTTPS behind a proxy) it serves a public page and a static file with the app's security
headers, each exactly once, long-lived caching of hashed static names, Brotli, no cookie and
no version in the Server header."""

import http.client
import os
import re
import shutil
import ssl
import subprocess
from contextlib import contextmanager
from pathlib import Path

import pytest

from tests.serving_helpers import (
    BASE_DIR,
    app_server,
    free_port,
    run_django,
    server_env,
    shared_database,
    stop,
    wait_until,
)

CONFIG = BASE_DIR / "deploy" / "nginx.conf"
NGINX = shutil.which("nginx") or "/usr/sbin/nginx"
SECURITY_HEADERS = (
    "Strict-Transport-Security",
    "X-Content-Type-Options",
    "Referrer-Policy",
    "Cross-Origin-Opener-Policy",
    "Cross-Origin-Resource-Policy",
    "Permissions-Policy",
)
PAGE_HEADERS = (*SECURITY_HEADERS, "Content-Security-Policy", "X-Frame-Options")


def render(tmp, app_port, http_port, https_port):
    """The shipped configuration with its machine-specific strings swapped for the test's.
    Every swapped string must be in the file, so that the test follows the file."""
    tmp = Path(tmp)
    as_root = os.geteuid() == 0
    swaps = [
        # Running as root, workers must still read the test's private temp folder.
        ("user www-data;", "user root;" if as_root else ""),
        ("pid /run/nginx.pid;", f"pid {tmp}/nginx.pid;"),
        ("/var/log/nginx/", f"{tmp}/logs/"),
        ("/var/lib/nginx/", f"{tmp}/lib/"),
        ("/var/cache/nginx/portal", f"{tmp}/cache"),
        ("server 127.0.0.1:8000 ", f"server 127.0.0.1:{app_port} "),
        ("listen 80 default_server;", f"listen 127.0.0.1:{http_port} default_server;"),
        ("listen [::]:80 default_server;", ""),
        ("listen 443 ssl http2 default_server;", f"listen 127.0.0.1:{https_port} ssl http2;"),
        ("listen [::]:443 ssl http2 default_server;", ""),
        ("/etc/ssl/portal/", f"{tmp}/tls/"),
        ("/srv/portal/var/static/", f"{tmp}/static/"),
        ("/srv/portal/var/media/", f"{tmp}/media/"),
    ]
    text = CONFIG.read_text()
    for old, new in swaps:
        assert old in text, f"deploy/nginx.conf no longer has {old!r}: update tests/test_nginx.py"
        text = text.replace(old, new)
    for folder in ("logs", "lib", "cache", "tls", "static", "media"):
        (tmp / folder).mkdir(exist_ok=True)
    subprocess.run(
        [
            *("openssl", "req", "-x509", "-newkey", "ec", "-pkeyopt"),
            *("ec_paramgen_curve:prime256v1", "-nodes", "-days", "1", "-subj", "/CN=127.0.0.1"),
            *("-addext", "subjectAltName=IP:127.0.0.1"),
            *("-keyout", str(tmp / "tls/privkey.pem"), "-out", str(tmp / "tls/fullchain.pem")),
        ],
        check=True,
        capture_output=True,
    )
    path = tmp / "nginx.conf"
    path.write_text(text)
    return path


@pytest.mark.subprocess
def test_the_shipped_configuration_passes_nginx_t(tmp_path):
    assert Path(NGINX).exists(), "nginx is missing: apt-get install -y nginx (.ci/run does)"
    config = render(tmp_path, free_port(), free_port(), free_port())
    result = subprocess.run(
        [NGINX, "-t", "-c", str(config), "-p", str(tmp_path)],
        capture_output=True,
        text=True,
        timeout=60,
    )
    assert result.returncode == 0, result.stderr
    assert "syntax is ok" in result.stderr and "test is successful" in result.stderr


@contextmanager
def nginx(config, prefix, port):
    process = subprocess.Popen(
        [NGINX, "-c", str(config), "-p", str(prefix), "-g", "daemon off;"],
        stdout=subprocess.DEVNULL,
        stderr=subprocess.PIPE,
    )
    try:
        wait_until(lambda: get_direct(port, "/healthz").status == 301, "nginx", process)
        yield
    finally:
        stop(process)


class Answer:
    def __init__(self, raw):
        self.status = raw.status
        self.headers = raw.headers
        self.body = raw.read()

    def all(self, name):
        return self.headers.get_all(name) or []

    def one(self, name):
        values = self.all(name)
        assert len(values) == 1, (name, values)
        return values[0]


def request(connection, path, headers):
    try:
        connection.request("GET", path, headers=headers)
        return Answer(connection.getresponse())
    except OSError:
        answer = Answer.__new__(Answer)
        answer.status, answer.headers, answer.body = 0, None, b""
        return answer
    finally:
        connection.close()


def get_direct(port, path, **headers):
    return request(http.client.HTTPConnection("127.0.0.1", port, timeout=30), path, headers)


def get_tls(port, path, cafile, **headers):
    context = ssl.create_default_context(cafile=str(cafile))
    connection = http.client.HTTPSConnection("127.0.0.1", port, timeout=30, context=context)
    return request(connection, path, headers)


PREPARE = r"""
import json
from django.core.management import call_command
call_command("migrate", "--no-input", verbosity=0)
call_command("collectstatic", "--no-input", verbosity=0)
from django.contrib.staticfiles.storage import staticfiles_storage
print(json.dumps({"css": staticfiles_storage.url("css/site.css")}))
"""


def test_the_configuration_keeps_the_apps_static_split_and_header_values():
    """What nginx.conf copies from the app, read without starting anything: the public static
    prefixes and the Permissions-Policy value."""
    from portal.security.middleware import PERMISSIONS_POLICY
    from portal.security.static import PUBLIC_STATIC

    text = CONFIG.read_text()
    public = re.compile(re.search(r'location ~ "(\^/static/[^"]+)"', text).group(1))
    for prefix in PUBLIC_STATIC:
        assert public.match(f"/static/{prefix}x"), prefix
    for hidden in ("staticfiles.json", "admin/css/base.css", "django_prose_editor/x.js"):
        assert not public.match(f"/static/{hidden}"), hidden
    values = re.findall(r'add_header Permissions-Policy "([^"]+)" always;', text)
    assert values and set(values) == {PERMISSIONS_POLICY}


@pytest.fixture(scope="module")
def proxy(tmp_path_factory):
    tmp = tmp_path_factory.mktemp("nginx")
    with shared_database(tmp) as database_url:
        # Production settings as on a real app server behind the proxy: HTTPS-only cookies
        # with the __Host- prefix, HSTS, the redirect to HTTPS, the compressed manifest
        # storage; the proxy says the visitor came over HTTPS.
        env = server_env(
            tmp,
            database_url,
            SITE_URL="https://127.0.0.1",
            SECURE_PROXY_SSL_HEADER="1",
            # gunicorn believes the proxy's X-Forwarded-* only from the proxy's address.
            FORWARDED_ALLOW_IPS="127.0.0.1",
        )
        for name in (
            "SECURE_SSL_REDIRECT",
            "SESSION_COOKIE_SECURE",
            "CSRF_COOKIE_SECURE",
            "SECURE_HSTS_SECONDS",
            "STATICFILES_STORAGE",
        ):
            env.pop(name)
        prepared = run_django(env, PREPARE)
        with app_server(env, tmp / "gunicorn.log", workers=1) as app:
            http_port, https_port = free_port(), free_port()
            config = render(tmp, app, http_port, https_port)
            (tmp / "media" / "covers").mkdir()
            (tmp / "media" / "covers" / "a.webp").write_bytes(b"RIFF\x00\x00\x00\x00WEBP")
            with nginx(config, tmp, http_port):
                yield {
                    "app": app,
                    "http": http_port,
                    "https": https_port,
                    "ca": tmp / "tls" / "fullchain.pem",
                    "css": prepared["css"],
                    "static_root": tmp / "static",
                }


@pytest.mark.subprocess
def test_plain_http_is_sent_to_https(proxy):
    answer = get_direct(proxy["http"], "/ar/")
    assert answer.status == 301
    assert answer.one("Location") == "https://127.0.0.1/ar/"


@pytest.mark.subprocess
def test_a_public_page_through_nginx_keeps_the_apps_headers_once_and_sets_no_cookie(proxy):
    through = get_tls(proxy["https"], "/ar/", proxy["ca"], **{"Accept-Language": "ar"})
    assert through.status == 200, through.body[:500]
    assert b'lang="ar"' in through.body
    # What the app answers to the same request straight from gunicorn.
    direct = get_direct(proxy["app"], "/ar/", **{"X-Forwarded-Proto": "https"})
    assert direct.status == 200
    for name in PAGE_HEADERS:
        assert through.one(name) == direct.one(name), name
    assert through.one("Strict-Transport-Security").startswith("max-age=63072000")
    assert "default-src 'none'" in through.one("Content-Security-Policy")
    assert not through.all("Set-Cookie")
    assert through.one("Server") == "nginx"


@pytest.mark.subprocess
def test_a_static_file_through_nginx_has_the_headers_whitenoise_gives_it(proxy):
    css = proxy["css"]
    assert re.fullmatch(r"/static/css/site\.[0-9a-f]{12}\.css", css), css
    through = get_tls(proxy["https"], css, proxy["ca"], **{"Accept-Encoding": "br"})
    assert through.status == 200
    direct = get_direct(
        proxy["app"], css, **{"Accept-Encoding": "br", "X-Forwarded-Proto": "https"}
    )
    assert direct.status == 200
    for name in SECURITY_HEADERS:
        assert through.one(name) == direct.one(name), name
    assert through.one("Cache-Control") == direct.one("Cache-Control")
    assert through.one("Cache-Control") == "max-age=315360000, public, immutable"
    # whitenoise's Brotli copy, served as such.
    assert through.one("Content-Encoding") == "br"
    assert "Accept-Encoding" in through.one("Vary")
    import brotli

    original = (proxy["static_root"] / css.removeprefix("/static/")).read_bytes()
    assert brotli.decompress(through.body) == original
    assert not through.all("Set-Cookie")
    assert through.one("Server") == "nginx"


@pytest.mark.subprocess
def test_an_unhashed_static_name_is_cached_briefly_and_errors_show_no_version(proxy):
    answer = get_tls(proxy["https"], "/static/css/site.css", proxy["ca"])
    assert answer.status == 200
    assert answer.one("Cache-Control") == "max-age=60, public"
    missing = get_tls(proxy["https"], "/static/css/no-such-file.css", proxy["ca"])
    assert missing.status == 404
    assert missing.one("X-Content-Type-Options") == "nosniff"
    assert b"nginx/" not in missing.body


@pytest.mark.subprocess
def test_uploaded_images_are_served_with_a_week_of_caching_and_a_sandbox(proxy):
    answer = get_tls(proxy["https"], "/media/covers/a.webp", proxy["ca"])
    assert answer.status == 200
    assert answer.one("Content-Type") == "image/webp"
    assert answer.one("Cache-Control") == "max-age=604800, public"
    assert answer.one("Content-Security-Policy") == "default-src 'none'; sandbox"
    for name in SECURITY_HEADERS:
        assert answer.one(name)
    assert not answer.all("Set-Cookie")


@pytest.mark.subprocess
def test_only_what_public_pages_load_is_under_static_as_the_app_has_it(proxy):
    """portal/security/static.py: the admin's files are not under /static/ and the manifest
    is served nowhere; nginx, serving STATIC_ROOT itself, keeps that split."""
    manifest = proxy["static_root"] / "staticfiles.json"
    assert manifest.exists() and (proxy["static_root"] / "admin").is_dir()
    for path in ("/static/staticfiles.json", "/static/admin/css/base.css"):
        through = get_tls(proxy["https"], path, proxy["ca"])
        assert through.status == 404, path
        assert through.one("X-Content-Type-Options") == "nosniff"
        direct = get_direct(proxy["app"], path, **{"X-Forwarded-Proto": "https"})
        assert direct.status == 404, path
