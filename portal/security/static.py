"""Static files: the public ones under /static/, the admin's under its own path.

A public /static/ that held Django's admin, the rich-text editor, the import tool and the
other add-ons would tell anyone which admin runs here and which versions, whatever
ADMIN_URL hides, and /static/staticfiles.json (the manifest) would list them all. So only
what public pages load (PUBLIC_STATIC) is served under /static/; every other static file is
served under `/<ADMIN_URL>static/` (the storages' url() says so to the templates), and the
manifest is not served at all. A new add-on is hidden by default.
"""

import mimetypes

from django.conf import settings
from django.contrib.staticfiles import finders
from django.contrib.staticfiles.storage import StaticFilesStorage
from django.http import FileResponse, Http404
from whitenoise.middleware import WhiteNoiseMiddleware
from whitenoise.storage import CompressedManifestStaticFilesStorage

# What public pages load (templates/base.html and the quick exit); nothing else is public.
PUBLIC_STATIC = ("css/site.", "img/", "js/quick-exit.")
MANIFEST = "staticfiles.json"


def is_public(name):
    return name.startswith(PUBLIC_STATIC)


def admin_static_url():
    return f"/{settings.ADMIN_URL}static/"


class AdminPathMixin:
    """url() of a file that is not public: under the admin's path."""

    def url(self, name, *args, **kwargs):
        url = super().url(name, *args, **kwargs)
        if name and not is_public(name) and url.startswith(settings.STATIC_URL):
            return admin_static_url() + url[len(settings.STATIC_URL) :]
        return url


class PortalStaticStorage(AdminPathMixin, StaticFilesStorage):
    """Plain storage (`make run`, tests)."""


class PortalManifestStorage(AdminPathMixin, CompressedManifestStaticFilesStorage):
    """Production: hashed, compressed, and the same split."""


class PortalWhiteNoise(WhiteNoiseMiddleware):
    """WhiteNoise with the split: public files at /static/, the rest at the admin's path,
    no manifest anywhere."""

    def __init__(self, get_response=None, settings=settings):
        super().__init__(get_response, settings)
        moved = {}
        for url in list(self.files):
            if not url.startswith(self.static_prefix):
                continue
            name = url[len(self.static_prefix) :]
            if name.startswith(MANIFEST):
                del self.files[url]
            elif not is_public(name):
                moved[admin_static_url() + name] = self.files.pop(url)
        self.files.update(moved)

    def __call__(self, request):
        path = request.path_info
        # Development (files found on each request): the same split.
        if (
            self.autorefresh
            and path.startswith(self.static_prefix)
            and not is_public(path[len(self.static_prefix) :])
        ):
            return self.get_response(request)
        return super().__call__(request)


def admin_static(request, path):
    """The admin's static files where WhiteNoise does not hold them (a test's live server,
    a tree without collectstatic): from the apps' static folders."""
    if is_public(path) or path.startswith(MANIFEST):
        raise Http404(path)
    found = finders.find(path)
    if not found:
        raise Http404(path)
    content_type, _encoding = mimetypes.guess_type(found)
    return FileResponse(open(found, "rb"), content_type=content_type)
