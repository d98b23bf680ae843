"""Browser tests run in Debian's Chromium, driven by Playwright (never a downloaded browser).

Where Chromium is missing they skip with the reason, unless REQUIRE_BROWSER=1 (CI), where a
missing browser is a failure.
"""

import os
import shutil
from pathlib import Path
from urllib.parse import urlsplit

import pytest

CHROMIUM = os.environ.get("CHROMIUM") or shutil.which("chromium") or "/usr/bin/chromium"
ARTIFACTS = Path(__file__).resolve().parents[2] / "test-artifacts"
ARGS = [
    "--headless",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--no-first-run",
    "--disable-quic",
]


def pytest_collection_modifyitems(config, items):
    for item in items:
        if "tests/browser/" in str(item.fspath).replace(os.sep, "/"):
            item.add_marker(pytest.mark.browser)


@pytest.fixture(scope="session")
def browser():
    if not Path(CHROMIUM).exists():
        message = f"Chromium not found at {CHROMIUM} (apt-get install chromium)"
        if os.environ.get("REQUIRE_BROWSER") == "1":
            pytest.fail(message)
        pytest.skip(message)
    # The live server runs in a thread beside Playwright's event loop.
    os.environ["DJANGO_ALLOW_ASYNC_UNSAFE"] = "true"
    from playwright.sync_api import sync_playwright

    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(executable_path=CHROMIUM, args=ARGS)
        yield browser
        browser.close()


class PageWatch:
    """What a page did on the network and in the console while a test used it."""

    def __init__(self, page, server_url):
        self.page = page
        self.own_host = urlsplit(server_url).netloc
        self.foreign_requests = []
        self.csp_violations = []
        page.on("request", self._on_request)
        page.on("console", self._on_console)

    def _on_request(self, request):
        parts = urlsplit(request.url)
        if parts.scheme in {"data", "blob", "about"}:
            return
        if parts.netloc != self.own_host:
            self.foreign_requests.append(request.url)

    def _on_console(self, message):
        if "Content Security Policy" in message.text or "Content-Security-Policy" in message.text:
            self.csp_violations.append(message.text)


@pytest.fixture
def site(live_server, seeded, settings):
    # The live server is the site: its address is SITE_URL, and its port the one accepted.
    settings.SITE_URL = live_server.url
    settings.ALLOWED_PORTS = [str(urlsplit(live_server.url).port)]
    return live_server.url


@pytest.fixture
def new_page(browser, site):
    """A fresh context (no cookies, no storage) per page, at a given width."""
    contexts = []

    def make(width=360, height=800, javascript=True, locale="ar"):
        context = browser.new_context(
            viewport={"width": width, "height": height},
            java_script_enabled=javascript,
            locale=locale,
        )
        contexts.append(context)
        page = context.new_page()
        return page, PageWatch(page, site)

    yield make
    for context in contexts:
        context.close()


@pytest.fixture(scope="session")
def artifacts():
    ARTIFACTS.mkdir(exist_ok=True)
    return ARTIFACTS
