"""Site search: Arabic as people type it, French without accents, only what visitors may
see, bad input answered calmly, and the query kept private. Runs on SQLite and PostgreSQL
(DATABASE_URL); each case says where it applies."""

import re

import pytest
from django.db import connection

from tests.search_factories import corpus

pytestmark = pytest.mark.django_db

ON_POSTGRESQL = connection.vendor == "postgresql"
POSTGRESQL_ONLY = pytest.mark.skipif(not ON_POSTGRESQL, reason="stemming needs PostgreSQL")


def links(client, query, language="ar"):
    response = client.get(f"/{language}/search/", {"q": query})
    assert response.status_code == 200
    return re.findall(r'<h3><a href="([^"]+)">', response.content.decode())


# (query, language, the object it must find). Every spelling people use.
VARIANTS = [
    ("ابتزاز", "ar", "guide"),  # without the article: the text says للابتزاز, الإبتزاز
    ("الابتزاز", "ar", "guide"),
    ("الإبتزاز", "ar", "guide"),  # hamza below
    ("إبتزاز", "ar", "guide"),
    ("ٱلابتزاز", "ar", "guide"),  # alef wasla
    ("ابتـــزاز", "ar", "guide"),  # tatweel
    ("اِبْتِزَاز", "ar", "guide"),  # diacritics
    ("الالكتروني", "ar", "guide"),
    ("مكتب الشرطة", "ar", "article"),  # the title carries diacritics
    ("الأساتذة", "ar", "article"),  # the text has tatweel
    ("المدرسه", "ar", "article"),  # heh typed for teh marbuta
    ("2026", "ar", "article"),  # the text has Eastern digits
    ("كلية", "ar", "article"),  # the text has a Persian keheh
    ("المستشفي", "ar", "faq"),  # ي typed for ى
    ("الشرطه", "ar", "faq"),
    ("١٩", "ar", "faq"),  # Eastern digits typed, 19 in the text: both ways
    ("۱۹", "ar", "faq"),  # Persian digits
    ("طفل", "ar", "organisation"),  # a child: the help contacts for minors
    ("الرباط", "ar", "organisation"),  # a city in the entry's region
    ("القاصرين", "ar", "organisation"),
    ("securite", "fr", "guide"),  # French without accents
    ("SÉCURITÉ", "fr", "guide"),
    ("confidentialite", "fr", "page"),
    ("donnee", "fr", "page"),
    # Plurals and inflections: the stemmers of PostgreSQL, not substrings on SQLite.
    pytest.param("donnees", "fr", "page", marks=POSTGRESQL_ONLY),
    pytest.param("visiteur", "fr", "page", marks=POSTGRESQL_ONLY),
    pytest.param("step", "en", "guide", marks=POSTGRESQL_ONLY),
    ("Rabat", "fr", "organisation"),
    ("enfant", "fr", "organisation"),
    ("blackmail", "en", "guide"),
]


@pytest.mark.parametrize(("query", "language", "expected"), VARIANTS)
def test_every_spelling_finds_the_object(client, query, language, expected):
    objects = corpus()
    from django.utils import translation

    with translation.override(language):
        url = objects[expected].get_absolute_url()
    assert url in links(client, query, language), (query, url)
