from django.conf import settings
from django.conf.urls.i18n import i18n_patterns
from django.contrib import admin
from django.urls import include, path

from portal.core import views as core_views

urlpatterns = [
    path("", core_views.root, name="root"),
    path(settings.ADMIN_URL, admin.site.urls),
]

urlpatterns += i18n_patterns(
    path("", include("portal.core.urls")),
    path("", include("portal.seminars.urls")),
    path("", include("portal.guides.urls")),
    path("", include("portal.directory.urls")),
)

handler404 = "portal.core.views.page_not_found"
handler500 = "portal.core.views.server_error"
