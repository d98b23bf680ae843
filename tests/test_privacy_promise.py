"""The privacy page promises what the code does; each promise is checked here or in the test
named beside it, so the page cannot drift from the truth unnoticed."""

import pytest

pytestmark = pytest.mark.django_db

# (promise as the page words it in each language, where the behaviour is tested)
PROMISES = {
    "en": [
        ("No cookies", "tests/test_security_headers.py, tests/browser/test_privacy.py"),
        ("no localStorage, no sessionStorage", "tests/browser/test_privacy.py"),
        ("No request to any other site", "tests/browser/test_privacy.py"),
        ("Referrer-Policy: no-referrer", "tests/test_security_headers.py"),
        ("do not record IP addresses by default", "tests/test_access_log.py"),
        ("No analytics", "below: no script from elsewhere, no tracker"),
    ],
    "fr": [
        ("Aucun cookie", ""),
        ("Referrer-Policy : no-referrer", ""),
        ("n'enregistrent pas les adresses IP par défaut", ""),
    ],
    "ar": [
        ("لا ملفات تعريف الارتباط", ""),
        ("Referrer-Policy: no-referrer", ""),
        ("لا تحتفظ بعناوين IP بشكل افتراضي", ""),
    ],
}


@pytest.mark.parametrize("language", ["ar", "fr", "en"])
def test_privacy_page_states_the_promises(client, seeded, language):
    response = client.get(f"/{language}/privacy/")
    assert response.status_code == 200
    html = response.content.decode().replace("&#x27;", "'").replace("&#39;", "'")
    for promise, _where in PROMISES[language]:
        assert promise in html, (language, promise)
    assert not response.cookies
    assert response["Referrer-Policy"] == "no-referrer"


def test_no_analytics_or_tracker_anywhere(client, seeded):
    from tests.conftest import public_paths

    for path in public_paths():
        html = client.get(path).content.decode().lower()
        for needle in ("google-analytics", "googletagmanager", "matomo", "plausible", "gtag("):
            assert needle not in html, (path, needle)
        assert '<script src="http' not in html and '<script src="//' not in html, path
