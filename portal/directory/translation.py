from modeltranslation.translator import TranslationOptions, register

from .models import ContactPoint, Organisation


@register(Organisation)
class OrganisationTranslationOptions(TranslationOptions):
    fields = ("name", "description", "hours", "address")


@register(ContactPoint)
class ContactPointTranslationOptions(TranslationOptions):
    fields = ("label", "hours")
