"""The numbers in the help strip on every page.

These are shown even when the database is down, so they live in code, not in the database.
Each one is marked "publish" in the project's sourced facts, with these sources (checked on
2026-11-28):
- 19 and 177: https://www.challenge.ma/maroc-ces-numeros-quil-faut-avoir-en-cas-durgence-243599/
  and https://www.h24info.ma/maroc/societe/maroc-que-faire-en-cas-de-cyberharcelement/
- 112: https://www.challenge.ma/maroc-ces-numeros-quil-faut-avoir-en-cas-durgence-243599/
- E-Blagh: https://lematin.ma/nation/cybercriminalite-lancement-officiel-de-la-plateforme-e-blagh-de-la-dgsn/230127/amp
"""

from dataclasses import dataclass

from django.utils.translation import gettext_lazy as _

CHECKED_ON = "2026-11-28"


@dataclass(frozen=True)
class EmergencyNumber:
    number: str
    label: str


EMERGENCY_NUMBERS = (
    EmergencyNumber("19", _("Police")),
    EmergencyNumber("177", _("Gendarmerie")),
    EmergencyNumber("112", _("From a mobile")),
)

E_BLAGH_URL = "https://www.e-blagh.ma/"

# The image removal tools the guides, the triage plan and the directory point to, defined once.
# Sources (checked 2026-11-28): https://stopncii.org/faq/ ; https://takeitdown.ncmec.org/faq/ ;
# https://support.google.com/websearch/answer/6302812
STOPNCII_URL = "https://stopncii.org/"
TAKE_IT_DOWN_URL = "https://takeitdown.ncmec.org/"
GOOGLE_REMOVAL_URL = "https://support.google.com/websearch/answer/6302812"
