"""Every built page in a real browser: self-contained, error-free, linked, accessible basics."""
from __future__ import annotations

import functools
import re
from html.parser import HTMLParser
from pathlib import Path
from urllib.parse import unquote, urldefrag, urlparse

import pytest

from tools.site import BOTH_EDITIONS, SITE, built_pages, open_page

PAGES = built_pages(editions=BOTH_EDITIONS)
# Messages from the vendored widget manager's schema compiler: informational, not failures.
BENIGN_CONSOLE = ("strict mode: use allowUnionTypes",)


def test_site_has_the_expected_pages():
    assert "intro.html" in PAGES
    assert any(p.startswith("chapters/01-puzzle/") for p in PAGES)


@pytest.mark.parametrize("path", PAGES)
def test_page_loads_only_from_the_site_without_errors(page, site_url, path):
    requests, problems = [], []
    page.on("request", lambda r: requests.append(r.url))
    page.on("requestfailed", lambda r: problems.append(f"failed: {r.url} ({r.failure})"))
    page.on("response", lambda r: problems.append(f"HTTP {r.status}: {r.url}") if r.status >= 400 else None)
    page.on("console", lambda m: problems.append(f"console {m.type}: {m.text}")
            if m.type == "error" and not m.text.startswith(BENIGN_CONSOLE) else None)
    page.on("pageerror", lambda e: problems.append(f"page error: {e}"))
    open_page(page, f"{site_url}/{path}")
    outside = [u for u in requests if not u.startswith(site_url) and not u.startswith("data:")]
    assert not outside, f"{path} requested other hosts: {outside}"
    assert not problems, f"{path}: {problems}"


@pytest.mark.parametrize("path", PAGES)
def test_no_stderr_output_on_the_page(path):
    """A warning a lesson printed (a missing font, a deprecation) never reaches a reader."""
    html = (SITE / path).read_text(encoding="utf-8")
    assert not re.search(r'class="[^"]*\boutput stderr\b', html), f"{path} shows a stderr output block"
    assert "findfont:" not in html and "Warning:" not in re.sub(r"<script\b.*?</script>", "", html, flags=re.S), (
        f"{path} shows a warning")


@pytest.mark.parametrize("path", PAGES)
def test_images_have_alt_text_and_no_placeholder_text(path):
    html = (SITE / path).read_text(encoding="utf-8")
    for tag in re.findall(r"<img\b[^>]*>", html):
        alt = re.search(r'\balt="([^"]*)"', tag)
        assert alt and alt.group(1).strip(), f"{path}: image without alt text: {tag[:120]}"
    body = re.sub(r"<script\b.*?</script>", "", html, flags=re.S)
    text = re.sub(r"<[^>]+>", " ", body)
    for word in ("TODO", "TBD", "lorem ipsum", "FIXME", "XXX"):
        assert not re.search(rf"\b{re.escape(word)}\b", text, re.I), f"{path} contains '{word}'"


class _Links(HTMLParser):
    def __init__(self):
        super().__init__()
        self.hrefs, self.ids = [], set()

    def handle_starttag(self, tag, attrs):
        attrs = dict(attrs)
        if attrs.get("id"):
            self.ids.add(attrs["id"])
        if tag == "a" and attrs.get("href"):
            self.hrefs.append(attrs["href"])
        if tag in ("link", "script", "img") and (attrs.get("href") or attrs.get("src")):
            self.hrefs.append(attrs.get("href") or attrs.get("src"))


@functools.lru_cache(maxsize=None)
def _parse(path: Path) -> _Links:
    parser = _Links()
    parser.feed(path.read_text(encoding="utf-8"))
    return parser


@pytest.mark.parametrize("path", PAGES)
def test_internal_links_and_anchors_resolve(path):
    here = SITE / path
    for href in _parse(here).hrefs:
        parsed = urlparse(href)
        if parsed.scheme or href.startswith(("mailto:", "javascript:", "//")):
            continue
        target_part, fragment = urldefrag(href)
        target_part = urlparse(target_part).path
        target = (here.parent / unquote(target_part)).resolve() if target_part else here
        assert target.exists(), f"{path}: broken link {href}"
        if fragment and target.suffix == ".html":
            assert unquote(fragment) in _parse(target).ids, f"{path}: missing anchor {href}"


def _named_figures():
    """(page, figure name) for every notebook cell that declares a figure in its metadata."""
    import json

    from tools import ROOT as root
    for notebook in sorted(root.glob("chapters/**/*.ipynb")):
        page = notebook.relative_to(root).with_suffix(".html").as_posix()
        for cell in json.loads(notebook.read_text(encoding="utf-8"))["cells"]:
            figure = cell.get("metadata", {}).get("mystnb", {}).get("figure", {})
            if figure.get("name"):
                yield page, figure["name"]


@pytest.mark.parametrize("path, name", list(_named_figures()))
def test_every_declared_figure_is_rendered_with_alt_text(path, name):
    html = (SITE / path).read_text(encoding="utf-8")
    match = re.search(rf'<figure[^>]*id="{re.escape(name)}".*?</figure>', html, re.S)
    assert match, f"{path}: figure {name} is missing"
    assert re.search(r'<img\b[^>]*\balt="[^"]+"', match.group(0)), f"{path}: figure {name} has no image with alt text"


def test_glossary_page_lists_every_term_of_the_data():
    from bs4 import BeautifulSoup

    from widgets.data import load

    soup = BeautifulSoup((SITE / "backmatter" / "glossary.html").read_text(encoding="utf-8"), "html.parser")
    # Each entry's own text, without its "#" permalink.
    shown = {dt.find(string=True, recursive=False).strip() for dt in soup.select("dl.glossary dt")}
    missing = [t for t in load("glossary")["pinyin"] if t not in shown]
    assert not missing, f"glossary terms missing from the page: {missing}"


@pytest.mark.parametrize("path", PAGES)
def test_glossary_links_carry_a_tooltip(path):
    html = (SITE / path).read_text(encoding="utf-8")
    for tag in re.findall(r'<a\b[^>]*href="[^"]*glossary\.html#term-[^"]*"[^>]*>', html):
        assert re.search(r'\btitle="[^"]{10,}"', tag), f"{path}: glossary link without a tooltip: {tag[:120]}"


@pytest.mark.parametrize("path", ["intro.html", "zh/chapters/04-nanguo/lesson.html"])
def test_one_search_field_and_no_empty_top_bar_on_a_desktop(page, site_url, path):
    """pydata-sphinx-theme 0.17 adds a page-wide top bar with a second search field under
    sphinx-book-theme unless told not to (tools/editions.py): the sidebar's field is the only one."""
    open_page(page, f"{site_url}/{path}")
    fields = page.locator("button.search-button-field")
    visible = [i for i in range(fields.count()) if fields.nth(i).is_visible()]
    assert len(visible) == 1, f"{path}: {len(visible)} search fields visible"
    assert page.locator("article.bd-article h1").first.bounding_box()["y"] < 120, "the title sits under a top bar"
