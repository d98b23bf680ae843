"""Whether a text speaks of suicide or self-harm: such a page shows the crisis box
(templates/includes/crisis_support.html), whoever wrote it and in whichever language.

Word stems, not whole phrases, so that an editor's own wording is caught too; a false alarm
only shows a box of help numbers, a miss leaves a reader in crisis without them."""

import re

from django.utils.html import strip_tags

SELF_HARM = re.compile(
    "|".join(
        (
            r"suicid",  # suicide, suicidal, suicidaire
            r"hurt(?:ing)? (?:yourself|myself|themselves|himself|herself)",
            r"harm(?:ing)? (?:yourself|myself|themselves)",
            r"self-harm",
            r"kill (?:yourself|myself|themselves)",
            r"(?:vous|me|se|te) faire du mal",
            r"automutil",
            r"انتحار",
            r"إيذاء (?:نفس|نفسك|نفسي|نفسه|نفسها|نفسهم)",
            r"يؤذي نفس",
            r"تؤذي نفس",
            r"قتل نفس",
        )
    ),
    re.IGNORECASE,
)


def mentions_self_harm(*texts):
    return any(SELF_HARM.search(strip_tags(text or "")) for text in texts)
