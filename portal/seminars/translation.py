from modeltranslation.translator import TranslationOptions, register

from .models import Article, Event, Speaker, Talk, Topic


@register(Event)
class EventTranslationOptions(TranslationOptions):
    fields = ("title", "venue", "city", "organiser", "summary", "body")


@register(Speaker)
class SpeakerTranslationOptions(TranslationOptions):
    fields = ("name", "role", "organisation", "photo_alt")


@register(Talk)
class TalkTranslationOptions(TranslationOptions):
    fields = ("title", "summary")


@register(Article)
class ArticleTranslationOptions(TranslationOptions):
    fields = ("title", "summary", "body", "source_name", "cover_alt")


@register(Topic)
class TopicTranslationOptions(TranslationOptions):
    fields = ("name", "description")
