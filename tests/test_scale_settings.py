"""Settings for several app servers: Redis as the cache when REDIS_URL is set, sessions in the
database, and uploaded images in S3-compatible object storage when MEDIA_STORAGE=s3, served
from the site's own /media/ address. No network: building a storage opens no connection."""

import pytest
from django.conf import settings
from django.core.exceptions import ImproperlyConfigured
from django.core.files.storage import FileSystemStorage, StorageHandler

from portal import scale_config

S3_ENV = {
    "MEDIA_STORAGE": "s3",
    "AWS_STORAGE_BUCKET_NAME": "portal-media",
    "AWS_S3_ENDPOINT_URL": "https://objects.example.org",
    "AWS_S3_REGION_NAME": "eu-west-3",
    "AWS_ACCESS_KEY_ID": "test-key-id",
    "AWS_SECRET_ACCESS_KEY": "test-secret",
}


def media_backend():
    """The storage Django would build from STORAGES["default"] as configured now."""
    return StorageHandler({"default": scale_config.media_storage()})["default"]


@pytest.fixture
def clean_env(monkeypatch):
    for name in ("REDIS_URL", "MEDIA_STORAGE", *S3_ENV):
        monkeypatch.delenv(name, raising=False)
    return monkeypatch


def test_the_cache_is_in_process_without_redis_url(clean_env):
    assert scale_config.caches()["default"]["BACKEND"].endswith("locmem.LocMemCache")


def test_redis_url_makes_redis_the_shared_cache_with_short_timeouts(clean_env):
    clean_env.setenv("REDIS_URL", "redis://cache.internal:6379/2")
    default = scale_config.caches()["default"]
    assert default["BACKEND"] == "django.core.cache.backends.redis.RedisCache"
    assert default["LOCATION"] == "redis://cache.internal:6379/2"
    assert default["OPTIONS"]["socket_timeout"] <= 1


def test_the_settings_module_uses_these_switches():
    # The suite runs without REDIS_URL or MEDIA_STORAGE (unless CI's caller exported them).
    assert scale_config.caches() == settings.CACHES
    assert settings.STORAGES["default"] == scale_config.media_storage()
    # Sessions in the database: every app server sees the same editor sessions.
    assert settings.SESSION_ENGINE == "django.contrib.sessions.backends.db"


def test_media_stays_on_the_filesystem_by_default(clean_env, tmp_path, settings):
    settings.MEDIA_ROOT = tmp_path
    storage = media_backend()
    assert isinstance(storage, FileSystemStorage)
    assert storage.url("covers/a.jpg") == "/media/covers/a.jpg"


def test_media_storage_s3_switches_to_object_storage_served_from_media_url(clean_env):
    from storages.backends.s3 import S3Storage

    for name, value in S3_ENV.items():
        clean_env.setenv(name, value)
    storage = media_backend()
    assert isinstance(storage, S3Storage)
    assert storage.bucket_name == "portal-media"
    assert storage.endpoint_url == "https://objects.example.org"
    assert storage.location == "media"
    # Uploads never replace one another, as on disk.
    assert storage.file_overwrite is False
    # Pages link to our own address, never to the storage host (CSP: img-src 'self').
    assert storage.url("covers/صورة 1.jpg") == "/media/covers/%D8%B5%D9%88%D8%B1%D8%A9%201.jpg"
    assert storage.url("renditions/covers/a-320.webp") == "/media/renditions/covers/a-320.webp"
    # The keys come from the environment, not from the settings object.
    assert not hasattr(settings, "AWS_SECRET_ACCESS_KEY")


def test_media_storage_s3_without_a_bucket_or_an_unknown_kind_refuses_to_start(clean_env):
    clean_env.setenv("MEDIA_STORAGE", "s3")
    with pytest.raises(ImproperlyConfigured, match="AWS_STORAGE_BUCKET_NAME"):
        scale_config.media_storage()
    clean_env.setenv("MEDIA_STORAGE", "ftp")
    with pytest.raises(ImproperlyConfigured, match="MEDIA_STORAGE"):
        scale_config.media_storage()
