"""axe-core over every built page, light and dark: no serious or critical violations."""
from __future__ import annotations

import pytest

from tools.site import BOTH_EDITIONS, built_pages, edition_of, is_lesson_page, open_page

PAGES = built_pages(editions=BOTH_EDITIONS)


def dark_checked(path: str) -> bool:
    """Dark mode is the same stylesheet in both editions, so the Chinese edition is checked dark on
    its lessons (their translated views and widgets) and light on every page; this keeps the
    browser layer of `make test` within CI's time."""
    return edition_of(path) == "en" or is_lesson_page(path)


def serious_violations(page) -> list[str]:
    from axe_playwright_python.sync_playwright import Axe

    violations = Axe().run(page).response["violations"]
    return [f"{v['id']} ({v['impact']}): {v['help']} — e.g. {v['nodes'][0]['target']}"
            for v in violations if v["impact"] in ("serious", "critical")]


@pytest.mark.parametrize("path", PAGES)
def test_no_serious_accessibility_violations_light_or_dark(browser, site_url, path):
    # The page opens in the reader's system scheme (light here); the theme's own switch then
    # turns it dark in place, as a reader's click would, so each page is loaded once.
    context = browser.new_context(color_scheme="light", viewport={"width": 1280, "height": 900})
    page = context.new_page()
    try:
        open_page(page, f"{site_url}/{path}")
        assert page.evaluate("document.documentElement.dataset.theme") == "light"
        report = {"light": serious_violations(page)}
        if not dark_checked(path):
            assert not report["light"], f"{path}: {report}"
            return
        page.evaluate("document.documentElement.dataset.mode = 'dark';"
                      "document.documentElement.dataset.theme = 'dark'")
        # The theme fades its colours: measure contrast once the fades have finished.
        page.wait_for_function("document.getAnimations().every(a => a.playState !== 'running')")
        assert page.evaluate("getComputedStyle(document.body).backgroundColor") != "rgb(255, 255, 255)"
        report["dark"] = serious_violations(page)
        assert not report["light"] + report["dark"], f"{path}: {report}"
    finally:
        context.close()
