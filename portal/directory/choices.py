"""The fixed lists a directory entry is described with: kinds, regions, audiences, languages,
and the kinds of contact.

Codes are stable (the JSON export, CSV files and filters use them); labels are translated with
gettext, so a label can be reworded without touching the data.
"""

from django.db import models
from django.utils.translation import gettext_lazy as _

from portal.content.choices import Audience


class Kind(models.TextChoices):
    EMERGENCY = "emergency", _("Emergency service")
    POLICE_REPORTING = "police-reporting", _("Police reporting")
    PUBLIC_PROSECUTION = "public-prosecution", _("Public prosecution")
    CHILD_PROTECTION = "child-protection", _("Child protection")
    WOMEN_SUPPORT = "women-support", _("Support for women")
    PSYCHOLOGICAL_SUPPORT = "psychological-support", _("Psychological support")
    LEGAL_AID = "legal-aid", _("Legal aid")
    NGO = "ngo", _("Association (NGO)")
    PLATFORM_REPORTING = "platform-reporting", _("Reporting to a platform")
    REMOVAL_TOOL = "removal-tool", _("Image removal tool")


class RegionCode(models.TextChoices):
    # Morocco's twelve regions (2015 division), then the places that are not a region.
    TANGER_TETOUAN_AL_HOCEIMA = "tanger-tetouan-al-hoceima", _("Tanger-Tetouan-Al Hoceima")
    ORIENTAL = "oriental", _("Oriental")
    FES_MEKNES = "fes-meknes", _("Fes-Meknes")
    RABAT_SALE_KENITRA = "rabat-sale-kenitra", _("Rabat-Sale-Kenitra")
    BENI_MELLAL_KHENIFRA = "beni-mellal-khenifra", _("Beni Mellal-Khenifra")
    CASABLANCA_SETTAT = "casablanca-settat", _("Casablanca-Settat")
    MARRAKECH_SAFI = "marrakech-safi", _("Marrakech-Safi")
    DRAA_TAFILALET = "draa-tafilalet", _("Draa-Tafilalet")
    SOUSS_MASSA = "souss-massa", _("Souss-Massa")
    GUELMIM_OUED_NOUN = "guelmim-oued-noun", _("Guelmim-Oued Noun")
    LAAYOUNE_SAKIA_EL_HAMRA = "laayoune-sakia-el-hamra", _("Laayoune-Sakia El Hamra")
    DAKHLA_OUED_ED_DAHAB = "dakhla-oued-ed-dahab", _("Dakhla-Oued Ed-Dahab")
    NATIONWIDE = "nationwide", _("Nationwide")
    ONLINE = "online", _("Online")
    INTERNATIONAL = "international", _("International")


# A visitor who picks a region also needs what serves the whole country or works online.
REGIONS_ALWAYS_INCLUDED = (RegionCode.NATIONWIDE, RegionCode.ONLINE)
MOROCCAN_REGIONS = tuple(RegionCode)[:12]


# Audiences are the content app's vocabulary, shared with the guides (SERVICE_AUDIENCES).
# Something open to everyone also serves a child or a woman who filters for them.
AUDIENCE_ALWAYS_INCLUDED = (Audience.EVERYONE,)


class LanguageCode(models.TextChoices):
    # ISO 639 codes: zgh is Standard Moroccan Tamazight, ary is Moroccan Arabic (Darija).
    ARABIC = "ar", _("Arabic")
    DARIJA = "ary", _("Darija")
    AMAZIGH = "zgh", _("Amazigh")
    FRENCH = "fr", _("French")
    ENGLISH = "en", _("English")


class ContactKind(models.TextChoices):
    PHONE = "phone", _("Phone")
    SHORT_CODE = "short-code", _("Short number")
    WHATSAPP = "whatsapp", _("WhatsApp")
    EMAIL = "email", _("Email")
    WEB_FORM = "web-form", _("Online form")
    APP = "app", _("App")
