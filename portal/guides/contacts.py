"""The contacts a guide step may show inline, by the directory's slugs.

Phone numbers are shown as tel: links straight in the step, so nobody has to leave the page
to call. Only numbers marked "publish" in the project's sourced facts (checked 2026-11-28):
19, 177 and 112 (portal.core.emergency gives their sources) and 15, civil protection
(https://www.challenge.ma/maroc-ces-numeros-quil-faut-avoir-en-cas-durgence-243599/).
"""

from dataclasses import dataclass

from django.utils.translation import gettext_lazy as _

from portal.core.addresses import cached_reverse
from portal.core.emergency import (
    E_BLAGH_URL,
    EMERGENCY_NUMBERS,
    GOOGLE_REMOVAL_URL,
    STOPNCII_URL,
    TAKE_IT_DOWN_URL,
)


@dataclass(frozen=True)
class Phone:
    number: str
    label: str


_CORE = {entry.number: entry.label for entry in EMERGENCY_NUMBERS}

PHONES = {
    "police-19": Phone("19", _CORE.get("19", _("Police"))),
    "gendarmerie-177": Phone("177", _CORE.get("177", _("Gendarmerie"))),
    "mobile-112": Phone("112", _CORE.get("112", _("From a mobile"))),
    "civil-protection-15": Phone("15", _("Ambulance and fire (civil protection)")),
}

# The organisations' own addresses, which the launch content stores beside a directory link
# (sources in portal/core/emergency.py).
FALLBACK_URLS = {
    "e-blagh": E_BLAGH_URL,
    "stopncii": STOPNCII_URL,
    "take-it-down": TAKE_IT_DOWN_URL,
    "google-removal": GOOGLE_REMOVAL_URL,
}
FALLBACK_LABELS = {
    "e-blagh": _("Report online: E-Blagh"),
    "stopncii": "StopNCII.org",
    "take-it-down": "Take It Down",
    "google-removal": _("Google: remove intimate images from search"),
}


def directory_url(slug):
    """The directory's page for an organisation. We know the directory only by its URL name
    (no import: apps stay independent)."""
    return cached_reverse("directory:detail", kwargs={"slug": slug})
