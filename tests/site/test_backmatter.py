"""Back matter on the built site: data appendix, instructor guide, glossary tooltips, the vignette quiz."""
from __future__ import annotations

import json
import re

import pytest
from playwright.sync_api import expect

from tools import ROOT
from tools.chapters import chapter_keys
from tools.site import SITE, open_page
from widgets.data import load


def _html(path: str) -> str:
    return (SITE / path).read_text(encoding="utf-8")


def test_data_appendix_lists_every_resource_with_a_working_download():
    page = _html("backmatter/data-appendix.html")
    resources = json.loads((ROOT / "data" / "datapackage.json").read_text(encoding="utf-8"))["resources"]
    assert len(resources) >= 30
    for resource in resources:
        # Each dataset has its own anchor, so a lesson can link to it.
        assert f'id="data-{resource["name"]}"' in page, f"no anchor for {resource['name']}"
        links = re.findall(r'href="([^"]*' + re.escape(resource["path"]) + r')"', page)
        assert links, f"no download link for {resource['path']}"
        assert (SITE / "backmatter" / links[0]).resolve().is_file(), f"download link {links[0]} is broken"


@pytest.mark.parametrize("folder", list(chapter_keys()))
def test_instructor_guide_covers_every_exercise_of_its_chapter(folder):
    labels = [label for nb in sorted((ROOT / "chapters" / folder).glob("*.ipynb"))
              for label in re.findall(r":label: (ch\d-ex-[a-z0-9-]+)", nb.read_text(encoding="utf-8"))]
    assert labels, f"chapter {folder} has no exercises"
    page = _html(f"backmatter/instructor/{folder}.html")
    for heading in ("50-minute lesson", "90-minute lesson", "Discussion prompts", "Answer key"):
        assert heading in page, f"instructor guide {folder}: no {heading!r}"
    linked = set(re.findall(r'href="[^"]*#(ch\d-ex-[a-z0-9-]+)"', page))
    assert set(labels) <= linked, f"instructor guide {folder} has no answer for {sorted(set(labels) - linked)}"


def test_glossary_definition_opens_on_hover_keyboard_and_first_tap_then_the_link_lands_on_the_term(browser, site_url):
    english = load("glossary").set_index("term_id").loc["kongjian", "english"]
    url = f"{site_url}/chapters/02-innovation-logics/lesson.html"
    desktop = browser.new_context(viewport={"width": 1280, "height": 900})
    phone = browser.new_context(viewport={"width": 390, "height": 844}, is_mobile=True, has_touch=True)
    try:
        page = desktop.new_page()
        open_page(page, url)
        link = page.locator('a[href*="glossary.html#term-"]', has_text="kongjian").first
        tip = page.locator(".course-term-tip")
        link.hover()
        expect(tip).to_be_visible()
        expect(tip).to_contain_text(english)
        page.keyboard.press("Escape")
        expect(tip).to_be_hidden()
        link.focus()  # keyboard users get the same tip, screen readers the definition as description
        expect(tip).to_contain_text(english)
        assert english in page.locator(f"#{link.get_attribute('aria-describedby')}").text_content()
        assert link.get_attribute("title") is None  # no second, native tooltip
        link.click()
        page.wait_for_load_state("networkidle")
        assert page.url.split("/")[-1].startswith("glossary.html#term-")
        target = page.locator(":target")
        assert target.count() == 1 and "kongjian" in target.inner_text()

        touch = phone.new_page()
        touch.goto(url, wait_until="load")
        link = touch.locator('a[href*="glossary.html#term-"]', has_text="kongjian").first
        link.scroll_into_view_if_needed()
        link.tap()  # a first tap shows the definition instead of leaving the lesson
        tip = touch.locator(".course-term-tip")
        expect(tip).to_contain_text(english)
        assert touch.url == url
        box = tip.bounding_box()
        assert box["x"] >= 0 and box["x"] + box["width"] <= 390, f"the tip leaves the screen: {box}"
        with touch.expect_navigation():
            tip.locator("a").tap()
        assert touch.url.split("/")[-1].startswith("glossary.html#term-kongjian")
    finally:
        desktop.close()
        phone.close()


def test_glossary_has_a_to_z_jump_links_that_land_on_a_term_of_that_letter(page, site_url):
    open_page(page, f"{site_url}/backmatter/glossary.html")
    letters = page.locator(".course-jump-links a")
    initials = sorted({p[0].upper() for p in load("glossary")["pinyin"]})
    assert letters.all_inner_texts() == initials
    for i in range(letters.count()):
        href = letters.nth(i).get_attribute("href")
        term = page.locator(f"dt[id='{href.split('#')[1]}']")
        assert term.inner_text().upper().startswith(letters.nth(i).inner_text()), href


def test_data_appendix_jump_links_reach_every_dataset():
    page = _html("backmatter/data-appendix.html")
    jump = re.search(r'class="[^"]*course-jump-links[^"]*">(.*?)</div>', page, re.S).group(1)
    package = json.loads((ROOT / "data" / "datapackage.json").read_text(encoding="utf-8"))
    names = [r["name"] for r in package["resources"]]
    assert re.findall(r'href="#data-([a-z0-9_]+)"', jump) == names


def test_vignette_quiz_marks_the_sources_framework_correct_and_another_wrong(page, site_url):
    vignette = load("synthesis_vignettes").sort_values("vignette_order").iloc[0]
    comparison = load("frameworks_comparison")
    names = comparison.drop_duplicates("framework_id").set_index("framework_id")["framework"]
    open_page(page, f"{site_url}/chapters/06-synthesis/lesson.html")
    quiz = page.locator(".course-quiz", has_text="Which framework explains each case best?")
    quiz.wait_for(timeout=15_000)
    first = quiz.locator(".widget-radio-box").first
    wrong = next(name for fid, name in names.items() if fid != vignette["framework_id"])
    first.get_by_label(wrong, exact=True).check()
    expect(quiz).to_contain_text("Not quite")
    first.get_by_label(names[vignette["framework_id"]], exact=True).check()
    expect(quiz).to_contain_text("Correct.")


def test_exercise_numbers_are_never_typed_by_hand():
    # The book numbers exercises across chapters; a typed "exercise 4" drifts from it. Use {numref}.
    typed = []
    for path in [*ROOT.glob("chapters/*/*.ipynb"), *ROOT.glob("chapters/*/*.md"), *ROOT.glob("backmatter/**/*.md")]:
        text = re.sub(r"\{numref\}`[^`]*`", "", path.read_text(encoding="utf-8"))
        typed += [f"{path.relative_to(ROOT)}: {m}" for m in re.findall(r"\b[Ee]xercises? \d+", text)]
    assert not typed, typed
