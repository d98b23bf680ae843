from urllib.parse import quote

from django import template
from django.utils.translation import gettext as _

register = template.Library()


@register.simple_tag(takes_context=True)
def report_mailto(context, organisation):
    """The "report a wrong number" mailto: link for an entry, or "" without an address."""
    settings = context.get("directory_settings")
    if not settings or not settings.editors_email:
        return ""
    page_url = context["request"].build_absolute_uri(organisation.get_absolute_url())
    # Opens the visitor's own mail app: no form, nothing stored.
    name = {"name": organisation.name}
    subject = _("Wrong information in the help directory: %(name)s") % name
    body = _("Page: %(url)s\nWhat is wrong:\n") % {"url": page_url}
    return f"mailto:{settings.editors_email}?subject={quote(subject)}&body={quote(body)}"
