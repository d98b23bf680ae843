from django import template

register = template.Library()


@register.simple_tag(takes_context=True)
def report_mailto(context, organisation):
    """The "report a wrong number" mailto: link for an entry, or "" without an address."""
    settings = context.get("directory_settings")
    if not settings or not settings.editors_email:
        return ""
    page_url = context["request"].build_absolute_uri(organisation.get_absolute_url())
    return organisation.report_mailto(settings.editors_email, page_url)
