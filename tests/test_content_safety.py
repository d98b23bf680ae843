"""What editors type cannot harm visitors: bodies are sanitised before they are stored, and
uploads must be real images, small enough, stripped of location data."""

import io
import os

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile
from django.test import override_settings
from django.urls import reverse
from PIL import Image

from portal.seminars.models import Article, Speaker
from tests.editors_helpers import article_form, logged_in, staff_user

pytestmark = pytest.mark.django_db

HOSTILE = (
    '<h2 onclick="steal()">Titre</h2>'
    "<script>alert('x')</script>"
    '<p style="color:red" onmouseover="steal()">Bonjour <a href="javascript:alert(1)">lien</a>'
    ' <a href="https://example.org/" onclick="steal()">externe</a></p>'
    '<img src="x" onerror="steal()"><style>body{display:none}</style>'
    "<blockquote><em>cité</em></blockquote><ul><li>un</li></ul>"
)


@pytest.fixture
def publisher(client, django_user_model, seeded):
    return logged_in(client, staff_user(django_user_model, "publisher", "Publishers"))


def assert_harmless(html):
    for bad in (
        "<script",
        "onclick",
        "onmouseover",
        "onerror",
        "javascript:",
        "style=",
        "<style",
        "alert(",
    ):
        assert bad not in html, bad


def test_hostile_body_is_cleaned_before_storage_and_on_the_page(publisher):
    response = publisher.post(
        reverse("admin:seminars_article_add"),
        article_form(body_fr=HOSTILE, status="published", slug="hostile"),
    )
    assert response.status_code == 302
    stored = Article.objects.get(slug="hostile").body_fr
    assert_harmless(stored)
    # What the allowlist keeps: headings, paragraphs, lists, links, emphasis, quotes.
    for kept in (
        "<h2>Titre</h2>",
        "<blockquote><em>cité</em></blockquote>",
        "<li>un</li>",
        'href="https://example.org/"',
        'rel="noopener noreferrer"',
    ):
        assert kept in stored, kept
    page = publisher.get("/fr/news/hostile/").content.decode()
    body = page.split('<div class="body"')[1].split("</div>")[0]
    assert_harmless(body)
    assert "Bonjour" in body


def jpeg_with_gps(size=(1600, 1200)):
    image = Image.new("RGB", size, (200, 120, 40))
    exif = Image.Exif()
    exif[0x010F] = "PhoneMaker"  # camera make
    exif[0x8825] = {1: "N", 2: (33.0, 58.0, 0.0), 3: "W", 4: (6.0, 50.0, 0.0)}  # GPS
    buffer = io.BytesIO()
    image.save(buffer, format="JPEG", exif=exif)
    return buffer.getvalue()


def upload(publisher, name, content, **extra):
    data = article_form(
        status="published",
        slug="with-image",
        cover_alt_ar="صورة",
        cover_alt_fr="Une image",
        **extra,
    )
    data["cover"] = SimpleUploadedFile(name, content, content_type="image/jpeg")
    return publisher.post(reverse("admin:seminars_article_add"), data)


def test_gps_metadata_is_stripped_and_sized_copies_are_served(publisher, settings, tmp_path):
    settings.MEDIA_ROOT = tmp_path
    original = jpeg_with_gps()
    assert Image.open(io.BytesIO(original)).getexif().get(0x8825)
    response = upload(publisher, "photo.jpg", original)
    assert response.status_code == 302
    article = Article.objects.get(slug="with-image")
    assert article.cover.name.startswith("articles/")
    with Image.open(article.cover.path) as stored:
        assert stored.format == "JPEG"
        assert not stored.getexif()  # no GPS, no camera
        assert stored.size == (1600, 1200)
    html = publisher.get("/fr/news/with-image/").content.decode()
    img = html.split('<figure class="cover">')[1].split(">")[0]
    assert 'width="1024" height="768"' in img
    assert "-320.webp 320w" in img and "-640.webp 640w" in img and "1600w" in img
    assert 'alt="Une image"' in img
    assert 'property="og:image"' in html


def test_a_text_file_named_jpg_is_refused(publisher, settings, tmp_path):
    settings.MEDIA_ROOT = tmp_path
    response = upload(publisher, "photo.jpg", b"#!/bin/sh\necho this is not an image\n")
    assert response.status_code == 200
    assert "Upload a valid image" in response.content.decode()
    assert not Article.objects.filter(slug="with-image").exists()


