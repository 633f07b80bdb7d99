"""Browser tests: the built site served on loopback, driven in Debian's Chromium (tools/site.py)."""
from __future__ import annotations

import os

import pytest

from tools.site import CHROMIUM, SITE, chromium, served


@pytest.fixture(scope="session")
def site_url():
    if not (SITE / "index.html").is_file():
        pytest.fail("No built site at _build/html: run `make book` (make test builds it first).")
    with served(SITE) as url:
        yield url


@pytest.fixture(scope="session")
def browser():
    if not os.path.exists(CHROMIUM):
        message = "Chromium is not installed: `sudo apt-get install chromium` (make test installs it when run as root)."
        if os.environ.get("CI") == "true":
            pytest.fail(message)
        pytest.skip(message)
    with chromium() as browser:
        yield browser


@pytest.fixture
def page(browser):
    context = browser.new_context(viewport={"width": 1280, "height": 900})
    page = context.new_page()
    yield page
    context.close()
