"""The two editions: every page has its counterpart, linked both ways, with the same numbers."""
from __future__ import annotations

import re
from urllib.parse import quote

import pytest
import yaml
from bs4 import BeautifulSoup

from tools import ROOT
from tools.site import BOTH_EDITIONS, EDITION_FOLDERS, SITE, built_pages, edition_of, open_page, page_name
from tools.translation import NUMBER

ENGLISH, CHINESE = built_pages(), built_pages(editions=("zh",))
LANG = {"en": "en", "zh": "zh-Hans"}
SITE_URL = yaml.safe_load((ROOT / "_config.yml").read_text())["html"]["baseurl"]


def soup(path: str) -> BeautifulSoup:
    return BeautifulSoup((SITE / path).read_text(encoding="utf-8"), "html.parser")


def test_every_english_page_has_a_chinese_counterpart_and_back():
    assert CHINESE, "no Chinese edition in _build/html/zh: run make book"
    assert sorted(map(page_name, ENGLISH)) == sorted(map(page_name, CHINESE))


@pytest.mark.parametrize("path", built_pages(editions=BOTH_EDITIONS))
def test_page_links_to_its_counterpart(path):
    page = soup(path)
    edition = edition_of(path)
    other = "zh" if edition == "en" else "en"
    assert page.html["lang"] == LANG[edition]
    switch = page.select_one("a.course-language-switch")
    assert switch is not None, f"{path}: no language switch"
    assert switch["hreflang"] == switch["lang"] == LANG[other]
    target = (SITE / path).parent / switch["href"]
    assert target.resolve().is_file(), f"{path}: the switch points at {switch['href']}, which does not exist"
    target_path = str(target.resolve().relative_to(SITE.resolve()))
    assert edition_of(target_path) == other and page_name(target_path) == page_name(path)
    # Alternates and the canonical link are absolute: the published address of each edition's page.
    alternates = {link["hreflang"]: link["href"] for link in page.select('link[rel="alternate"][hreflang]')}
    published = {e: f"{SITE_URL}{EDITION_FOLDERS[e]}{page_name(path)}" for e in LANG}
    assert alternates == {LANG[e]: published[e] for e in LANG}
    assert page.select_one('link[rel="canonical"]')["href"] == published[edition]


def article_numbers(path: str) -> set[str]:
    article = soup(path).select_one("article.bd-article")
    for hidden in article(["script", "style"]):
        hidden.decompose()
    return set(NUMBER.findall(article.get_text(" ")))


# The build statistics are each edition's own measurements (its notebooks' execution times).
MEASURED_PAGES = {"backmatter/build-stats.html"}


@pytest.mark.parametrize("path", [p for p in ENGLISH if p not in MEASURED_PAGES])
def test_chinese_page_keeps_every_number_of_the_english(path):
    missing = article_numbers(path) - article_numbers(f"zh/{path}")
    assert not missing, f"zh/{path} lacks numbers the English page gives: {sorted(missing)[:20]}"


@pytest.mark.browser
@pytest.mark.parametrize("query", ["试点", "地方政府", "政策企业家"])
def test_chinese_search_finds_course_terms_in_the_lessons(page, site_url, query):
    open_page(page, f"{site_url}/zh/search.html?q={quote(query)}")
    page.wait_for_selector("#search-results ul.search li", timeout=30_000)
    hits = page.eval_on_selector_all("#search-results ul.search li a", "links => links.map(a => a.href)")
    lessons = [h for h in hits if re.search(r"/zh/chapters/[^/]+/lesson[^/]*\.html", h)]
    assert lessons, f"searching the Chinese edition for {query} found no lesson: {hits[:5]}"
    # Each result quotes the page's text around the word, not the header bar's language switch.
    page.wait_for_selector("#search-results ul.search li p.context", timeout=30_000)
    quotes = page.eval_on_selector_all("#search-results ul.search li p.context", "ps => ps.map(p => p.textContent)")
    assert not [q for q in quotes if "English" in q], f"search quotes the language switch: {quotes[:3]}"
    assert any(query in q for q in quotes), f"no result quotes {query}: {quotes[:3]}"
