"""The Chinese lessons' images speak Chinese: every figure's alt text and caption is its page's catalogue
translation (tools/editions.py offers them to gettext), and the theme's launch-button images say 标志."""
from __future__ import annotations

from pathlib import Path

import pytest
from bs4 import BeautifulSoup

from tools.hanzi import HANZI_RUN
from tools.site import SITE, built_pages, is_lesson_page, page_name
from tools.translation import CATALOGS, load

LESSONS = [p for p in built_pages(editions=("zh",)) if is_lesson_page(p)]


def soup(path: str) -> BeautifulSoup:
    return BeautifulSoup((SITE / path).read_text(encoding="utf-8"), "html.parser")


def figures(page: BeautifulSoup) -> dict[str, tuple[str, str]]:
    """Each figure with an id -> (its image's alt text, its caption text)."""
    found = {}
    for figure in page.select("figure[id]"):
        image, caption = figure.find("img"), figure.select_one(".caption-text")
        if image is not None:
            found[figure["id"]] = (image.get("alt", ""), caption.get_text(" ", strip=True) if caption else "")
    return found


def test_there_are_chinese_lessons_to_check():
    assert LESSONS, "no Chinese lesson pages in _build/html/zh: run `make book`"


@pytest.mark.parametrize("path", LESSONS)
def test_every_image_on_a_chinese_lesson_has_chinese_alt_text(path):
    images = soup(path).find_all("img")
    english = [img.get("alt", "") for img in images if not HANZI_RUN.search(img.get("alt", ""))]
    assert not english, f"{path}: {len(english)} image(s) without Chinese alt text, e.g. {english[0][:80]!r}"


@pytest.mark.parametrize("path", LESSONS)
def test_figure_alt_text_and_captions_are_the_catalogues_translations(path):
    name = page_name(path)  # the English page's path
    english, chinese = figures(soup(name)), figures(soup(path))
    assert set(chinese) == set(english), f"{path}: not the English page's figures"
    catalogue = {m.id: m.string for m in load(CATALOGS / Path(name).with_suffix(".po")) if m.id}
    for figure, (alt, caption) in english.items():
        assert alt in catalogue, f"{path} #{figure}: its alt text is not in {name}.po (run `make translations`)"
        assert chinese[figure][0] == catalogue[alt], f"{path} #{figure}: alt text is not the catalogue's translation"
        assert HANZI_RUN.search(chinese[figure][1]) and chinese[figure][1] != caption, f"{path} #{figure}: caption"
