from modeltranslation.translator import TranslationOptions, register

from .models import FAQEntry, Guide, PlanStep, QuickExitSettings, Step, StepLink


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


# Nothing to translate, but registered so that it shares the admin every content type uses.
@register(QuickExitSettings)
class QuickExitSettingsTranslationOptions(TranslationOptions):
    fields = ()
