"""For search engines, feed readers and link previews; and staff previews that no one else
can see or index. Untranslated text is shown in Arabic, marked as Arabic, with a notice."""

import xml.etree.ElementTree as ET
from urllib.parse import urlsplit

import pytest
from django.conf import settings
from django.urls import reverse

from portal.pages.models import Page
from portal.seminars.models import Article
from tests.conftest import LANGUAGES
from tests.editors_helpers import logged_in, staff_user

pytestmark = pytest.mark.django_db

SITEMAP = "{http://www.sitemaps.org/schemas/sitemap/0.9}"
XHTML = "{http://www.w3.org/1999/xhtml}"
ATOM = "{http://www.w3.org/2005/Atom}"


def local(url):
    parts = urlsplit(url)
    assert parts.netloc == "testserver", url
    return parts.path


@pytest.mark.slow
def test_sitemap_parses_lists_every_published_object_and_every_url_answers(client, seeded):
    response = client.get("/sitemap.xml")
    assert response.status_code == 200
    root = ET.fromstring(response.content)
    urls = root.findall(f"{SITEMAP}url")
    locations = {local(url.find(f"{SITEMAP}loc").text) for url in urls}
    for obj in [*Article.objects.published(), *Page.objects.published()]:
        for code in LANGUAGES:
            assert f"/{code}/" + obj.get_absolute_url().split("/", 2)[2] in locations
    # Every app contributes through PortalAppConfig.sitemaps(): guides and the directory too.
    for path in (
        "/fr/help/",
        "/fr/help/safe-browsing/",
        "/fr/directory/",
        "/fr/directory/e-blagh/",
        "/en/news/topic/study-days/",
        "/ar/",
    ):
        assert path in locations, path
    for url in urls:
        alternates = {
            link.get("hreflang"): link.get("href") for link in url.findall(f"{XHTML}link")
        }
        assert set(alternates) == {*LANGUAGES, "x-default"}
        assert alternates["x-default"] == alternates["ar"]
        for href in alternates.values():
            assert client.get(local(href)).status_code == 200, href
    for location in locations:
        assert client.get(location).status_code == 200, location


@pytest.mark.parametrize("code", LANGUAGES)
def test_atom_feed_per_language_parses_and_every_link_answers(client, seeded, code):
    response = client.get(f"/{code}/news/feed/")
    assert response.status_code == 200
    assert response["Content-Type"].startswith("application/atom+xml")
    root = ET.fromstring(response.content)
    assert root.tag == f"{ATOM}feed"
    assert root.get("{http://www.w3.org/XML/1998/namespace}lang") == code
    entries = root.findall(f"{ATOM}entry")
    assert len(entries) == Article.objects.published().count()
    for link in root.iter(f"{ATOM}link"):
        path = local(link.get("href"))
        assert path.startswith(f"/{code}/")
        assert client.get(path).status_code == 200, path


def test_robots_txt_points_at_the_sitemap_and_names_no_admin(client):
    response = client.get("/robots.txt")
    assert response.status_code == 200
    text = response.content.decode()
    assert settings.ADMIN_URL not in text  # X-Robots-Tag on admin responses instead
    assert "Sitemap: http://testserver/sitemap.xml" in text
    # Previews live under the admin's address.
    assert reverse("admin:pages_page_preview", args=[1, "ar"]).startswith(f"/{settings.ADMIN_URL}")


def test_open_graph_and_twitter_tags(client, seeded):
    article = Article.objects.published().first()
    html = client.get(f"/fr/news/{article.slug}/").content.decode()
    assert (
        f'<meta property="og:title" content="{article.title_fr}">'.replace("'", "&#x27;") in html
    )
    assert f'<meta property="og:url" content="http://testserver/fr/news/{article.slug}/">' in html
    assert '<meta name="twitter:card" content="summary">' in html
    assert '<link rel="canonical" href="http://testserver/fr/news/' in html


@pytest.fixture
def editor(client, django_user_model, seeded):
    return logged_in(client, staff_user(django_user_model, "editor", "Editors"))


def test_staff_preview_a_draft_in_the_public_template_never_cached_nor_indexed(editor):
    draft = Page.objects.create(
        title_ar="مسودة",
        title_fr="Brouillon secret",
        slug="secret",
        body_ar="<p>م</p>",
        body_fr="<p>Texte du brouillon</p>",
    )
    change = editor.get(reverse("admin:pages_page_change", args=[draft.pk])).content.decode()
    preview_url = reverse("admin:pages_page_preview", args=[draft.pk, "fr"])
    assert f'href="{preview_url}"' in change
    response = editor.get(preview_url)
    assert response.status_code == 200
    html = response.content.decode()
    assert 'lang="fr"' in html and "Texte du brouillon" in html and "preview-banner" in html
    assert '<meta name="robots" content="noindex, nofollow">' in html
    assert "no-store" in response["Cache-Control"] and "private" in response["Cache-Control"]
    assert response["X-Robots-Tag"] == "noindex, nofollow"
    assert editor.get("/fr/secret/").status_code == 404  # still not public


def test_article_preview_lists_its_topics_like_the_public_page(editor):
    """The article page gets its topics from its view: the preview must get them too."""
    from portal.seminars.models import Article, Topic

    topic = Topic.objects.create(
        name_ar="موضوع", name_fr="Sujet visible", slug="sujet", status="published"
    )
    draft = Article.objects.create(
        title_ar="مقال",
        title_fr="Article en attente",
        slug="en-attente",
        summary_ar="م",
        body_ar="<p>م</p>",
        published_on="2026-11-01",
    )
    draft.topics.add(topic)
    response = editor.get(reverse("admin:seminars_article_preview", args=[draft.pk, "fr"]))
    assert response.status_code == 200
    assert '<a href="/fr/news/topic/sujet/">Sujet visible</a>' in response.content.decode()


def test_preview_of_a_missing_object_is_a_404(editor):
    assert editor.get("/admin/pages/page/99999/preview/fr/").status_code == 404
    assert editor.get("/admin/pages/page/not-a-number/preview/fr/").status_code == 404


def test_preview_is_for_staff_only(client, seeded):
    page = Page.objects.first()
    response = client.get(reverse("admin:pages_page_preview", args=[page.pk, "ar"]))
    assert response.status_code == 302 and "/login/" in response["Location"]


def test_untranslated_page_shows_arabic_marked_up_with_a_notice(client, seeded):
    Page.objects.create(
        title_ar="صفحة بالعربية فقط",
        slug="arabic-only",
        status="published",
        body_ar="<p>نص عربي</p>",
        title_fr="Page en arabe seulement",
    )
    html = client.get("/fr/arabic-only/").content.decode()
    assert "Ce texte n'est pas encore traduit dans votre langue." in html.replace("&#x27;", "'")
    assert "not yet translated" not in html
    assert '<div class="body" lang="ar" dir="rtl"><p>نص عربي</p></div>' in html
    assert "<h1>Page en arabe seulement</h1>" in html  # the title is translated
    arabic = client.get("/ar/arabic-only/").content.decode()
    assert "notice--translation" not in arabic


def test_translated_page_has_no_notice(client, seeded):
    html = client.get("/fr/privacy/").content.decode()
    assert "notice--translation" not in html and 'dir="rtl"' not in html.split("<main")[1]
