from django.contrib import admin
from django.utils.translation import gettext_lazy as _

from portal.content.admin import PublishableAdmin

from .models import Page
from .views import page_context


@admin.register(Page)
class PageAdmin(PublishableAdmin):
    list_display = ["title", "menu", "order", "status", "languages", "last_changed"]
    list_filter = ["status", "menu"]
    search_fields = ["title", "summary", "body"]
    autocomplete_fields = ["parent"]
    prepopulated_fields = {"slug": ["title_fr"]}
    preview_template = "pages/page_detail.html"
    fieldsets = [
        (None, {"fields": ["title", "slug", "summary", "body"]}),
        (_("Menu"), {"fields": ["menu", "order", "parent"]}),
        (_("Image"), {"fields": ["cover", "cover_alt"]}),
        (
            _("Publication"),
            {"fields": ["status", "publish_at", "withdraw_at", "last_changed"]},
        ),
    ]

    def preview_context(self, obj):
        return page_context(obj)
