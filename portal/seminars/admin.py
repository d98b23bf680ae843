from django.contrib import admin
from modeltranslation.admin import TabbedTranslationAdmin, TranslationTabularInline

from .models import Article, Event, Speaker, Talk


class TalkInline(TranslationTabularInline):
    model = Talk
    extra = 0
    autocomplete_fields = ["speaker"]


@admin.register(Event)
class EventAdmin(TabbedTranslationAdmin):
    list_display = ["title", "date", "city", "status"]
    list_filter = ["status", "date"]
    search_fields = ["title", "summary"]
    inlines = [TalkInline]


@admin.register(Speaker)
class SpeakerAdmin(TabbedTranslationAdmin):
    list_display = ["name", "role", "organisation"]
    search_fields = ["name", "role", "organisation"]


@admin.register(Article)
class ArticleAdmin(TabbedTranslationAdmin):
    list_display = ["title", "published_on", "status"]
    list_filter = ["status", "published_on"]
    search_fields = ["title", "summary", "body"]
    date_hierarchy = "published_on"
    autocomplete_fields = ["event"]
