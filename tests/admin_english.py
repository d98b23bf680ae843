"""English strings of the admin that must never show when the admin speaks Arabic or French.

Taken from the English msgids that Django's admin, django-otp, django-axes, django-reversion,
django-reversion-compare, django-import-export, django-modeltranslation and
django-prose-editor put on the screens editors use (index, lists with actions, filters, search
and pages, forms, history, compare, import/export, login with its second factor, lockout),
and from our own templates. Shared by the admin language tests and the browser test of the
review flow: `english_on(text, language)` lists what leaked.

Each entry is matched as a whole word sequence, case-sensitively, so "Go" does not match
"Google" and "Add" does not match "Address".
"""

import re
from html.parser import HTMLParser

ENGLISH_ADMIN_STRINGS = [
    # Django admin: header, navigation, index
    "Django administration",
    "Django site admin",
    "Site administration",
    "Welcome,",
    "View site",
    "Change password",
    "Log out",
    "Toggle theme",
    "Toggle navigation",
    "Skip to main content",
    "Start typing to filter",
    "Recent actions",
    "My actions",
    "None available",
    "Unknown content",
    "Home",
    "Add",
    "Change",
    "View",
    "Models in the",
    # change lists: actions, filters, search, pages
    "Action:",
    "Go",
    "Run",
    "Select an option",
    "Run the selected action",
    "Select all",
    "Clear selection",
    "selected",
    "Select this object for an action",
    "Filter",
    "Show counts",
    "Hide counts",
    "Clear all filters",
    "All",
    "Any date",
    "Today",
    "Past 7 days",
    "This month",
    "This year",
    "No date",
    "Has date",
    "By ",
    "Filter by",
    "Pagination",
    "Search",
    "results",
    "result",
    "total",
    "Show all",
    "Sort",
    "Toggle sorting",
    "Remove from sorting",
    "Sorting priority",
    "Yes",
    "No",
    "Unknown",
    # forms
    "Save",
    "Save and add another",
    "Save and continue editing",
    "Save as new",
    "Save and view",
    "Close",
    "Delete",
    "Delete?",
    "Add another",
    "Remove",
    "Currently:",
    "Change:",
    "Clear",
    "Now",
    "Choose a Date",
    "Choose a Time",
    "Choose a time",
    "Midnight",
    "Noon",
    "Cancel",
    "Hold down",
    "Please correct the error below",
    "Please correct the errors below",
    "This field is required",
    "Note: You are",
    "hours ahead of server time",
    "hours behind server time",
    "hour ahead of server time",
    "hour behind server time",
    "Are you sure",
    "Yes, I\u2019m sure",
    "No, take me back",
    "Summary",
    "Objects",
    # history, revisions, compare (django-reversion, django-reversion-compare)
    "History",
    "Date/time",
    "User",
    "This object doesn\u2019t have a change history",
    "Initial version",
    "Recover deleted",
    "Revert",
    "Press the save button below to revert",
    "Press the save button below to recover",
    "Compare",
    "compare",
    "Go back to history list",
    "Differences",
    "no differences",
    "Please select two versions",
    "Change message",
    # import / export (django-import-export)
    "Import",
    "Export",
    "Format",
    "File to import",
    "Confirm import",
    "Submit",
    "This importer will import the following fields",
    "This exporter will export the following fields",
    "Preview",
    # login, second factor, lockout (Django, django-otp, django-axes)
    "Username",
    "Password",
    "Log in",
    "Forgotten your password",
    "OTP Token",
    "OTP Device",
    "Get challenge",
    "Please enter a correct",
    "Account locked",
    "too many login attempts",
    "Logged out",
    "Thanks for spending some quality time",
    "Log in again",
    "Logout",
    "View on site",
    # rich-text editor (django-prose-editor)
    "Bold",
    "Italic",
    "Heading",
    "Blockquote",
    "Edit Link",
    "Open in new window",
    # its toolbar's tooltips, in English in its code (static/js/admin-editors.js translates them)
    "bold",
    "italic",
    "unordered list",
    "ordered list",
    "blockquote",
    "insert link",
    "remove link",
    "heading",
    "paragraph",
    "undo",
    "redo",
]

# French writes some of the same words; they are French there, not leaks.
SAME_IN = {"fr": {"Format", "Import", "Export", "total", "Pagination"}}

_PATTERNS = {
    s: re.compile(
        r"(?<!\w)" + re.escape(s.strip()) + (r"(?!\w)" if s.strip()[-1].isalnum() else "")
    )
    for s in ENGLISH_ADMIN_STRINGS
}

SKIPPED_TAGS = {"script", "style", "template", "textarea"}
READ_ATTRIBUTES = ("title", "placeholder", "aria-label", "alt")


class _VisibleText(HTMLParser):
    """The text a person reads or hears: text nodes, button labels, tooltips, placeholders
    and accessible names. Not scripts, styles, nor what editors typed into fields."""

    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.parts = []
        self.skipping = 0

    def handle_starttag(self, tag, attrs):
        attrs = dict(attrs)
        if tag in SKIPPED_TAGS:
            self.skipping += 1
            return
        for name in READ_ATTRIBUTES:
            if attrs.get(name):
                self.parts.append(attrs[name])
        if tag == "input" and attrs.get("type") in {"submit", "button", "reset"}:
            self.parts.append(attrs.get("value") or "")

    def handle_endtag(self, tag):
        if tag in SKIPPED_TAGS and self.skipping:
            self.skipping -= 1

    def handle_data(self, data):
        if not self.skipping:
            self.parts.append(data)


def visible_text(html):
    parser = _VisibleText()
    parser.feed(html)
    return " \n ".join(part.strip() for part in parser.parts if part.strip())


def english_in_text(text, language):
    """The known English admin strings found in already-extracted visible text."""
    allowed = SAME_IN.get(language, set())
    return sorted(
        s for s, pattern in _PATTERNS.items() if s not in allowed and pattern.search(text)
    )


def english_on(html, language):
    """The known English admin strings found in the visible text of an HTML page."""
    return english_in_text(visible_text(html), language)
