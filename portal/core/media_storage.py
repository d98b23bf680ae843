"""Uploaded images in S3-compatible object storage, served from the site's own address.

With MEDIA_STORAGE=s3 (portal/scale_config.py) every app server reads and writes the same
bucket, so any of them can take an upload and any can render the page that shows it. The
pages still link to /media/...: the reverse proxy fetches those paths from the bucket
(deploy/nginx.conf, docs/deployment.md). A visitor's browser never talks to a storage host:
the site promises no request to any other host, and the Content-Security-Policy allows images
from our own origin only.
"""

from django.conf import settings
from django.utils.encoding import filepath_to_uri
from storages.backends.s3 import S3Storage


class SameOriginS3Storage(S3Storage):
    """S3Storage whose URLs are MEDIA_URL + name instead of the bucket's own address."""

    def url(self, name, parameters=None, expire=None, http_method=None):
        return settings.MEDIA_URL + filepath_to_uri(name).lstrip("/")
