"""Nothing public names the admin or lists its add-ons, and the admin is never indexed."""

import pytest
from django.conf import settings

from portal.content.sanitize import clean_html
from tests.security_helpers import PASSWORD, current_code, make_editor

pytestmark = pytest.mark.django_db


def test_robots_txt_does_not_name_the_admin(client):
    text = client.get("/robots.txt").content.decode()
    assert settings.ADMIN_URL.strip("/") not in text
    assert "Sitemap: http://testserver/sitemap.xml" in text


@pytest.mark.parametrize("path", ["login/", "", "logout/", "no-such-admin-page/", "auth/user/"])
def test_every_admin_response_says_noindex(client, path):
    response = client.get(f"/{settings.ADMIN_URL}{path}")
    assert "noindex" in response.get("X-Robots-Tag", ""), (path, response.status_code)


def test_public_pages_may_be_indexed(client):
    assert "X-Robots-Tag" not in client.get("/ar/")


def test_unsafe_next_after_login_lands_on_the_admin_index(client, django_user_model):
    _user, device = make_editor(django_user_model)
    response = client.post(
        f"/{settings.ADMIN_URL}login/",
        {
            "username": "chief",
            "password": PASSWORD,
            "otp_token": current_code(device),
            "next": "https://evil.example/",
        },
    )
    assert response.status_code == 302
    assert response["Location"] == f"/{settings.ADMIN_URL}"
    assert client.get(response["Location"]).status_code == 200


@pytest.mark.parametrize("tag", ["blockquote", "q"])
@pytest.mark.parametrize(
    "cite", ["javascript:alert(1)", "data:text/html,<script>1</script>", "vbscript:x"]
)
def test_sanitiser_drops_a_dangerous_cite(tag, cite):
    html = clean_html(f'<{tag} cite="{cite}">quoted</{tag}>')
    assert "quoted" in html
    assert "javascript" not in html and "data:" not in html and "vbscript" not in html
