from modeltranslation.translator import TranslationOptions, register

from .models import FAQEntry, Guide, PlanStep, Step, StepLink


@register(Guide)
class GuideTranslationOptions(TranslationOptions):
    fields = ("title", "summary", "intro")


@register(Step)
class StepTranslationOptions(TranslationOptions):
    fields = ("title", "body")


@register(StepLink)
class StepLinkTranslationOptions(TranslationOptions):
    fields = ("label",)


@register(FAQEntry)
class FAQEntryTranslationOptions(TranslationOptions):
    fields = ("question", "answer", "topic")


@register(PlanStep)
class PlanStepTranslationOptions(TranslationOptions):
    fields = ("title", "body")
