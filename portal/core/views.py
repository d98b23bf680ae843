import sys

from django.contrib.sitemaps import views as sitemap_views
from django.db import InterfaceError, OperationalError
from django.http import HttpResponse, HttpResponseRedirect, HttpResponseServerError
from django.shortcuts import render
from django.template import loader
from django.urls import reverse
from django.utils import translation
from django.utils.cache import patch_vary_headers
from django.views.decorators.csrf import requires_csrf_token

from portal.content.sitemaps import collect_sitemaps, render_urlset
from portal.security.unavailable import service_unavailable

from .hooks import portal_apps
from .i18n import NOT_FOUND
from .navigation import without_database
from .origin import SiteRequest, absolute


def root(request):
    """Send `/` to the visitor's language, without remembering it in a cookie."""
    language = translation.get_language_from_request(request)
    response = HttpResponseRedirect(f"/{language}/")
    patch_vary_headers(response, ["Accept-Language"])
    return response


def home_sections(request):
    """Each app may add a section to the home page (PortalAppConfig.home_section), so the
    home page needs to know nothing of the apps' models."""
    sections = [config.home_section(request) for config in portal_apps()]
    return sorted(filter(None, sections), key=lambda section: section["order"])


def home(request):
    return render(request, "core/home.html", {"home_sections": home_sections(request)})


def page_not_found(request, exception):
    # Its language links go to each language's home, never to the path asked for.
    setattr(request, NOT_FOUND, True)
    return render(request, "404.html", status=404)


@requires_csrf_token
def server_error(request):
    # No database query here: this page must show when the database is what failed.
    without_database(request)
    error = sys.exception()
    if isinstance(error, (OperationalError, InterfaceError)):
        # The database failed outside a view (in a middleware): same 503 as in a view.
        return service_unavailable(request, error)
    template = loader.get_template("500.html")
    return HttpResponseServerError(template.render({}, request))


def robots_txt(request):
    """Point crawlers at the sitemap. The admin (and its previews) is not named here, since
    this file is public and the admin's path is meant to stay unknown: every admin response
    says `X-Robots-Tag: noindex` instead (portal/security/middleware.py)."""
    lines = [
        "User-agent: *",
        "Disallow:",
        "",
        f"Sitemap: {absolute(reverse('sitemap'))}",
        "",
    ]
    return HttpResponse("\n".join(lines), content_type="text/plain; charset=utf-8")


def sitemap(request):
    response = sitemap_views.sitemap(SiteRequest(request), sitemaps=collect_sitemaps())
    # Django's view, with its headers; the XML written without its template (render_urlset).
    response.content = render_urlset(response.context_data["urlset"])
    return response
