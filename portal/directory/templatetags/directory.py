from django import template

from ..cards import Cards

register = template.Library()


@register.simple_tag(takes_context=True)
def directory_card(context, organisation):
    """An entry's card values (cards.py) for its own page and its preview; the list works
    out a whole page of them in its view."""
    settings = context.get("directory_settings")
    email = settings.editors_email if settings else ""
    return Cards(context.get("request"), email).cards([organisation])[0]
