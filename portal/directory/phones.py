"""Phone numbers: parsed and validated with Google's libphonenumber (the `phonenumbers`
package), stored in E.164, shown the way people in Morocco write them.

Short numbers (19, 177...) are not E.164 numbers; they are stored as their digits.
"""

import functools

import phonenumbers
from django.core.exceptions import ValidationError
from django.utils.translation import gettext_lazy as _
from phonenumbers import shortnumberinfo

REGION = "MA"
# Short numbers that our sources confirm (docs: shared facts, checked 2026-11-28) but that the
# library's metadata does not list for Morocco yet: 112 (police from a mobile), 2511 (ONDE
# child-protection line), 8350 (UNFM line for women). The library knows 19, 177 and 15.
KNOWN_SHORT_NUMBERS = frozenset({"112", "2511", "8350"})


def normalise_phone(value):
    """A full number, with or without +212 or a leading 0, as E.164 (+212537123456)."""
    raw = (value or "").strip()
    try:
        number = phonenumbers.parse(raw, REGION)
    except phonenumbers.NumberParseException:
        number = None
    if number is None or not phonenumbers.is_valid_number(number):
        digits = "".join(ch for ch in raw if ch.isdigit())
        # A short number has no trunk 0 and no country code: 19, 177, 2511.
        if digits and len(digits) <= 5 and raw[0] not in "0+":
            raise ValidationError(
                _("%(value)s looks like a short number: choose the kind “Short number”."),
                params={"value": raw},
                code="short",
            )
        raise ValidationError(
            _(
                "%(value)s is not a valid phone number. Write it as it is dialled in "
                "Morocco (05 37 12 34 56) or with the country code (+212 537 12 34 56)."
            ),
            params={"value": raw},
            code="invalid_phone",
        )
    return phonenumbers.format_number(number, phonenumbers.PhoneNumberFormat.E164)


def normalise_short_number(value):
    """A Moroccan short number (19, 177, 2511...) as its digits."""
    raw = (value or "").strip()
    digits = raw.replace(" ", "")
    if not digits.isdigit() or not 2 <= len(digits) <= 6:
        raise ValidationError(
            _("%(value)s is not a short number: a short number has 2 to 6 digits."),
            params={"value": raw},
            code="invalid_short",
        )
    known = digits in KNOWN_SHORT_NUMBERS or shortnumberinfo.is_valid_short_number_for_region(
        phonenumbers.parse(digits, REGION), REGION
    )
    if not known:
        raise ValidationError(
            _(
                "%(value)s is not a known short number in Morocco. Check it with the "
                "service; if it is right, ask a developer to add it to the known list."
            ),
            params={"value": raw},
            code="unknown_short",
        )
    return digits


@functools.lru_cache(maxsize=4096)
def local_format(e164):
    """+212537123456 as 05 37 12 34 56; a foreign number in international format.

    Kept per number: libphonenumber takes ~70 µs a number, and the answer depends on the
    number alone (a directory list shows dozens, its JSON hundreds)."""
    try:
        number = phonenumbers.parse(e164, None)
    except phonenumbers.NumberParseException:
        return e164
    if phonenumbers.region_code_for_number(number) == REGION:
        return phonenumbers.format_number(number, phonenumbers.PhoneNumberFormat.NATIONAL)
    return phonenumbers.format_number(number, phonenumbers.PhoneNumberFormat.INTERNATIONAL)
