"""The privacy page promises what the code does; each promise is checked by the tests named
beside it, so the page cannot drift from the truth unnoticed."""

import ast
from pathlib import Path

import pytest

pytestmark = pytest.mark.django_db

BASE_DIR = Path(__file__).resolve().parent.parent
NO_TRACE = "tests/browser/test_privacy.py::test_public_pages_leave_no_trace"
EVERY_PAGE = (
    "tests/test_security_headers.py::test_every_public_page_has_the_strict_headers_and_no_cookie"
)

# (the promise as the page words it in each language it is checked in, the tests proving it)
PROMISES = [
    (
        {"en": "No cookies", "fr": "Aucun cookie", "ar": "لا ملفات تعريف الارتباط"},
        [EVERY_PAGE, NO_TRACE],
    ),
    ({"en": "no localStorage, no sessionStorage"}, [NO_TRACE]),
    ({"en": "No request to any other site"}, [NO_TRACE]),
    (
        {
            "en": "Referrer-Policy: no-referrer",
            "fr": "Referrer-Policy : no-referrer",
            "ar": "Referrer-Policy: no-referrer",
        },
        [EVERY_PAGE],
    ),
    (
        {
            "en": "do not record IP addresses by default",
            "fr": "n'enregistrent pas les adresses IP par défaut",
            "ar": "لا تحتفظ بعناوين IP بشكل افتراضي",
        },
        [
            "tests/test_access_log.py::test_gunicorn_logs_no_query_string_and_no_address",
            "tests/test_access_log.py::test_make_serve_logs_no_query_string_and_no_address",
            "tests/test_access_log.py::test_make_run_logs_no_query_string_and_no_address",
        ],
    ),
    (
        {"en": "No analytics"},
        ["tests/test_privacy_promise.py::test_no_analytics_or_tracker_anywhere"],
    ),
]


@pytest.mark.parametrize("language", ["ar", "fr", "en"])
def test_privacy_page_states_the_promises(client, seeded, language):
    response = client.get(f"/{language}/privacy/")
    assert response.status_code == 200
    html = response.content.decode().replace("&#x27;", "'").replace("&#39;", "'")
    for wording, _tests in PROMISES:
        if language in wording:
            assert wording[language] in html, (language, wording[language])
    assert not response.cookies
    assert response["Referrer-Policy"] == "no-referrer"


def test_every_promise_names_tests_that_exist(db):
    """A renamed or deleted test would leave a promise unchecked: the name must still be
    a test function in that file."""
    for _wording, tests in PROMISES:
        assert tests
        for where in tests:
            path, name = where.split("::")
            tree = ast.parse((BASE_DIR / path).read_text())
            names = {node.name for node in tree.body if isinstance(node, ast.FunctionDef)}
            assert name.startswith("test_") and name in names, where


@pytest.mark.slow
def test_no_analytics_or_tracker_anywhere(client, seeded):
    from tests.conftest import public_paths

    for path in public_paths():
        html = client.get(path).content.decode().lower()
        for needle in ("google-analytics", "googletagmanager", "matomo", "plausible", "gtag("):
            assert needle not in html, (path, needle)
        assert '<script src="http' not in html and '<script src="//' not in html, path
