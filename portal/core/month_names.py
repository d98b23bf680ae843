"""Month names as Moroccan institutions write them in Arabic (never called: `make messages`
reads it).

Django's Arabic catalogue has the Egyptian and Levantine names (ديسمبر, أغسطس...); Morocco
writes يناير فبراير مارس أبريل ماي يونيو يوليوز غشت شتنبر أكتوبر نونبر دجنبر. Every msgid and
context Django uses for a month (full, "alt. month", "abbrev. month" and the three-letter
forms) is listed so that locale/ar overrides them all, on the site and in the admin. The
admin's date picker takes its names from locale/*/LC_MESSAGES/djangojs.po.
"""

from django.utils.translation import gettext_lazy as _
from django.utils.translation import pgettext_lazy

MONTH_NAMES = (
    _("January"),
    pgettext_lazy("alt. month", "January"),
    pgettext_lazy("abbrev. month", "Jan."),
    _("jan"),
    _("February"),
    pgettext_lazy("alt. month", "February"),
    pgettext_lazy("abbrev. month", "Feb."),
    _("feb"),
    _("March"),
    pgettext_lazy("alt. month", "March"),
    pgettext_lazy("abbrev. month", "March"),
    _("mar"),
    _("April"),
    pgettext_lazy("alt. month", "April"),
    pgettext_lazy("abbrev. month", "April"),
    _("apr"),
    _("May"),
    pgettext_lazy("alt. month", "May"),
    pgettext_lazy("abbrev. month", "May"),
    _("may"),
    _("June"),
    pgettext_lazy("alt. month", "June"),
    pgettext_lazy("abbrev. month", "June"),
    _("jun"),
    _("July"),
    pgettext_lazy("alt. month", "July"),
    pgettext_lazy("abbrev. month", "July"),
    _("jul"),
    _("August"),
    pgettext_lazy("alt. month", "August"),
    pgettext_lazy("abbrev. month", "Aug."),
    _("aug"),
    _("September"),
    pgettext_lazy("alt. month", "September"),
    pgettext_lazy("abbrev. month", "Sept."),
    _("sep"),
    _("October"),
    pgettext_lazy("alt. month", "October"),
    pgettext_lazy("abbrev. month", "Oct."),
    _("oct"),
    _("November"),
    pgettext_lazy("alt. month", "November"),
    pgettext_lazy("abbrev. month", "Nov."),
    _("nov"),
    _("December"),
    pgettext_lazy("alt. month", "December"),
    pgettext_lazy("abbrev. month", "Dec."),
    _("dec"),
)
