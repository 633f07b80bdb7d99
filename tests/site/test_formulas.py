"""Formulas are MathML written at build time (tools/mathml.py): drawn by the browser, no maths script."""
from __future__ import annotations

import re

import pytest

from tools.site import BOTH_EDITIONS, SITE, built_pages, open_page

PAGES = built_pages(editions=BOTH_EDITIONS)
SCORE_FORMULA = "chapters/01-puzzle/lesson.html"  # the normalised score, a displayed fraction
FORMULA = re.compile(r'<(?:span|div) class="math notranslate nohighlight"[^>]*>(.*?)</(?:span|div)>', re.S)


@pytest.mark.parametrize("path", PAGES)
def test_every_formula_is_mathml_and_no_page_loads_a_maths_script(path):
    html = (SITE / path).read_text(encoding="utf-8")
    for formula in FORMULA.findall(html):
        assert formula.lstrip().startswith(("<math", '<span class="eqno">')), f"{path}: TeX left: {formula[:80]}"
    scripts = re.findall(r"<script\b[^>]*>", html)
    assert not [s for s in scripts if re.search(r"mathjax|tex-chtml", s, re.I)], f"{path} loads MathJax"


@pytest.mark.parametrize("edition", ["", "zh/"])
def test_the_browser_draws_a_displayed_fraction_over_two_lines(page, site_url, edition):
    open_page(page, f"{site_url}/{edition}{SCORE_FORMULA}")
    formula = page.locator('math[display="block"]').first
    assert formula.locator("mfrac").count() == 1
    box, line = formula.bounding_box(), page.evaluate("parseFloat(getComputedStyle(document.body).fontSize)")
    # A fraction drawn as MathML stacks numerator over denominator: taller than one line of text.
    assert box["width"] > 100 and box["height"] > 1.8 * line, f"the score formula is drawn {box}, text is {line} px"
    # Displayed on its own line and centred in the text column, as a reader expects a formula.
    column = page.locator("article.bd-article").bounding_box()
    fraction = formula.locator("mfrac").bounding_box()
    middle = fraction["x"] + fraction["width"] / 2
    assert abs(middle - (column["x"] + column["width"] / 2)) < 0.2 * column["width"], (fraction, column)
