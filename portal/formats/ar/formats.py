"""Dates in Arabic as Moroccan institutions write them: "5 دجنبر 2019", 24-hour times.

Django's Arabic formats put an Arabic comma between the month and the year ("5 ديسمبر، 2019");
the month names themselves come from locale/ar (portal/core/month_names.py). Only what is
displayed changes: the input formats stay Django's (ISO first), which the admin's date picker
writes, so forms accept the same values in every language.
"""

DATE_FORMAT = "j F Y"
TIME_FORMAT = "H:i"
DATETIME_FORMAT = "j F Y H:i"
YEAR_MONTH_FORMAT = "F Y"
MONTH_DAY_FORMAT = "j F"
SHORT_DATE_FORMAT = "d/m/Y"
SHORT_DATETIME_FORMAT = "d/m/Y H:i"
FIRST_DAY_OF_WEEK = 1  # Monday
DECIMAL_SEPARATOR = ","
THOUSAND_SEPARATOR = "."
