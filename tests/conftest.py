import io

import pytest
from django.core.management import call_command
from django.urls import reverse
from django.utils import translation

LANGUAGES = ("ar", "fr", "en")


@pytest.fixture(autouse=True)
def force_login_passes_the_second_factor(monkeypatch):
    """`client.force_login(staff)` stands for a full admin login, which now includes a TOTP
    code (django-otp): give the user an authenticator and mark the session verified, so that
    admin tests need not type codes. The login form itself, with its second factor, is
    tested in tests/test_admin_security.py."""
    from django.test import Client

    original = Client.force_login

    def force_login(self, user, backend=None):
        original(self, user, backend)
        if user.is_staff:
            from django_otp import DEVICE_ID_SESSION_KEY
            from django_otp.plugins.otp_totp.models import TOTPDevice

            device = TOTPDevice.objects.filter(user=user, confirmed=True).first()
            device = device or TOTPDevice.objects.create(user=user, name="tests")
            session = self.session
            session[DEVICE_ID_SESSION_KEY] = device.persistent_id
            session.save()

    monkeypatch.setattr(Client, "force_login", force_login)


@pytest.fixture
def seeded(db):
    """The launch content, as `make run` loads it."""
    call_command("load_demo", stdout=io.StringIO())


def public_paths():
    """Every kind of public page, in every language: what the site-wide checks walk through.

    Apps add their pages here as they grow. Called with the launch content loaded.
    """
    from portal.guides.models import Guide
    from portal.pages.models import Page
    from portal.seminars.models import Article, Event, Topic

    article = Article.objects.published().first()
    event = Event.objects.published().first()
    topic = Topic.objects.filter(articles__in=Article.objects.published()).first()
    pages = list(Page.objects.published())
    paths = []
    for code in LANGUAGES:
        with translation.override(code):
            paths += [
                reverse("core:home"),
                reverse("seminars:article_list"),
                article.get_absolute_url(),
                event.get_absolute_url(),
                reverse("guides:guide_list"),
                reverse("guides:urgent"),
                reverse("guides:guide_detail", kwargs={"slug": "safe-browsing"}),
                reverse("guides:plan"),
                reverse("guides:plan") + "?a=1&b=2",
                reverse("guides:plan") + "?a=1&b=2&c=1&d=2",
                reverse("guides:faq"),
                reverse("directory:list"),
                reverse("directory:detail", kwargs={"slug": "e-blagh"}),
                topic.get_absolute_url(),
                *(page.get_absolute_url() for page in pages),
            ]
            for guide in Guide.objects.published():
                if guide.get_absolute_url() not in paths:
                    paths.append(guide.get_absolute_url())
    return paths
