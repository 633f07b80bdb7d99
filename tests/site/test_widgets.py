"""Every widget on the static site responds to its control, by keyboard, with no kernel."""
from __future__ import annotations

import pytest

from conftest import built_pages, widget_pages

WIDGET_PAGES = widget_pages()


def _open(page, site_url, path):
    page.goto(f"{site_url}/{path}", wait_until="networkidle")
    if not page.locator(".jupyter-widgets, .widget-vbox").count():
        return False
    page.wait_for_selector(".widget-vbox", timeout=15_000)
    return True


def _box_text(control):
    return control.evaluate("el => el.closest('.widget-vbox').innerText")


@pytest.mark.parametrize("path", WIDGET_PAGES)
def test_every_slider_changes_its_view_from_the_keyboard(page, site_url, path):
    assert _open(page, site_url, path)
    handles = page.locator("[role=slider]")
    for i in range(handles.count()):
        handle = handles.nth(i)
        if not handle.is_visible():
            continue  # a slider inside an unselected tab of a dropdown; reached via the dropdown test
        assert handle.get_attribute("aria-label"), f"{path}: slider {i} has no accessible name"
        before = _box_text(handle)
        at_max = handle.get_attribute("aria-valuenow") == handle.get_attribute("aria-valuemax")
        handle.focus()
        page.keyboard.press("ArrowLeft" if at_max else "ArrowRight")
        page.wait_for_timeout(150)
        assert _box_text(handle) != before, f"{path}: slider {i} did not change its view"


@pytest.mark.parametrize("path", WIDGET_PAGES)
def test_every_dropdown_changes_its_view(page, site_url, path):
    assert _open(page, site_url, path)
    selects = page.locator(".widget-dropdown select")
    for i in range(selects.count()):
        select = selects.nth(i)
        before = _box_text(select)
        options = select.locator("option")
        select.focus()
        select.select_option(index=options.count() - 1)
        page.wait_for_timeout(150)
        assert _box_text(select) != before, f"{path}: dropdown {i} did not change its view"


def test_every_lesson_has_a_widget():
    lessons = [p for p in built_pages() if p.startswith("chapters/") and not p.endswith("index.html")]
    assert lessons
    assert not set(lessons) - set(WIDGET_PAGES), f"lessons without a widget: {set(lessons) - set(WIDGET_PAGES)}"


def test_cadre_scorer_reranks_cities(page, site_url):
    _open(page, site_url, "chapters/01-puzzle/lesson.html")
    page.locator(".widget-dropdown select").first.select_option(label="X2–3 Patents per million yuan GDP")
    page.wait_for_timeout(200)
    handle = page.locator("[role=slider]:visible").first
    box = handle.evaluate_handle("el => el.closest('.widget-vbox')")
    assert "#1 City B" in box.evaluate("el => el.innerText")
    handle.focus()
    page.keyboard.press("End")  # the largest patents value on the grid
    page.wait_for_timeout(200)
    assert "#1 City A" in box.evaluate("el => el.innerText")


def test_quiz_gives_feedback_without_a_kernel(page, site_url):
    _open(page, site_url, "chapters/01-puzzle/lesson.html")
    quiz = page.locator(".course-quiz").first
    select = quiz.locator(".widget-dropdown select").first
    select.select_option(label="A new idea is generated, put into use and spreads")
    page.wait_for_timeout(150)
    assert "Correct." in quiz.inner_text()
    select.select_option(label="It wins a national prize")
    page.wait_for_timeout(150)
    assert "Not quite" in quiz.inner_text()
