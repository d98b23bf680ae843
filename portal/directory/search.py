"""What the site search matches a directory entry by: its own text, and the words people
use for whom and where it serves (a region's cities, "child" for child protection)."""

from django.utils.translation import gettext_lazy as _

from portal.content.choices import Audience

from .choices import Kind, RegionCode

# Words a visitor types that the labels do not contain (Arabic plurals are not stems of
# their singular: أطفال is not found by طفل). Translated like any label.
AUDIENCE_WORDS = {
    Audience.UNDER_18: _("child, children, minor, teenager, young person"),
    Audience.WOMEN: _("woman, women, girl"),
}
KIND_WORDS = {
    Kind.CHILD_PROTECTION: _("child, children, minor"),
    Kind.POLICE_REPORTING: _("police, complaint, report"),
    Kind.LEGAL_AID: _("lawyer, court, law"),
    Kind.PSYCHOLOGICAL_SUPPORT: _("psychologist, listening, stress"),
}
REGION_WORDS = {
    RegionCode.CASABLANCA_SETTAT: _("Casablanca, Settat, El Jadida, Mohammedia"),
    RegionCode.RABAT_SALE_KENITRA: _("Rabat, Sale, Kenitra, Temara"),
    RegionCode.MARRAKECH_SAFI: _("Marrakech, Safi, Essaouira"),
    RegionCode.FES_MEKNES: _("Fes, Meknes, Ifrane, Taza"),
    RegionCode.TANGER_TETOUAN_AL_HOCEIMA: _("Tangier, Tetouan, Al Hoceima, Larache"),
    RegionCode.ORIENTAL: _("Oujda, Nador, Berkane"),
    RegionCode.SOUSS_MASSA: _("Agadir, Taroudant, Tiznit"),
    RegionCode.BENI_MELLAL_KHENIFRA: _("Beni Mellal, Khenifra, Khouribga"),
    RegionCode.DRAA_TAFILALET: _("Errachidia, Ouarzazate, Zagora"),
    RegionCode.GUELMIM_OUED_NOUN: _("Guelmim, Tan-Tan, Sidi Ifni"),
    RegionCode.LAAYOUNE_SAKIA_EL_HAMRA: _("Laayoune, Boujdour"),
    RegionCode.DAKHLA_OUED_ED_DAHAB: _("Dakhla"),
}


def organisation_text(organisation):
    """Texts to match, in the active language: description, kind, regions, audiences, and
    the contact points' labels and values (a number someone remembers)."""
    yield organisation.description
    yield organisation.get_kind_display()
    yield KIND_WORDS.get(organisation.kind, "")
    yield organisation.address
    yield organisation.hours
    for region in organisation.regions.all():
        yield str(region)
        yield REGION_WORDS.get(region.code, "")
    for audience in organisation.audiences.all():
        yield str(audience)
        yield AUDIENCE_WORDS.get(audience.code, "")
    for point in organisation.contact_points.all():
        yield point.label
        yield point.value
