"""What each kind of contact point accepts, how it is shown and what it links to."""

from django.core.exceptions import ValidationError
from django.core.validators import EmailValidator
from django.utils.translation import gettext_lazy as _

from portal.content.web_address import validate_web_address

from . import phones
from .choices import ContactKind

NUMBERS = (ContactKind.PHONE, ContactKind.SHORT_CODE, ContactKind.WHATSAPP)


def normalised(kind, value):
    """The value as stored (+212… for numbers), or ValidationError."""
    value = (value or "").strip()
    if kind in (ContactKind.PHONE, ContactKind.WHATSAPP):
        return phones.normalise_phone(value)
    if kind == ContactKind.SHORT_CODE:
        return phones.normalise_short_number(value)
    if kind == ContactKind.EMAIL:
        EmailValidator(message=_("Enter a valid email address."))(value)
        return value
    validate_web_address(value)
    return value


def display(kind, value):
    if kind in (ContactKind.PHONE, ContactKind.WHATSAPP):
        return phones.local_format(value)
    return value


def href(kind, value):
    if kind in (ContactKind.PHONE, ContactKind.SHORT_CODE):
        return f"tel:{value}"
    if kind == ContactKind.WHATSAPP:
        return f"https://wa.me/{value.lstrip('+')}"
    if kind == ContactKind.EMAIL:
        return f"mailto:{value}"
    return value


class ContactValue:
    """What a contact point does with its `kind` and `value`: checks and normalises the value
    for its kind, and says how to show and link it."""

    def clean(self):
        super().clean()
        try:
            self.value = normalised(self.kind, self.value)
        except ValidationError as error:
            raise ValidationError({"value": error.messages}) from error

    @property
    def is_number(self):
        return self.kind in NUMBERS

    @property
    def display(self):
        return display(self.kind, self.value)

    @property
    def href(self):
        return href(self.kind, self.value)
