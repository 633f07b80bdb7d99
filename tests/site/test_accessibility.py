"""axe-core over every built page, light and dark: no serious or critical violations."""
from __future__ import annotations

import pytest

from conftest import built_pages

PAGES = built_pages()


@pytest.mark.parametrize("scheme", ["light", "dark"])
@pytest.mark.parametrize("path", PAGES)
def test_no_serious_accessibility_violations(browser, site_url, path, scheme):
    from axe_playwright_python.sync_playwright import Axe

    context = browser.new_context(color_scheme=scheme, viewport={"width": 1280, "height": 900})
    page = context.new_page()
    try:
        page.goto(f"{site_url}/{path}", wait_until="networkidle")
        if page.locator(".jupyter-widgets").count():
            page.wait_for_selector(".widget-vbox", timeout=15_000)
        assert page.evaluate("document.documentElement.dataset.theme") == scheme
        results = Axe().run(page)
        serious = [v for v in results.response["violations"] if v["impact"] in ("serious", "critical")]
        report = [f"{v['id']} ({v['impact']}): {v['help']} — e.g. {v['nodes'][0]['target']}" for v in serious]
        assert not serious, f"{path} [{scheme}]:\n" + "\n".join(report)
    finally:
        context.close()
