import io

import pytest
from django.core.management import call_command
from django.urls import reverse
from django.utils import translation

LANGUAGES = ("ar", "fr", "en")


@pytest.fixture
def verified_login():
    """`verified_login(client, user)`: sign in as a full admin login would, the second factor
    (django-otp) included. Only the tests that ask for it get it; Django's own force_login is
    left alone, so a test of the second factor sees exactly what Django does."""
    from tests.editors_helpers import log_in_past_second_factor

    return log_in_past_second_factor


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
