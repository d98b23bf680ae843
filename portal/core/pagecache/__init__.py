"""Whole public pages kept in the configured cache, invalidated exactly by a site-wide
version (version.py), served by PageCacheMiddleware (middleware.py), with the pages that
must survive a database outage kept warm (warm.py)."""

from .entries import shared_page

__all__ = ["shared_page"]
