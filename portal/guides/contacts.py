"""The contacts a guide step may show inline, by the directory's slugs.

Phone numbers are shown as tel: links straight in the step, so nobody has to leave the page
to call. Only numbers marked "publish" in the project's sourced facts (checked 2026-11-28):
19, 177 and 112 (portal.core.emergency gives their sources) and 15, civil protection
(https://www.challenge.ma/maroc-ces-numeros-quil-faut-avoir-en-cas-durgence-243599/).
"""

from dataclasses import dataclass

from django.urls import reverse
from django.utils.translation import gettext_lazy as _

from portal.core.emergency import E_BLAGH_URL, EMERGENCY_NUMBERS


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
# (publish status in the facts; sources: the e-blagh.ma home page, https://stopncii.org/faq/,
# https://takeitdown.ncmec.org/faq/, https://support.google.com/websearch/answer/6302812).
FALLBACK_URLS = {
    "e-blagh": E_BLAGH_URL,
    "stopncii": "https://stopncii.org/",
    "take-it-down": "https://takeitdown.ncmec.org/",
    "google-removal": "https://support.google.com/websearch/answer/6302812",
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
    return reverse("directory:detail", kwargs={"slug": slug})
