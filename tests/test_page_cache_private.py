"""Nothing private is ever cached: not the admin, not a preview, not a page a signed-in
editor reads, not a page with a cookie or a CSP nonce. Every `cache.set` of a page is
watched while real Editors and Publishers walk the admin and the public site."""

import contextlib

import pytest
from django.conf import settings
from django.contrib import admin
from django.core.cache import cache
from django.test import Client
from django.urls import NoReverseMatch, reverse

from portal.core.pagecache import entries
from portal.pages.models import Page
from portal.review.models import PendingChange
from tests.conftest import public_paths
from tests.review_helpers import change_url, post_change

pytestmark = pytest.mark.django_db


@pytest.fixture
def stored(monkeypatch):
    """The addresses of the pages written to the cache during the test."""
    pages = []
    real_set = cache.set

    def watched_set(key, value, *args, **kwargs):
        if key.startswith(entries.PAGE_PREFIX):
            pages.append(value)
        return real_set(key, value, *args, **kwargs)

    monkeypatch.setattr(cache, "set", watched_set)
    return pages


def admin_addresses():
    """The index, and every registered model's list, add and first change page, with the
    preview of every object that has one."""
    addresses = [reverse("admin:index")]
    for model, _model_admin in admin.site._registry.items():
        meta = model._meta
        for view in ("changelist", "add"):
            addresses.append(reverse(f"admin:{meta.app_label}_{meta.model_name}_{view}"))
        first = model._default_manager.order_by("pk").first()
        if first is None:
            continue
        addresses.append(change_url(first))
        with contextlib.suppress(NoReverseMatch):
            addresses.append(
                reverse(f"admin:{meta.app_label}_{meta.model_name}_preview", args=[first.pk, "ar"])
            )
    return addresses


@pytest.mark.slow
def test_the_admin_previews_and_an_editors_public_pages_are_never_cached(
    seeded, editor, publisher, stored
):
    # A pending change, so that its review page and previews exist.
    page = Page.objects.published().first()
    post_change(editor, change_url(page), title_en="Zzpending title")
    change = PendingChange.objects.get(state="pending")
    addresses = [
        *admin_addresses(),
        change.get_absolute_url(),
        reverse("admin:review_pendingchange_preview", args=[change.pk, "en"]),
    ]
    for client in (editor, publisher):
        for address in addresses:
            response = client.get(address)
            assert response.status_code in (200, 302, 403, 404), address
            assert response.get("X-Cache") in (None, "bypass"), address
    assert stored == []

    # A signed-in editor reads the public site: never from the cache, never into it.
    paths = public_paths()
    for path in paths:
        response = editor.get(path)
        assert response.get("X-Cache") == "bypass", path
    assert stored == []
    # ...so that the first anonymous visitor after them still finds nothing cached.
    for path in paths[:5]:
        assert Client().get(path)["X-Cache"] == "miss", path
    assert "Zzpending" not in Client().get(page.get_absolute_url()).content.decode()
    # The admin's login page (a CSRF token and cookie) is not cached for anyone either.
    login = Client().get(reverse("admin:login"))
    assert login.get("X-Cache") in (None, "bypass") and login.cookies


def test_a_page_that_sets_a_cookie_uses_a_nonce_or_the_session_is_not_stored(rf):
    from django.http import HttpResponse
    from django.utils.csp import LazyNonce

    def request():
        req = rf.get("/en/")
        req._csp_nonce = LazyNonce()
        return req

    plain = HttpResponse("page")
    assert entries.storable(request(), plain)
    cookie = HttpResponse("page")
    cookie.set_cookie("x", "1")
    assert not entries.storable(request(), cookie)
    nonced = request()
    str(nonced._csp_nonce)  # a template used the nonce
    assert not entries.storable(nonced, HttpResponse("page"))
    private = HttpResponse("page", headers={"Cache-Control": "private"})
    assert not entries.storable(request(), private)
    varies = HttpResponse("page", headers={"Vary": "Cookie"})
    assert not entries.storable(request(), varies)
    token = request()
    token.META["CSRF_COOKIE"] = "x"
    assert not entries.storable(token, HttpResponse("page"))
    assert not entries.storable(rf.post("/en/"), HttpResponse("page"))
    signed_in = rf.get("/en/", HTTP_COOKIE=f"{settings.SESSION_COOKIE_NAME}=abc")
    assert not entries.cacheable_request(signed_in)
    assert not entries.cacheable_request(rf.get(f"/{settings.ADMIN_URL}"))
    assert not entries.cacheable_request(rf.get("/readyz"))
