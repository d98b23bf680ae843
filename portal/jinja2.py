"""The Jinja2 environment of the public pages.

The public pages render with Jinja2, which does the same work as the Django template
language in about half the time (issue 13: on an uncached urgent guide, most of what is left
is template rendering). The admin, its widgets and Django's own templates (sitemaps, forms)
stay with the Django template language: `PublicTemplates` finds only the public templates,
and Django asks its second engine for every other name.

Like a project's `urls.py`, this module knows every app: it gives the templates the helpers
that the apps' template tags give Django templates, from the same functions.

Strings are marked `{{ _("...") }}`, with `|format(name=value)` for placeholders, so that
`makemessages` finds them as it finds `{% translate %}`. Plural texts are helpers written in
Python (`ngettext` there), where `makemessages` finds them too.
"""

from django.template.defaultfilters import date, truncatewords
from django.templatetags.static import static
from django.utils.timezone import template_localtime
from django.utils.translation import get_language, gettext, ngettext, trans_real
from jinja2 import (
    ChainableUndefined,
    Environment,
    FileSystemLoader,
    TemplateNotFound,
    pass_context,
)
from markupsafe import Markup

from portal.content.templatetags.content import fallback_attrs, mentions_self_harm, untranslated
from portal.content.templatetags.images import responsive_image
from portal.core.addresses import cached_reverse, page_reverse
from portal.core.escaping import escape
from portal.directory.templatetags.directory import directory_card

# Template folders that belong to the admin or to Django itself: left to the Django engine.
DJANGO_TEMPLATE_FOLDERS = ("admin/", "reversion-compare/", "django/", "registration/")


class PublicTemplates(FileSystemLoader):
    def get_source(self, environment, template):
        if template.startswith(DJANGO_TEMPLATE_FOLDERS):
            raise TemplateNotFound(template)
        return super().get_source(environment, template)


def translate(message):
    # As with {% translate %}, the text is the template's (and its translators'), not a
    # visitor's: it is not escaped. What |format() puts into it is.
    return Markup(gettext(message))


def url(name, *args, **kwargs):
    return cached_reverse(name, args, kwargs)


def page_helpers(request):
    """A context processor: `_` and `url` for this page, which read its language (and its
    URLconf) once rather than at each of its 50 texts and 30 addresses, where looking them
    up cost as much as the translating and reversing. Without a request, or with
    translation off, the templates use the global `_` and `url` above."""
    language = get_language()
    if language is None:
        return {}
    # The catalogue that translation.activate() made active for this language.
    catalogue = trans_real.translation(language).gettext

    def translate_here(message):
        return Markup(catalogue(message))

    return {"_": translate_here, "url": page_reverse()}


def local_date(value, format=None):
    # Django's |date shows an aware datetime in the site's time zone; so does this one.
    return date(template_localtime(value), format)


@pass_context
def card_of(context, organisation):
    return directory_card(context, organisation)


def result_count(count):
    return ngettext("%(counter)s result", "%(counter)s results", count) % {"counter": count}


def characters_searched(limit):
    return ngettext(
        "Only the first %(limit)s character was searched.",
        "Only the first %(limit)s characters were searched.",
        limit,
    ) % {"limit": limit}


def environment(**options):
    options["loader"] = PublicTemplates(options["loader"].searchpath)
    # Like Django's templates: a missing value (or one of its attributes) shows as nothing.
    options["undefined"] = ChainableUndefined
    # Escaped by Django's rules (&#x27;, &quot;), as before and as Django's form widgets are:
    # the same page, byte for byte, whichever engine wrote a piece of it.
    options["finalize"] = escape
    env = Environment(**options)
    env.globals.update(
        _=translate,
        url=url,
        static=static,
        fallback_attrs=fallback_attrs,
        responsive_image=responsive_image,
        directory_card=card_of,
        result_count=result_count,
        characters_searched=characters_searched,
    )
    env.filters.update(
        date=local_date,
        truncatewords=truncatewords,
        untranslated=untranslated,
        mentions_self_harm=mentions_self_harm,
    )
    return env
