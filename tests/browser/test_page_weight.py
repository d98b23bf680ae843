"""A first visit to any public page transfers at most 40 KB, HTML, CSS, JavaScript and fonts
together, compressed, images aside, in every language: a victim may be on a cheap phone with
a nearly spent data plan.

The live server compresses HTML as production does (GZipMiddleware) but serves static files
plainly, where production's whitenoise serves the Brotli files collectstatic wrote: for an
uncompressed static response the test counts its Brotli size, as production sends it."""

import brotli
import pytest
from django.conf import settings

from portal.seminars.models import Article

pytestmark = pytest.mark.django_db(transaction=True)

BUDGET = 40_000
PATHS = {
    "home": "/{lang}/",
    "urgent guide": "/{lang}/help/now/",
    "plan": "/{lang}/help/plan/?a=2&b=1&c=2&d=1",
    "directory": "/{lang}/directory/",
    "about": "/{lang}/about/",
}
COMPRESSIBLE = ("text/", "application/javascript", "application/json", "image/svg+xml")


def transferred(response):
    """Bytes on the wire for this response: headers plus the body as production sends it."""
    sizes = response.request.sizes()
    body = sizes["responseBodySize"]
    kind = response.headers.get("content-type", "")
    if not response.headers.get("content-encoding") and kind.startswith(COMPRESSIBLE):
        body = min(body, len(brotli.compress(response.body())))
    return sizes["responseHeadersSize"] + body


def first_visit(new_page, url, lang):
    page, _watch = new_page(locale=lang)
    responses = []
    page.on("response", lambda response: responses.append(response))
    assert page.goto(url).status == 200
    page.wait_for_load_state("networkidle")
    counted = [r for r in responses if r.request.resource_type != "image"]
    return {r.url: transferred(r) for r in counted}


@pytest.mark.parametrize("lang", ["ar", "fr", "en"])
def test_first_visit_stays_under_40_kb(new_page, site, lang):
    article = Article.objects.published().first()
    paths = {**PATHS, "article": f"/{{lang}}/news/{article.slug}/"}
    over = {}
    for name, path in paths.items():
        sizes = first_visit(new_page, site + path.format(lang=lang), lang)
        total = sum(sizes.values())
        print(f"{lang} {name}: {total} bytes in {len(sizes)} responses")
        if total > BUDGET:
            over[name] = (total, sizes)
    assert over == {}, f"over {BUDGET} bytes: {over}"


def test_the_measure_counts_the_stylesheet_compressed(new_page, site):
    """Not a measure that counts nothing: the stylesheet is there, smaller than its plain
    size (compressed) but not free."""
    sizes = first_visit(new_page, f"{site}/ar/", "ar")
    css = next(size for url, size in sizes.items() if url.endswith(".css"))
    plain = (settings.BASE_DIR / "static" / "css" / "site.css").stat().st_size
    assert 1_000 < css < plain
