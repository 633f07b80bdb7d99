"""A lesson's first visit: text first, the 3.6 MB widget manager only when a widget nears the screen.
(Timings and Lighthouse scores are measured by `make bench`, never asserted here.)"""
from __future__ import annotations

import re

import pytest

from tools.site import BOTH_EDITIONS, SITE, WIDGET_CONTROLS, built_pages, is_lesson_page, widget_pages

LESSONS = [p for p in widget_pages() if is_lesson_page(p)]
MANAGER = "embed-amd.js"
AHEAD_PX = 1200  # assets/course.js starts the manager this far ahead of the first view


@pytest.mark.parametrize("path", built_pages(editions=BOTH_EDITIONS))
def test_no_script_in_the_head_blocks_the_first_paint(path):
    head = (SITE / path).read_text(encoding="utf-8").split("</head>")[0]
    blocking = [tag for tag in re.findall(r"<script\b[^>]*\bsrc=[^>]*>", head)
                if not re.search(r"\b(defer|async)\b|type=\"text/x-course-lazy\"", tag)]
    assert all("documentation_options.js" in tag for tag in blocking), blocking
    assert "fontawesome.js" not in head and "widget-state+json" not in head


@pytest.mark.parametrize("path", LESSONS)
def test_widget_manager_loads_only_near_a_widget_and_then_draws_it(browser, site_url, path):
    context = browser.new_context(viewport={"width": 1280, "height": 900})
    page = context.new_page()
    requested = []
    page.on("request", lambda request: requested.append(request.url))
    try:
        page.goto(f"{site_url}/{path}", wait_until="load")
        page.wait_for_load_state("networkidle")
        first = page.locator('script[type="application/vnd.jupyter.widget-view+json"]').first
        top = first.evaluate("view => view.parentElement.getBoundingClientRect().top")
        loaded = any(MANAGER in url for url in requested)
        if top > 900 + AHEAD_PX + 50:
            assert not loaded, f"{path}: the widget manager loaded with the first widget {top:.0f} px down"
        first.evaluate("view => view.parentElement.scrollIntoView()")
        output = first.locator("xpath=..")
        output.locator(WIDGET_CONTROLS).first.wait_for(state="visible", timeout=30_000)
        assert any(MANAGER in url for url in requested)
    finally:
        context.close()


def test_theme_icons_are_drawn_by_the_stylesheets_font(page, site_url):
    requested = []
    page.on("request", lambda request: requested.append(request.url))
    page.goto(f"{site_url}/intro.html", wait_until="load")
    page.wait_for_load_state("networkidle")
    icon = page.locator(".theme-switch-button i.fa-sun, .theme-switch-button i.fa-moon, "
                        ".theme-switch-button i.fa-circle-half-stroke").locator("visible=true").first
    glyph = icon.evaluate("i => getComputedStyle(i, '::before').content")
    assert glyph not in ("", "none", "normal"), "the theme switch icon has no glyph"
    assert icon.bounding_box()["width"] > 8
    assert page.evaluate("document.fonts.check('900 16px \"Font Awesome 6 Free\"')")
    assert not any("fontawesome.js" in url for url in requested)


@pytest.mark.parametrize("path", LESSONS[:2])
def test_every_link_on_a_loaded_lesson_has_somewhere_to_go(page, site_url, path):
    # Search engines (and Lighthouse's SEO audit) cannot follow a link without an address.
    page.goto(f"{site_url}/{path}", wait_until="load")
    page.wait_for_load_state("networkidle")
    assert page.evaluate("document.querySelectorAll('a:not([href])').length") == 0
    assert page.evaluate("document.querySelector('meta[name=description]').content.length") >= 60
