"""Deterministic budgets of the built site: page weight. (Timings are `make bench`'s job.)"""
from __future__ import annotations

import statistics

import pytest

from tools.site import BOTH_EDITIONS, SITE, built_pages, is_lesson_page

PAGE_MAX = 1.5 * 1024 * 1024
PAGE_MEDIAN_MAX = 400 * 1024


@pytest.mark.parametrize("edition", BOTH_EDITIONS)
def test_page_weight_budget(edition):
    sizes = {p: (SITE / p).stat().st_size for p in built_pages(editions=(edition,))}
    too_big = {p: s for p, s in sizes.items() if s > PAGE_MAX}
    assert not too_big, f"pages over 1.5 MB: {too_big}"
    # The median is taken over the lesson pages, not diluted by the small back-matter pages.
    lessons = [s for p, s in sizes.items() if is_lesson_page(p)]
    assert len(lessons) >= 7
    assert statistics.median(lessons) <= PAGE_MEDIAN_MAX, f"median lesson page {statistics.median(lessons)} B"
