"""Chinese text: marked lang="zh-Hans" and drawn on any machine: from the reader's system CJK font
when there is one, otherwise from the course's own font."""
from __future__ import annotations

import base64
import functools

import pytest
from bs4 import BeautifulSoup

from tools.hanzi import HANZI_RUN, ROOT, characters_in, course_characters, edition_characters
from tools.site import BOTH_EDITIONS, SITE, built_pages, open_page

FONT_FILES = sorted((ROOT / "assets" / "vendor" / "noto-sans-sc").glob("*.woff2"))
PAGES = built_pages(editions=BOTH_EDITIONS)


@functools.lru_cache(maxsize=None)
def page_text_runs(path: str) -> list[tuple[str, object]]:
    """(run, its text node) for every run of hanzi in the page's visible text."""
    soup = BeautifulSoup((SITE / path).read_text(encoding="utf-8"), "html.parser")
    for hidden in soup(["script", "style", "textarea"]):
        hidden.decompose()
    return [(run, node) for node in soup.find_all(string=HANZI_RUN) for run in HANZI_RUN.findall(node)]


def font_characters(path) -> set[str]:
    from fontTools.ttLib import TTFont

    return {chr(code) for code in TTFont(str(path)).getBestCmap()}


@pytest.mark.parametrize("path", PAGES)
def test_every_hanzi_run_is_marked_chinese(path):
    unmarked = [run for run, node in page_text_runs(path)
                if not any(str(parent.get("lang", "")).startswith("zh") for parent in node.parents)]
    assert not unmarked, f"{path}: Chinese text outside a lang=\"zh-Hans\" element: {unmarked[:5]}"


def characters_on(pages: list[str]) -> set[str]:
    return set().union(*(characters_in(run) for path in pages for run, _ in page_text_runs(path)))


@pytest.mark.parametrize("font", FONT_FILES, ids=lambda p: p.name)
def test_each_font_has_every_character_of_its_edition(font):
    if "-zh-" in font.name:  # the Chinese edition's font: its pages and all the course's translations
        needed = edition_characters() | characters_on(built_pages(editions=("zh",)))
    else:
        needed = course_characters() | characters_on(built_pages())
    missing = sorted(needed - font_characters(font))
    assert not missing, (f"{font.name} lacks {''.join(missing)}: re-cut it with "
                         "`python -m tools.vendor_assets --font` after `make book` (needs npm)")


def test_font_files_are_recorded_in_the_manifest():
    import hashlib
    import json

    manifest = {e["file"]: e for e in json.loads((ROOT / "assets" / "vendor" / "MANIFEST.json").read_text())}
    assert FONT_FILES, "no vendored Chinese font"
    for font in FONT_FILES:
        entry = manifest[font.relative_to(ROOT / "assets" / "vendor").as_posix()]
        assert entry["license"] == "OFL-1.1" and entry["version"]
        assert entry["sha256"] == hashlib.sha256(font.read_bytes()).hexdigest()


def fonts_drawing(page, selector: str) -> list[dict]:
    """The fonts Chromium actually drew the first ``selector`` element's text with (after the page's
    fonts have loaded)."""
    page.evaluate("document.fonts.ready")
    session = page.context.new_cdp_session(page)
    session.send("DOM.enable")
    session.send("CSS.enable")
    root = session.send("DOM.getDocument")["root"]["nodeId"]
    node = session.send("DOM.querySelector", {"nodeId": root, "selector": selector})
    return session.send("CSS.getPlatformFontsForNode", {"nodeId": node["nodeId"]})["fonts"]


def test_glossary_hanzi_render_with_the_course_font(page, site_url):
    """Chromium reports which font actually drew the characters: the site's own, not a system one."""
    open_page(page, f"{site_url}/backmatter/glossary.html")
    fonts = fonts_drawing(page, 'dl.glossary span[lang="zh-Hans"]')
    assert fonts and all(f["isCustomFont"] and "Noto Sans SC" in f["familyName"] for f in fonts), fonts


def test_chinese_pages_draw_their_text_with_the_editions_font(page, site_url):
    fonts_loaded = []
    page.on("request", lambda r: fonts_loaded.append(r.url) if r.url.endswith(".woff2") else None)
    open_page(page, f"{site_url}/zh/chapters/04-nanguo/lesson.html")
    fonts = fonts_drawing(page, "article.bd-article section > p")
    # Chromium names the font file's own family (Noto Sans SC …), not the CSS family that loaded it.
    assert any(f["isCustomFont"] and "Noto Sans SC" in f["familyName"] for f in fonts), fonts
    assert [u.rsplit("/", 1)[-1] for u in fonts_loaded if "noto-sans-sc" in u] == ["noto-sans-sc-zh-400.woff2"]
    # One weight: headings are the same font, made bold by the browser.
    heading = fonts_drawing(page, "article.bd-article h1")
    assert any(f["isCustomFont"] and "Noto Sans SC" in f["familyName"] for f in heading), heading


def test_a_reader_with_a_system_chinese_font_downloads_none(browser, site_url):
    """A reader whose system has a CJK font (here one is supplied as "Noto Sans CJK SC", the name
    Android and Linux give it) reads the Chinese edition without downloading the course's font."""
    system_font = base64.b64encode((ROOT / "assets/vendor/noto-sans-sc/noto-sans-sc-zh-400.woff2").read_bytes())
    context = browser.new_context(viewport={"width": 1280, "height": 900})
    # Added before the page's first layout, as an installed font would be there.
    context.add_init_script(f"""{{
      const bytes = Uint8Array.from(atob("{system_font.decode()}"), c => c.charCodeAt(0));
      document.fonts.add(new FontFace("Noto Sans CJK SC", bytes)); }}""")
    page = context.new_page()
    fonts_loaded = []
    page.on("request", lambda r: fonts_loaded.append(r.url) if "noto-sans-sc" in r.url else None)
    try:
        open_page(page, f"{site_url}/zh/chapters/04-nanguo/lesson.html")
        drawn = fonts_drawing(page, "article.bd-article section > p")
        assert drawn and all("Noto Sans SC" in f["familyName"] or not f["isCustomFont"] for f in drawn), drawn
        assert not fonts_loaded, f"the course's font was downloaded although the system has one: {fonts_loaded}"
    finally:
        context.close()


def test_english_pages_never_load_the_chinese_editions_font(page, site_url):
    fonts = []
    page.on("request", lambda r: fonts.append(r.url) if r.url.endswith(".woff2") else None)
    open_page(page, f"{site_url}/backmatter/glossary.html")
    page.evaluate("document.fonts.ready")
    assert any("noto-sans-sc-course" in f for f in fonts) and not any("noto-sans-sc-zh" in f for f in fonts)
