"""The built site, served on loopback and opened in Debian's Chromium.

One module for every program that looks at the built pages: the browser tests
(tests/site), the benchmark (tools/bench.py) and the PDF (tools/make_pdf.py).
"""
from __future__ import annotations

import contextlib
import functools
import gzip
import http.server
import shutil
import sys
import threading
from pathlib import Path

from tools import ROOT

SITE = ROOT / "_build" / "html"
CHROMIUM = shutil.which("chromium") or "/usr/bin/chromium"
# Without these, Chromium phones home at start-up, which a closed network refuses.
CHROMIUM_ARGS = ["--headless=new", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
                 "--disable-background-networking", "--disable-component-update", "--disable-sync",
                 "--disable-default-apps", "--disable-extensions"]


COMPRESSED_TYPES = (".html", ".js", ".css", ".svg", ".json", ".txt", ".csv", ".map")


@functools.lru_cache(maxsize=256)
def _gzipped(path: str, mtime: float) -> bytes:
    return gzip.compress(Path(path).read_bytes(), compresslevel=6, mtime=0)


class _QuietHandler(http.server.SimpleHTTPRequestHandler):
    """Serves the site as a static host does: text files gzip-compressed when the browser asks, over
    HTTP/1.1 connections kept open (HTTP/1.0's connection per file made every page wait on the server)."""

    protocol_version = "HTTP/1.1"

    def log_message(self, *args):  # keep test and tool output readable
        pass

    def do_GET(self):
        path = Path(self.translate_path(self.path))
        if (path.is_file() and path.suffix in COMPRESSED_TYPES
                and "gzip" in self.headers.get("Accept-Encoding", "")):
            body = _gzipped(str(path), path.stat().st_mtime)
            self.send_response(200)
            self.send_header("Content-Type", self.guess_type(str(path)))
            self.send_header("Content-Encoding", "gzip")
            self.send_header("Content-Length", str(len(body)))
            self.end_headers()
            self.wfile.write(body)
            return
        super().do_GET()


class _QuietServer(http.server.ThreadingHTTPServer):
    def handle_error(self, request, client_address):
        # A browser that closes a page mid-download (a test moving on) is not an error.
        if not isinstance(sys.exc_info()[1], (BrokenPipeError, ConnectionResetError)):
            super().handle_error(request, client_address)


@contextlib.contextmanager
def served(directory: Path = SITE):
    """Serve a folder on a free loopback port; yields the base URL."""
    server = _QuietServer(("127.0.0.1", 0),
                          functools.partial(_QuietHandler, directory=str(directory)))
    threading.Thread(target=server.serve_forever, daemon=True).start()
    try:
        yield f"http://127.0.0.1:{server.server_address[1]}"
    finally:
        server.shutdown()
        server.server_close()


@contextlib.contextmanager
def chromium():
    """Headless Chromium driven by Playwright (never a browser Playwright downloads)."""
    from playwright.sync_api import sync_playwright

    with sync_playwright() as p:
        browser = p.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_ARGS)
        try:
            yield browser
        finally:
            browser.close()


EDITION_FOLDERS = {"en": "", "zh": "zh/"}
"""Where each edition lives in the site (tools/editions.py builds the Chinese one under zh/)."""
BOTH_EDITIONS = ("en", "zh")


def edition_of(path: str) -> str:
    return "zh" if path.startswith(EDITION_FOLDERS["zh"]) else "en"


def page_name(path: str) -> str:
    """A built page's path without its edition folder: the same for both editions of a page."""
    return path.removeprefix(EDITION_FOLDERS[edition_of(path)])


def built_pages(site: Path = SITE, editions: tuple[str, ...] = ("en",)) -> list[str]:
    """Every HTML page of the given editions (not Sphinx's generated index/search pages)."""
    # index.html at the root is only a redirect to intro.html.
    skip = {"genindex.html", "search.html", "index.html"}
    pages = [str(p.relative_to(site)) for p in site.rglob("*.html")]
    return sorted(p for p in pages if page_name(p) not in skip and edition_of(p) in editions
                  and "_static" not in p.split("/") and "_sources" not in p.split("/"))


def widget_pages(site: Path = SITE, editions: tuple[str, ...] = ("en",)) -> list[str]:
    """Built pages whose HTML embeds widget views (every lesson, and any other page with widgets)."""
    return [p for p in built_pages(site, editions)
            if "application/vnd.jupyter.widget-view+json" in (site / p).read_text(encoding="utf-8")]


def is_lesson_page(path: str) -> bool:
    """A chapter's lesson page (the heavy ones, with figures and widget state), not its overview."""
    name = page_name(path)
    return name.startswith("chapters/") and "/lesson" in name


# What a reader can operate in a drawn widget view (tests and the benchmark wait for one of these).
WIDGET_CONTROLS = "input, button, select, [role=slider], .widget-radio-box label"


def open_page(page, url: str) -> int:
    """Go to a page and wait until every widget view it embeds is drawn; returns how many."""
    # "load" first: on a busy machine the network can idle before the parser reaches the views.
    page.goto(url, wait_until="load")
    page.wait_for_load_state("networkidle")
    views = page.locator('script[type="application/vnd.jupyter.widget-view+json"]').count()
    if views:
        # The site loads the widget manager when a view nears the screen (assets/course.js);
        # a test looks at every view, so start it now, as scrolling down would.
        page.evaluate("() => window.courseLoadWidgets()")
        # The widget manager puts each drawn view in a .widget-subarea beside its script.
        page.wait_for_function("n => document.querySelectorAll('.widget-subarea > *').length >= n",
                               arg=views, timeout=30_000)
    return views
