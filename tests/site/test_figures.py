"""Lesson figures are SVG and readable: at 1280 × 900 their smallest text is at least 11 CSS px, on a
390 × 844 phone at least 10 CSS px; never upscaled, never wider than the page's column."""
from __future__ import annotations

import pytest

from tools.site import built_pages, is_lesson_page, open_page
from widgets.figures import MIN_FONT

LESSONS = [p for p in built_pages() if is_lesson_page(p)]

# Every figure image in a lesson's cell outputs: its source, natural and rendered (content-box) width,
# and the width of the column it sits in.
FIGURE_IMAGES = """() => [...document.querySelectorAll('.bd-content figure img, .bd-content .cell_output img')]
  .filter(img => img.offsetParent)
  .map(img => { const s = getComputedStyle(img);
    const pad = parseFloat(s.paddingLeft) + parseFloat(s.paddingRight)
              + parseFloat(s.borderLeftWidth) + parseFloat(s.borderRightWidth);
    return {src: img.getAttribute('src'), natural: img.naturalWidth,
            rendered: img.getBoundingClientRect().width - pad,
            outer: img.getBoundingClientRect().right,
            column: img.closest('article, .bd-article, main').getBoundingClientRect().right}; })"""

DEVICES = {"desktop": ({"viewport": {"width": 1280, "height": 900}}, 11.0),
           "phone": ({"viewport": {"width": 390, "height": 844}, "is_mobile": True, "has_touch": True}, 10.0)}


@pytest.mark.parametrize("device", sorted(DEVICES))
@pytest.mark.parametrize("path", LESSONS)
def test_lesson_figures_are_svg_and_their_smallest_text_is_readable(browser, site_url, path, device):
    options, minimum_px = DEVICES[device]
    context = browser.new_context(**options)
    try:
        page = context.new_page()
        open_page(page, f"{site_url}/{path}")
        page.wait_for_function("[...document.images].every(i => i.complete)")
        images = page.evaluate(FIGURE_IMAGES)
    finally:
        context.close()
    problems = []
    for image in images:
        if not image["src"].endswith(".svg"):
            problems.append(f"{image['src']}: not SVG")
            continue
        scale = image["rendered"] / image["natural"]
        smallest = MIN_FONT * 96 / 72 * scale
        if smallest < minimum_px:
            problems.append(f"{image['src']}: smallest text {smallest:.1f} px (shown at {scale:.0%})")
        if scale > 1.01:
            problems.append(f"{image['src']}: upscaled to {scale:.0%}")
        if image["outer"] > image["column"] + 0.5:
            problems.append(f"{image['src']}: wider than the column")
    assert not problems, f"{path} ({device}): {problems}"
