from django.contrib import admin
from django.utils.translation import gettext_lazy as _
from modeltranslation.admin import TranslationTabularInline

from portal.content.admin import PublishableAdmin
from portal.content.admin_direction import FieldDirectionMixin

from .models import Article, Event, Speaker, Talk, Topic
from .views import article_context, event_context


class TalkInline(FieldDirectionMixin, TranslationTabularInline):
    model = Talk
    extra = 0
    autocomplete_fields = ["speaker"]


@admin.register(Event)
class EventAdmin(PublishableAdmin):
    list_display = ["title", "date", "city", "status", "languages", "last_changed"]
    list_filter = ["status", "date"]
    search_fields = ["title", "summary"]
    inlines = [TalkInline]
    prepopulated_fields = {"slug": ["title_fr"]}
    preview_template = "seminars/event_detail.html"
    fieldsets = [
        (None, {"fields": ["title", "slug", "date", "venue", "city", "organiser"]}),
        (None, {"fields": ["summary", "body"]}),
        (_("Source"), {"fields": ["source_url", "source_checked_on"]}),
        (
            _("Publication"),
            {"fields": ["status", "publish_at", "withdraw_at", "last_changed"]},
        ),
    ]

    def preview_context(self, obj):
        return event_context(obj)


PUBLICATION = (
    _("Publication"),
    {"fields": ["status", "publish_at", "withdraw_at", "last_changed"]},
)


@admin.register(Speaker)
class SpeakerAdmin(PublishableAdmin):
    list_display = ["name", "role", "organisation", "status", "languages", "last_changed"]
    list_filter = ["status"]
    fieldsets = [
        (None, {"fields": ["name", "role", "organisation"]}),
        (_("Image"), {"fields": ["photo", "photo_alt"]}),
        (_("Source"), {"fields": ["source_url", "source_checked_on"]}),
        PUBLICATION,
    ]
    search_fields = ["name", "role", "organisation"]


@admin.register(Topic)
class TopicAdmin(PublishableAdmin):
    list_display = ["name", "slug", "status", "languages", "last_changed"]
    list_filter = ["status"]
    search_fields = ["name"]
    prepopulated_fields = {"slug": ["name_fr"]}
    fieldsets = [(None, {"fields": ["name", "slug", "description"]}), PUBLICATION]


@admin.register(Article)
class ArticleAdmin(PublishableAdmin):
    list_display = ["title", "published_on", "status", "languages", "last_changed"]
    list_filter = ["status", "topics", "published_on"]
    search_fields = ["title", "summary", "body"]
    date_hierarchy = "published_on"
    autocomplete_fields = ["event", "topics"]
    prepopulated_fields = {"slug": ["title_fr"]}
    preview_template = "seminars/article_detail.html"
    preview_object_name = "article"
    fieldsets = [
        (None, {"fields": ["title", "slug", "summary", "body", "published_on"]}),
        (_("Topics"), {"fields": ["topics", "event"]}),
        (_("Image"), {"fields": ["cover", "cover_alt"]}),
        (_("Source"), {"fields": ["source_name", "source_url"]}),
        (
            _("Publication"),
            {"fields": ["status", "publish_at", "withdraw_at", "last_changed"]},
        ),
    ]

    def preview_context(self, obj):
        return article_context(obj)
