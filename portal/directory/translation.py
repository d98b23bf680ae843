from modeltranslation.translator import TranslationOptions, register

from .models import ContactPoint, DirectorySettings, Organisation


@register(Organisation)
class OrganisationTranslationOptions(TranslationOptions):
    fields = ("name", "description", "hours", "address")


@register(ContactPoint)
class ContactPointTranslationOptions(TranslationOptions):
    fields = ("label", "hours")


# Nothing to translate, but registered so that it shares the admin every content type uses.
@register(DirectorySettings)
class DirectorySettingsTranslationOptions(TranslationOptions):
    fields = ()
