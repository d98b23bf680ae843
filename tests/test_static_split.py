"""The public /static/ holds what public pages load, and nothing that names the admin or its
add-ons; no manifest is served; the admin's files are under the admin's path."""

import re

import pytest
from django.conf import settings
from django.test import RequestFactory, override_settings

pytestmark = pytest.mark.django_db


@pytest.fixture
def collected(tmp_path):
    """A STATIC_ROOT as collectstatic leaves it, manifest included."""
    for name, body in {
        "staticfiles.json": '{"paths": {"admin/css/base.css": "admin/css/base.1.css"}}',
        "admin/css/base.1.css": "body{}",
        "django_prose_editor/editor.js": "//",
        "vendor/jquery-ui/jquery-ui.min.js": "//",
        "css/site.1.css": "body{}",
        "js/quick-exit.1.js": "//",
    }.items():
        path = tmp_path / name
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(body)
    return tmp_path


def status(middleware, path):
    return middleware(RequestFactory().get(path)).status_code


def test_the_manifest_and_the_admins_add_ons_are_not_public(collected):
    from django.conf import settings as django_settings
    from django.utils.module_loading import import_string

    # The WhiteNoise middleware the site runs, whichever it is.
    PortalWhiteNoise = import_string(next(m for m in django_settings.MIDDLEWARE if "hite" in m))
    with override_settings(STATIC_ROOT=collected, WHITENOISE_AUTOREFRESH=False):
        middleware = PortalWhiteNoise(lambda request: type("R", (), {"status_code": 404})())
        admin = f"/{settings.ADMIN_URL}static/"
        for hidden in (
            "staticfiles.json",
            "admin/css/base.1.css",
            "django_prose_editor/editor.js",
            "vendor/jquery-ui/jquery-ui.min.js",
        ):
            assert status(middleware, f"/static/{hidden}") == 404, hidden
        assert status(middleware, f"{admin}staticfiles.json") == 404
        for name in ("admin/css/base.1.css", "django_prose_editor/editor.js"):
            assert status(middleware, f"{admin}{name}") == 200, name
        for public in ("css/site.1.css", "js/quick-exit.1.js"):
            assert status(middleware, f"/static/{public}") == 200, public


def test_admin_pages_load_their_files_from_the_admins_path(client):
    html = client.get(f"/{settings.ADMIN_URL}login/").content.decode()
    sources = re.findall(r'(?:href|src)="(/[^"]+\.(?:css|js|svg))"', html)
    assert sources
    for source in sources:
        assert source.startswith(f"/{settings.ADMIN_URL}static/"), source
        assert client.get(source).status_code == 200, source


def test_public_pages_load_only_public_static_files(client):
    html = client.get("/ar/").content.decode()
    sources = re.findall(r'(?:href|src)="(/static/[^"]+)"', html)
    assert sources
    assert not any("admin" in source for source in sources)
