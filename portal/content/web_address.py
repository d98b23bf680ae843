"""The one check for every web address an editor types (quick exit, directory websites and
contact links, step links, sources): a public site named by its host name, nothing that can
send a visitor somewhere else than it seems to.

- No user-info: `https://www.bbc.com@evil.example/` reads as the BBC but opens evil.example.
- No IP literal (`https://192.0.2.1/`, `https://[::1]/`, `https://2130706433/`): a trusted
  service has a name; a bare address points at a machine nobody can vouch for, or at ours.
- HTTPS, except for sources: the quick exit and every link a visitor follows must not show
  the network where they went. A source is a citation (a press article of 2019 may only exist
  over http), so it may be http, never anything else.
"""

import ipaddress
import re
from urllib.parse import urlsplit

from django.core.exceptions import ValidationError
from django.core.validators import URLValidator
from django.db import models
from django.utils.deconstruct import deconstructible
from django.utils.translation import gettext_lazy as _

# A host made of digits (and hex) alone is an IP address to a browser: 2130706433, 0x7f.1.
NUMERIC_HOST = re.compile(r"^(0x[0-9a-f]+|[0-9]+)(\.(0x[0-9a-f]+|[0-9]+))*\.?$", re.IGNORECASE)


def is_ip_literal(host):
    host = (host or "").strip("[]")
    try:
        ipaddress.ip_address(host)
    except ValueError:
        return bool(NUMERIC_HOST.match(host))
    return True


@deconstructible
class WebAddressValidator:
    """Refuses user-info, IP-literal hosts and (with https_only) any scheme but https."""

    def __init__(self, https_only=True):
        self.https_only = https_only

    def __call__(self, value):
        if not value:
            return
        schemes = ["https"] if self.https_only else ["https", "http"]
        message = (
            _("Enter a web address starting with https://.")
            if self.https_only
            else _("Enter a web address starting with https:// or http://.")
        )
        URLValidator(schemes=schemes, message=message)(value)
        parts = urlsplit(value)
        if "@" in parts.netloc:
            raise ValidationError(
                _(
                    "Remove the part before “@”: an address with a name or password before "
                    "the site can open another site than the one it seems to name."
                ),
                code="user_info",
            )
        if is_ip_literal(parts.hostname):
            raise ValidationError(
                _("Use the site's name (such as www.example.ma), not a numeric IP address."),
                code="ip_literal",
            )

    def __eq__(self, other):
        return isinstance(other, WebAddressValidator) and other.https_only == self.https_only


validate_web_address = WebAddressValidator(https_only=True)
validate_source_address = WebAddressValidator(https_only=False)


class WebAddressField(models.URLField):
    """A URLField that only takes an HTTPS address checked by WebAddressValidator.

    The check is a class attribute (default_validators), so modeltranslation's per-language
    copies keep it; the field deconstructs as a plain URLField: the check is Python-side
    only, needs no migration, and historical models in migrations stay plain URLFields."""

    default_validators = [validate_web_address]

    def deconstruct(self):
        name, _path, args, kwargs = super().deconstruct()
        return name, "django.db.models.URLField", args, kwargs


class SourceAddressField(WebAddressField):
    """The same for a source (a citation): http is accepted too."""

    default_validators = [validate_source_address]
