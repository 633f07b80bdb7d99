"""The theme's icon fonts are cut to the icons the site shows (tools/icon_fonts.py): every icon a
page draws is still in the font file it is drawn from, in both editions and both colour modes."""
from __future__ import annotations

import pytest
from fontTools.ttLib import TTFont

from tools.icon_fonts import WEBFONTS
from tools.site import EDITION_FOLDERS, SITE, open_page

ICON_FONT_BUDGET = 10_000  # bytes per font file; the full sets were 118-156 kB
# Every icon the page renders: the private-use character an element's ::before or ::after shows
# (an element inside a hidden part of the page has no box and draws nothing), with its font.
RENDERED_ICONS = """() => {
  const found = [];
  document.querySelectorAll('body *').forEach((el) => {
    if (!el.getClientRects().length) return;
    for (const pseudo of ['::before', '::after']) {
      const style = getComputedStyle(el, pseudo);
      const text = (style.content || '').replace(/^"|"$/g, '');
      for (const c of text) {
        if (c.codePointAt(0) >= 0xE000 && c.codePointAt(0) <= 0xF8FF) {
          found.push({name: el.className.toString().trim().slice(0, 60), point: c.codePointAt(0),
                      family: style.fontFamily, weight: style.fontWeight});
        }
      }
    }
  });
  return found;
}"""


def icon_font_file(family: str, weight: str) -> str:
    """The theme's @font-face rules: brands in one file, the free set by weight (900 solid, 400 regular)."""
    if "Brands" in family:
        return "fa-brands-400.woff2"
    return "fa-solid-900.woff2" if int(weight) >= 600 else "fa-regular-400.woff2"


@pytest.mark.parametrize("mode", ["light", "dark"])
@pytest.mark.parametrize("edition", sorted(EDITION_FOLDERS))
def test_every_icon_a_page_draws_is_in_its_font(browser, site_url, edition, mode):
    folder = SITE / EDITION_FOLDERS[edition] / WEBFONTS
    glyphs = {f.name: set(TTFont(f).getBestCmap()) for f in folder.glob("*.woff2")}
    context = browser.new_context(color_scheme=mode, viewport={"width": 1280, "height": 900})
    page = context.new_page()
    try:
        # A lesson (header buttons, navigation, admonitions) and the glossary (its own admonitions).
        for path in ("chapters/04-nanguo/lesson.html", "backmatter/glossary.html"):
            open_page(page, f"{site_url}/{EDITION_FOLDERS[edition]}{path}")
            icons = page.evaluate(RENDERED_ICONS)
            assert len(icons) >= 5, f"{path}: only {len(icons)} icons found: {icons}"
            missing = [i for i in icons if i["point"] not in glyphs[icon_font_file(i["family"], i["weight"])]]
            assert not missing, f"{edition}/{path} ({mode}): icons whose glyph the font lacks: {missing}"
    finally:
        context.close()


@pytest.mark.parametrize("edition", sorted(EDITION_FOLDERS))
def test_icon_fonts_hold_only_the_icons_the_site_shows(edition):
    fonts = sorted((SITE / EDITION_FOLDERS[edition] / WEBFONTS).glob("*.woff2"))
    assert fonts, "no icon fonts in the built site"
    assert all(f.stat().st_size <= ICON_FONT_BUDGET for f in fonts), {f.name: f.stat().st_size for f in fonts}
