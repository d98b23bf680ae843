"""What several app servers must share, read from the environment (docs/deployment.md).

An app server keeps no state of its own: the database holds content and sessions, the cache
is Redis when REDIS_URL is set (so that what one server invalidates, every server sees), and
uploaded images can live in S3-compatible object storage instead of MEDIA_ROOT. Without these
variables one machine runs as before: an in-process cache and files under MEDIA_ROOT.
"""

from django.core.exceptions import ImproperlyConfigured

from .env import env, env_bool, env_int

FILESYSTEM = "django.core.files.storage.FileSystemStorage"
OBJECT_STORAGE = "portal.core.media_storage.SameOriginS3Storage"


def caches():
    url = env("REDIS_URL").strip()
    if not url:
        return {"default": {"BACKEND": "django.core.cache.backends.locmem.LocMemCache"}}
    # A Redis that stops answering must cost a request a fraction of a second, not the
    # client library's default of waiting for ever.
    timeout = env_int("REDIS_TIMEOUT_MS", 500) / 1000
    return {
        "default": {
            "BACKEND": "django.core.cache.backends.redis.RedisCache",
            "LOCATION": url,
            "OPTIONS": {"socket_connect_timeout": timeout, "socket_timeout": timeout},
        }
    }


def media_storage():
    """STORAGES["default"]: the filesystem (MEDIA_ROOT) unless MEDIA_STORAGE=s3."""
    kind = env("MEDIA_STORAGE", "filesystem").strip().lower() or "filesystem"
    if kind == "filesystem":
        return {"BACKEND": FILESYSTEM}
    if kind != "s3":
        raise ImproperlyConfigured(f"MEDIA_STORAGE is {kind!r}: use 'filesystem' or 's3'.")
    bucket = env("AWS_STORAGE_BUCKET_NAME").strip()
    if not bucket:
        raise ImproperlyConfigured("MEDIA_STORAGE=s3 needs AWS_STORAGE_BUCKET_NAME.")
    # The keys themselves (AWS_ACCESS_KEY_ID, AWS_SECRET_ACCESS_KEY) are read from the
    # environment by django-storages and boto3, so they never sit in the settings object.
    options = {
        "bucket_name": bucket,
        "endpoint_url": env("AWS_S3_ENDPOINT_URL").strip() or None,
        "region_name": env("AWS_S3_REGION_NAME").strip() or None,
        "location": env("AWS_LOCATION", "media").strip("/"),
        # Two uploads with the same file name must not replace each other, as on disk.
        "file_overwrite": False,
        # Images are public; the proxy fetches them without signed query strings.
        "querystring_auth": False,
        "default_acl": None,
        "addressing_style": env("AWS_S3_ADDRESSING_STYLE").strip() or None,
        "use_ssl": env_bool("AWS_S3_USE_SSL", True),
    }
    return {"BACKEND": OBJECT_STORAGE, "OPTIONS": options}