@override_settings(MAX_IMAGE_UPLOAD_MB=1)
def test_an_oversized_image_is_refused(publisher, settings, tmp_path):
    settings.MEDIA_ROOT = tmp_path
    noise = Image.frombytes("RGB", (800, 800), os.urandom(800 * 800 * 3))  # does not compress
    buffer = io.BytesIO()
    noise.save(buffer, format="PNG")
    assert buffer.tell() > 1024 * 1024
    response = upload(publisher, "big.png", buffer.getvalue())
    assert response.status_code == 200
    assert "The limit is 1 MB" in response.content.decode()
    assert not Article.objects.filter(slug="with-image").exists()


def test_an_image_needs_a_description(publisher, settings, tmp_path):
    settings.MEDIA_ROOT = tmp_path
    data = article_form(status="draft", slug="no-alt")
    data["cover"] = SimpleUploadedFile("p.jpg", jpeg_with_gps((400, 300)), "image/jpeg")
    response = publisher.post(reverse("admin:seminars_article_add"), data)
    assert response.status_code == 200
    assert "Describe the image for people who cannot see it." in response.content.decode()
    assert not Article.objects.filter(slug="no-alt").exists()


def test_speaker_photo_is_shown_with_its_description(client, seeded, settings, tmp_path):
    settings.MEDIA_ROOT = tmp_path
    speaker = Speaker.objects.first()
    speaker.photo = SimpleUploadedFile("s.jpg", jpeg_with_gps((800, 800)), "image/jpeg")
    speaker.photo_alt_fr = "Portrait de l'intervenant"
    speaker.save()
    event = speaker.talks.first().event
    html = client.get(f"/fr/events/{event.slug}/").content.decode()
    assert 'alt="Portrait de l&#x27;intervenant"' in html
    assert 'class="speaker-photo"' in html


def test_make_serve_serves_uploads_and_nothing_outside_them(client, settings, tmp_path):
    """`make serve` sets SERVE_MEDIA: Django serves MEDIA_ROOT, and only MEDIA_ROOT."""
    import importlib

    from django.urls import clear_url_caches

    import portal.urls

    (tmp_path / "photo.webp").write_bytes(b"RIFF0000WEBP")
    settings.SERVE_MEDIA = True
    settings.MEDIA_ROOT = tmp_path
    try:
        importlib.reload(portal.urls)
        clear_url_caches()
        response = client.get("/media/photo.webp")
        assert response.status_code == 200
        assert response["Content-Type"] == "image/webp"
        assert response["X-Content-Type-Options"] == "nosniff"
        for escape in ("/media/../portal/settings.py", "/media/%2e%2e/manage.py"):
            response = client.get(escape)
            assert response.status_code in {400, 404}, escape
            assert b"SECRET_KEY" not in response.content and b"django" not in response.content
    finally:
        settings.SERVE_MEDIA = False
        importlib.reload(portal.urls)
        clear_url_caches()
    assert client.get("/media/photo.webp").status_code == 404


def test_saving_in_another_language_does_not_copy_the_arabic_body(seeded):
    """The bug this guards against: with French active, saving an article whose French body
    is empty stored the Arabic text as its French body."""
    from django.utils import translation

    with translation.override("fr"):
        article = Article.objects.create(
            title_ar="مقال",
            slug="ar-only",
            summary_ar="م",
            body_ar="<p>نص عربي</p>",
            published_on="2026-11-28",
            status="published",
        )
        article.save()
    article.refresh_from_db()
    assert article.body_ar == "<p>نص عربي</p>"
    assert not article.body_fr and not article.body_en


def test_a_real_gif_is_refused_with_the_accepted_formats(publisher, settings, tmp_path):
    settings.MEDIA_ROOT = tmp_path
    buffer = io.BytesIO()
    Image.new("RGB", (50, 50), (0, 0, 0)).save(buffer, format="GIF")
    response = upload(publisher, "anim.gif", buffer.getvalue())
    assert response.status_code == 200
    assert "Only JPEG, PNG and WebP images are accepted." in response.content.decode()
