"""Every widget on the static site responds to its control, by keyboard, with no kernel."""
from __future__ import annotations

import pytest
from playwright.sync_api import expect

from tools.site import BOTH_EDITIONS, SITE, built_pages, open_page, widget_pages

WIDGET_PAGES = widget_pages(editions=BOTH_EDITIONS)


def _open(page, site_url, path) -> bool:
    return open_page(page, f"{site_url}/{path}") > 0


def _box_text(control):
    return control.evaluate("el => el.closest('.widget-vbox').innerText")


def _changed(control, before: str, timeout_ms: int = 5_000) -> bool:
    """Whether the control's view shows something other than `before` within the timeout
    (waits for the change itself, not a fixed time, so a busy machine is not a failure)."""
    from playwright.sync_api import TimeoutError

    try:
        control.page.wait_for_function("([el, before]) => el.closest('.widget-vbox').innerText !== before",
                                       arg=[control.element_handle(), before], timeout=timeout_ms)
        return True
    except TimeoutError:
        return False


SLIDER_PAGES = [p for p in WIDGET_PAGES if '"SelectionSliderModel"' in (SITE / p).read_text(encoding="utf-8")]


@pytest.mark.parametrize("path", SLIDER_PAGES)
def test_every_slider_changes_its_view_from_the_keyboard(page, site_url, path):
    assert _open(page, site_url, path)
    handles = page.locator("[role=slider]")
    moved = 0
    for i in range(handles.count()):
        handle = handles.nth(i)
        if not handle.is_visible():
            continue  # a slider inside an unselected tab of a dropdown; reached via the dropdown test
        moved += 1
        assert handle.get_attribute("aria-label"), f"{path}: slider {i} has no accessible name"
        before = _box_text(handle)
        at_max = handle.get_attribute("aria-valuenow") == handle.get_attribute("aria-valuemax")
        handle.focus()
        page.keyboard.press("ArrowLeft" if at_max else "ArrowRight")
        assert _changed(handle, before), f"{path}: slider {i} did not change its view"
    assert moved, f"{path} embeds sliders but none is visible at load"


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
        assert _changed(select, before), f"{path}: dropdown {i} did not change its view"


def test_every_lesson_has_a_widget():
    lessons = [p for p in built_pages() if p.startswith("chapters/") and not p.endswith("index.html")]
    assert lessons
    assert not set(lessons) - set(WIDGET_PAGES), f"lessons without a widget: {set(lessons) - set(WIDGET_PAGES)}"


def test_cadre_scorer_reranks_cities(page, site_url):
    _open(page, site_url, "chapters/01-puzzle/lesson.html")
    page.locator(".widget-dropdown select").first.select_option(label="X2–3 Patents per million yuan GDP")
    handle = page.locator("[role=slider]:visible").first
    box = page.locator(".widget-vbox", has=handle).last
    expect(box).to_contain_text("#1 City B")
    handle.focus()
    page.keyboard.press("End")  # the largest patents value on the grid
    expect(box).to_contain_text("#1 City A")


def test_quiz_gives_feedback_without_a_kernel(page, site_url):
    _open(page, site_url, "chapters/01-puzzle/lesson.html")
    quiz = page.locator(".course-quiz").first
    answers = quiz.locator(".widget-radio-box").first
    right = "A new idea is generated, put into use and spreads"
    answers.get_by_label("It wins a national prize").check()
    expect(quiz).to_contain_text("Not quite. Try another answer.")
    expect(quiz).not_to_contain_text("Correct.")
    answers.get_by_label(right).check()  # a second try after a wrong pick
    expect(quiz).to_contain_text("Correct.")
    page.emulate_media(media="print")  # a printed quiz shows its options
    expect(answers.get_by_text(right)).to_be_visible()


def test_on_the_chinese_page_the_quiz_speaks_chinese_without_a_kernel(page, site_url):
    """The Chinese edition's views come from the same notebook run with COURSE_LANGUAGE=zh: the
    options are the data's Chinese columns, the feedback the views' Chinese catalogue."""
    from widgets.data import load
    from widgets.i18n import translations

    question = load("quiz_questions").query("quiz == 'puzzle' and order == 1").iloc[0]
    zh = translations()
    _open(page, site_url, "zh/chapters/01-puzzle/lesson.html")
    quiz = page.locator(".course-quiz").first
    answers = quiz.locator(".widget-radio-box").first
    answers.get_by_label(question[f"option_{4 if question.answer == 1 else 1}_zh"]).check()
    expect(quiz).to_contain_text(zh["Not quite. Try another answer."])
    answers.get_by_label(question[f"option_{question.answer}_zh"]).check()
    expect(quiz).to_contain_text(zh["Correct. {explanation}{where}"].split("{")[0])
    expect(quiz).not_to_contain_text("Correct.")
