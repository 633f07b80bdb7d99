"""Lessons a student can finish: no lesson page taller than 25,000 px at 1280 px, each lesson
ends with a next step, "Next" follows the table of contents, and exercises are numbered by chapter."""
from __future__ import annotations

import re

import pytest

from tools import toc_order
from tools.site import SITE, is_lesson_page, open_page, widget_pages

LESSONS = [p for p in widget_pages() if is_lesson_page(p)]
TALLEST_PX = 25_000


def chapter_pages() -> list[str]:
    """The Chapters part in reading order (chapter overview, then its lessons), as built pages."""
    return [f"{name}.html" for name in toc_order() if name.startswith("chapters/")]


@pytest.mark.parametrize("path", LESSONS)
def test_lesson_page_is_at_most_25000_px_tall_on_a_desktop(page, site_url, path):
    open_page(page, f"{site_url}/{path}")
    height = page.evaluate("document.documentElement.scrollHeight")
    assert height <= TALLEST_PX, f"{path} is {height} px tall at 1280 px (at most {TALLEST_PX}): split the lesson"


def test_next_link_follows_the_table_of_contents():
    order = chapter_pages()
    assert set(LESSONS) <= set(order), "a lesson page is missing from the Chapters part of _toc.yml"
    for here, after in zip(order, order[1:]):
        html = (SITE / here).read_text(encoding="utf-8")
        nxt = re.search(r'<a class="right-next"\s+href="([^"]+)"', html)
        assert nxt, f"{here} has no Next link"
        target = (SITE / here).parent.joinpath(nxt.group(1).split("#")[0]).resolve()
        assert target == (SITE / after).resolve(), f"Next on {here} goes to {nxt.group(1)}, not {after}"


@pytest.mark.parametrize("path", LESSONS)
def test_each_lesson_ends_with_a_next_step(path):
    html = (SITE / path).read_text(encoding="utf-8")
    last_heading = re.findall(r'<h2>(.*?)<a class="headerlink"', html)
    # The last section before the references says what comes next.
    before_refs = [h for h in last_heading if "References" not in h][-1]
    assert "next" in before_refs.lower(), f"{path} ends with '{before_refs}', not a next step"


def test_exercises_are_numbered_by_chapter():
    for lesson in LESSONS:
        chapter = int(re.match(r"chapters/(\d+)-", lesson).group(1))
        numbers = re.findall(r'<span class="caption-number">Exercise (\d+)\.(\d+)', (SITE / lesson).read_text())
        assert all(int(c) == chapter for c, _ in numbers), f"{lesson}: exercises numbered {numbers}"
    # A chapter split over two lessons continues its numbering on the second page.
    pages = [p for p in LESSONS if p.startswith("chapters/04-")]
    numbers = [int(n) for p in sorted(pages, key=chapter_pages().index)
               for _, n in re.findall(r'<span class="caption-number">Exercise (\d+)\.(\d+)', (SITE / p).read_text())]
    assert numbers == list(range(1, len(numbers) + 1)), numbers
