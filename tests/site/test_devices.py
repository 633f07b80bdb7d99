"""The lessons on a 390 × 844 phone and in dark mode, and what a screen reader hears from a slider."""
from __future__ import annotations

import pytest

from tools.site import BOTH_EDITIONS, SITE, is_lesson_page, open_page, widget_pages

LESSONS = [p for p in widget_pages(editions=BOTH_EDITIONS) if is_lesson_page(p)]
# Lessons whose widget state holds a slider (lesson 2.1's only widget is its quiz).
SLIDER_LESSONS = [p for p in LESSONS if "SliderModel" in (SITE / p).read_text(encoding="utf-8")]

PHONE_LAYOUT = """() => {
  const out = {tracks: [], readouts_off_screen: [], too_wide: []};
  document.querySelectorAll('.cell_output .widget-hslider').forEach(s => {
    if (!s.offsetParent) return;
    const label = (s.querySelector('.widget-label') || {}).textContent;
    out.tracks.push([label, Math.round(s.querySelector('.slider-container').getBoundingClientRect().width)]);
    const r = s.querySelector('.widget-readout').getBoundingClientRect();
    if (r.width < 1 || r.right > window.innerWidth) out.readouts_off_screen.push(label);
  });
  document.querySelectorAll('.cell_output .widget-subarea').forEach(area => {
    const right = area.getBoundingClientRect().right;
    area.querySelectorAll('*').forEach(e => {
      if (!e.offsetParent || e.closest('.course-scroll')) return;  // a scroll box may hold wide content
      const b = e.getBoundingClientRect();
      if (b.width > 0 && b.right > right + 0.5) out.too_wide.push(String(e.className.baseVal ?? e.className));
    });
  });
  return out; }"""


@pytest.mark.parametrize("path", LESSONS)
def test_on_a_phone_tracks_are_usable_values_visible_and_nothing_is_cut_off(browser, site_url, path):
    context = browser.new_context(viewport={"width": 390, "height": 844}, is_mobile=True, has_touch=True)
    try:
        page = context.new_page()
        open_page(page, f"{site_url}/{path}")
        layout = page.evaluate(PHONE_LAYOUT)
    finally:
        context.close()
    narrow = [(label, width) for label, width in layout["tracks"] if width < 120]
    assert not narrow, f"{path}: slider tracks under 120 px on a phone: {narrow}"
    assert not layout["readouts_off_screen"], f"{path}: value readouts off screen: {layout['readouts_off_screen']}"
    assert not layout["too_wide"], f"{path}: widget content wider than its box: {sorted(set(layout['too_wide']))}"


LIGHT_PANELS = """() => [...document.querySelectorAll('.cell_output .widget-subarea')].filter(e => e.offsetParent)
  .map(e => { const m = getComputedStyle(e).backgroundColor.match(/[\\d.]+/g).map(Number);
              const alpha = m.length > 3 ? m[3] : 1;
              return alpha === 0 ? 0 : 0.2126 * m[0] + 0.7152 * m[1] + 0.0722 * m[2]; })
  .filter(luminance => luminance > 100).length"""


@pytest.mark.parametrize("path", LESSONS)
def test_in_dark_mode_no_widget_panel_is_a_light_box(browser, site_url, path):
    context = browser.new_context(color_scheme="dark", viewport={"width": 1280, "height": 900})
    try:
        page = context.new_page()
        open_page(page, f"{site_url}/{path}")
        assert page.evaluate("document.documentElement.dataset.theme") == "dark"
        assert page.evaluate(LIGHT_PANELS) == 0, f"{path}: light widget panels on the dark page"
    finally:
        context.close()


@pytest.mark.parametrize("path", SLIDER_LESSONS)
def test_a_screen_reader_hears_each_sliders_value_as_shown(page, site_url, path):
    open_page(page, f"{site_url}/{path}")
    handles = page.locator(".widget-slider [role=slider]")
    checked = 0
    for i in range(handles.count()):
        handle = handles.nth(i)
        if not handle.is_visible():
            continue
        readout = handle.evaluate("h => h.closest('.widget-slider').querySelector('.widget-readout').textContent")
        assert handle.get_attribute("aria-valuetext") == readout.strip()
        handle.focus()
        page.keyboard.press("Home")
        page.wait_for_function("h => h.getAttribute('aria-valuetext') === "
                               "h.closest('.widget-slider').querySelector('.widget-readout').textContent.trim()",
                               arg=handle.element_handle())
        checked += 1
    assert checked, f"{path}: no visible slider"
