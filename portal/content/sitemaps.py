"""/sitemap.xml: every published object in every language, with hreflang alternates.

Apps supply their sitemaps through PortalAppConfig.sitemaps() -> {name: Sitemap class}
(portal/core/hooks.py), so neither core nor content imports a content app.
"""

from datetime import datetime
from html import escape

from django.conf import settings
from django.contrib.sitemaps import Sitemap
from django.db import models
from django.urls import reverse
from django.utils import timezone

from portal.core.hooks import portal_apps


class PublishedSitemap(Sitemap):
    """What visitors may see of `model`, at /ar/, /fr/ and /en/, x-default Arabic."""

    model = None
    i18n = True
    alternates = True
    # Django's x_default strips the language prefix (it assumes the default language has
    # none), which here gives addresses that do not exist. Ours is the Arabic address, as
    # in every page's <link rel="alternate" hreflang="x-default">: added in get_urls below.
    x_default = False

    def items(self):
        # The texts (bodies, summaries, in every language) are most of a row and the sitemap
        # shows none of them.
        texts = [
            field.name
            for field in self.model._meta.concrete_fields
            if isinstance(field, models.TextField)
        ]
        return self.model.objects.published().order_by("pk").defer(*texts)

    def lastmod(self, obj):
        return obj.updated_at

    def _urls(self, page, protocol, domain):
        """Django's, but each item's address in each language is worked out once (Django
        reverses it again for every alternate: four times as often), and x-default (the
        Arabic address) is added here. With a thousand articles this was most of the time
        of a request for the sitemap, the address a flood is likeliest to hit."""
        urls = []
        latest = None
        all_lastmod = True
        languages = [code for code, _name in settings.LANGUAGES]
        addresses = {}
        for item, language in self.paginator.page(page).object_list:
            key = id(item)
            if key not in addresses:
                addresses[key] = {
                    code: f"{protocol}://{domain}{self._location((item, code))}"
                    for code in languages
                }
                alternates = [
                    {"location": address, "lang_code": code}
                    for code, address in addresses[key].items()
                ]
                alternates.append(
                    {"location": addresses[key][settings.LANGUAGE_CODE], "lang_code": "x-default"}
                )
            lastmod = self._get("lastmod", (item, language))
            all_lastmod = all_lastmod and lastmod is not None
            if all_lastmod and (latest is None or lastmod > latest):
                latest = lastmod
            urls.append(
                {
                    "item": (item, language),
                    "location": addresses[key][language],
                    "lastmod": lastmod,
                    "changefreq": None,
                    "priority": "",
                    "alternates": alternates,
                }
            )
        if all_lastmod and latest:
            self.latest_lastmod = latest
        return urls


class PageListSitemap(PublishedSitemap):
    """Pages that are not one object (home, lists): `items` returns reversible names."""

    def items(self):
        return ["core:home"]

    def location(self, item):
        return reverse(item)

    def lastmod(self, item):
        return None


def render_urlset(urls):
    """sitemap.xml as Django's template writes it (after {% spaceless %}), without the
    template engine: for thousands of addresses the template took half the request."""
    parts = [
        '<?xml version="1.0" encoding="UTF-8"?>\n<urlset xmlns="http://www.sitemaps.org/'
        'schemas/sitemap/0.9" xmlns:xhtml="http://www.w3.org/1999/xhtml">\n'
    ]
    links = {}  # the alternates of an item are one list, shared by its languages
    for url in urls:
        parts.append(f"<url><loc>{escape(url['location'])}</loc>")
        lastmod = url["lastmod"]
        if lastmod:
            if isinstance(lastmod, datetime):
                lastmod = timezone.localtime(lastmod)
            parts.append(f"<lastmod>{lastmod:%Y-%m-%d}</lastmod>")
        alternates = url["alternates"]
        if id(alternates) not in links:
            links[id(alternates)] = "".join(
                f'<xhtml:link rel="alternate" hreflang="{escape(alternate["lang_code"])}" '
                f'href="{escape(alternate["location"])}"/>'
                for alternate in alternates
            )
        parts.append(links[id(alternates)])
        parts.append("</url>")
    parts.append("\n</urlset>\n")
    return "".join(parts)


def collect_sitemaps():
    sitemaps = {"home": PageListSitemap}
    for config in portal_apps():
        sitemaps.update(config.sitemaps())
    return sitemaps
