from django.conf import settings
from django.conf.urls.i18n import i18n_patterns
from django.contrib import admin
from django.urls import include, path, re_path
from django.views.static import serve

from portal.core import views as core_views
from portal.security import health, security_txt, static

# admin.site is PortalAdminSite (portal/security/admin_site.py): second factor, CSP,
# referrer policy and session limits for every admin page.
urlpatterns = [
    path("", core_views.root, name="root"),
    path("robots.txt", core_views.robots_txt, name="robots_txt"),
    path("sitemap.xml", core_views.sitemap, name="sitemap"),
    # Before the admin: its static files, off the public /static/ (security/static.py).
    re_path(rf"^{settings.ADMIN_URL}static/(?P<path>.+)$", static.admin_static),
    path(settings.ADMIN_URL, admin.site.urls),
    path("healthz", health.healthz, name="healthz"),
    path("readyz", health.readyz, name="readyz"),
    path(".well-known/security.txt", security_txt.security_txt, name="security_txt"),
]

if settings.SERVE_MEDIA:
    # Uploaded images for `make run` and `make serve`; in production the web server serves
    # MEDIA_ROOT itself (see README.md). serve() refuses paths outside MEDIA_ROOT.
    urlpatterns += [
        re_path(
            r"^{}(?P<path>.*)$".format(settings.MEDIA_URL.lstrip("/")),
            serve,
            {"document_root": settings.MEDIA_ROOT},
        )
    ]

urlpatterns += i18n_patterns(
    path("", include("portal.core.urls")),
    path("", include("portal.seminars.urls")),
    path("", include("portal.guides.urls")),
    path("", include("portal.directory.urls")),
    # Last: a page's address is /<language>/<slug>/, after every other app's addresses.
    path("", include("portal.pages.urls")),
)

handler404 = "portal.core.views.page_not_found"
handler500 = "portal.core.views.server_error"
