"""Images that always save: an object with an image can be corrected, published and
restored; a huge image is refused before it is decoded; JPEG comments do not survive."""

import io
import resource
import struct
import tracemalloc
import zlib

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile
from django.urls import reverse
from PIL import Image
from reversion.models import Version

from portal.pages.models import Page
from portal.seminars.models import Article
from tests.editors_helpers import article_form, change_form, logged_in, staff_user

pytestmark = pytest.mark.django_db


@pytest.fixture
def publisher(client, django_user_model, seeded, settings, tmp_path):
    settings.MEDIA_ROOT = tmp_path
    return logged_in(client, staff_user(django_user_model, "publisher", "Publishers"))


def jpeg(size=(800, 600), **save_options):
    buffer = io.BytesIO()
    Image.new("RGB", size, (30, 120, 200)).save(buffer, format="JPEG", **save_options)
    return buffer.getvalue()


def add_article(client, content, name="photo.jpg", status="draft"):
    data = article_form(
        status=status, slug="with-image", cover_alt_ar="صورة", cover_alt_fr="Une image"
    )
    data["cover"] = SimpleUploadedFile(name, content, content_type="image/jpeg")
    return client.post(reverse("admin:seminars_article_add"), data)


def article_with_cover(client):
    assert add_article(client, jpeg()).status_code == 302
    return Article.objects.get(slug="with-image")


def test_an_article_with_a_cover_can_be_saved_again_from_its_form(publisher):
    article = article_with_cover(publisher)
    cover = article.cover.name
    url = reverse("admin:seminars_article_change", args=[article.pk])
    for title in ("Titre corrigé", "Titre corrigé encore"):
        article.refresh_from_db()
        response = publisher.post(url, change_form(article, title_fr=title))
        assert response.status_code == 302, response.content.decode()[:2000]
    article.refresh_from_db()
    assert article.title_fr == "Titre corrigé encore"
    assert article.cover.name == cover and article.cover_width == 800


def test_a_page_with_a_cover_can_be_saved_again_from_its_form(publisher):
    page = Page.objects.get(slug="about")
    url = reverse("admin:pages_page_change", args=[page.pk])
    data = change_form(page, cover_alt_ar="صورة", cover_alt_fr="Une image")
    data["cover"] = SimpleUploadedFile("page.jpg", jpeg(), content_type="image/jpeg")
    assert publisher.post(url, data).status_code == 302
    page.refresh_from_db()
    assert page.cover
    response = publisher.post(url, change_form(page, title_fr="À propos, corrigé"))
    assert response.status_code == 302
    page.refresh_from_db()
    assert page.title_fr == "À propos, corrigé" and page.cover


def test_an_article_with_a_cover_can_be_published_from_the_list(publisher):
    article = article_with_cover(publisher)
    response = publisher.post(
        reverse("admin:seminars_article_changelist"),
        {"action": "publish", "_selected_action": [article.pk]},
    )
    assert response.status_code == 302
    article.refresh_from_db()
    assert article.status == "published"
    assert publisher.get(article.get_absolute_url()).status_code == 200


def test_an_article_with_a_cover_can_be_restored_from_a_revision(publisher):
    article = article_with_cover(publisher)
    url = reverse("admin:seminars_article_change", args=[article.pk])
    publisher.post(url, change_form(article, title_fr="Premier titre"))
    article.refresh_from_db()
    publisher.post(url, change_form(article, title_fr="Second titre"))
    first = next(
        version
        for version in Version.objects.get_for_object(article)
        if version.field_dict["title_fr"] == "Premier titre"
    )
    revision_url = reverse("admin:seminars_article_revision", args=[article.pk, first.pk])
    assert publisher.get(revision_url).status_code == 200
    response = publisher.post(revision_url, change_form(first._object_version.object))
    assert response.status_code == 302
    article.refresh_from_db()
    assert article.title_fr == "Premier titre" and article.cover


def huge_png(width=13000, height=13000):
    """A valid one-bit PNG of width x height white-and-black pixels, a few kilobytes long:
    its rows of zeros compress to almost nothing, but decoded it takes width*height bytes."""

    def chunk(kind, data):
        return (
            struct.pack(">I", len(data))
            + kind
            + data
            + struct.pack(">I", zlib.crc32(kind + data) & 0xFFFFFFFF)
        )

    compressor = zlib.compressobj(9)
    row = b"\x00" * (1 + (width + 7) // 8)
    data = b"".join(compressor.compress(row) for _ in range(height)) + compressor.flush()
    header = struct.pack(">IIBBBBB", width, height, 1, 0, 0, 0, 0)
    return (
        b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", header) + chunk(b"IDAT", data) + chunk(b"IEND", b"")
    )


def test_a_13000_by_13000_png_is_refused_before_decoding(publisher, monkeypatch):
    from PIL import ImageFile

    content = huge_png()
    assert len(content) < 100_000
    decoded = []
    original_load = ImageFile.ImageFile.load

    def spy_load(image):
        decoded.append(image.size)
        return original_load(image)

    monkeypatch.setattr(ImageFile.ImageFile, "load", spy_load)
    rss_before = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss  # KiB on Linux
    tracemalloc.start()
    try:
        response = add_article(publisher, content, name="huge.png")
        _current, peak = tracemalloc.get_traced_memory()
    finally:
        tracemalloc.stop()
    rss_growth = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss - rss_before
    assert response.status_code == 200
    html = response.content.decode()
    assert "13000 \u00d7 13000 pixels" in html and "The limit is 40 megapixels" in html
    assert not Article.objects.filter(slug="with-image").exists()
    # Decoded, this image is 169 MB: none of its pixels were.
    assert (13000, 13000) not in decoded
    assert peak < 20 * 1024 * 1024
    assert rss_growth < 80 * 1024


def test_the_pixel_limit_is_a_setting(publisher, settings):
    settings.MAX_IMAGE_MEGAPIXELS = 0.25
    response = add_article(publisher, jpeg((800, 600)))
    assert response.status_code == 200
    assert "800 \u00d7 600 pixels" in response.content.decode()
    assert add_article(publisher, jpeg((500, 400))).status_code == 302


def test_a_jpeg_comment_is_stripped(publisher):
    original = jpeg(comment=b"Taken at home, 12 rue X, by Y")
    assert Image.open(io.BytesIO(original)).info.get("comment")
    assert add_article(publisher, original).status_code == 302
    article = Article.objects.get(slug="with-image")
    stored = article.cover.read()
    assert b"12 rue X" not in stored and b"\xff\xfe" not in stored  # no COM segment
    with Image.open(article.cover.path) as image:
        assert "comment" not in image.info
