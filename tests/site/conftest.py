"""Browser tests: serve the built site on loopback and drive Debian's Chromium with Playwright."""
from __future__ import annotations

import functools
import http.server
import os
import shutil
import threading
from pathlib import Path

import pytest

SITE = Path(__file__).resolve().parents[2] / "_build" / "html"
CHROMIUM = shutil.which("chromium") or "/usr/bin/chromium"
# Without these, Chromium phones home at start-up; this machine's network refuses that.
CHROMIUM_ARGS = ["--headless=new", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
                 "--disable-background-networking", "--disable-component-update", "--disable-sync",
                 "--disable-default-apps", "--disable-extensions"]


class _QuietHandler(http.server.SimpleHTTPRequestHandler):
    def log_message(self, *args):  # keep pytest output readable
        pass


@pytest.fixture(scope="session")
def site_url():
    if not (SITE / "index.html").is_file():
        pytest.fail("No built site at _build/html: run `make book` (make test builds it first).")
    handler = functools.partial(_QuietHandler, directory=str(SITE))
    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), handler)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    yield f"http://127.0.0.1:{server.server_address[1]}"
    server.shutdown()


@pytest.fixture(scope="session")
def browser():
    if not os.path.exists(CHROMIUM):
        message = "Chromium is not installed: `sudo apt-get install chromium` (make test installs it when run as root)."
        if os.environ.get("CI") == "true":
            pytest.fail(message)
        pytest.skip(message)
    from playwright.sync_api import sync_playwright

    with sync_playwright() as p:
        browser = p.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_ARGS)
        yield browser
        browser.close()


@pytest.fixture
def page(browser):
    context = browser.new_context(viewport={"width": 1280, "height": 900})
    page = context.new_page()
    yield page
    context.close()


def built_pages() -> list[str]:
    """Every HTML page of the book (not Sphinx's generated index/search pages)."""
    # index.html at the root is only a redirect to intro.html.
    skip = {"genindex.html", "search.html", "index.html"}
    return sorted(str(p.relative_to(SITE)) for p in SITE.rglob("*.html")
                  if str(p.relative_to(SITE)) not in skip and "_static" not in p.parts and "_sources" not in p.parts)


def widget_pages() -> list[str]:
    """Built pages whose HTML embeds widget views (every lesson, and any other page with widgets)."""
    return [p for p in built_pages()
            if "application/vnd.jupyter.widget-view+json" in (SITE / p).read_text(encoding="utf-8")]


def is_lesson_page(path: str) -> bool:
    """A chapter's lesson page (the heavy ones, with figures and widget state), not its overview."""
    return path.startswith("chapters/") and "/lesson" in path


LATENCY_JS = """async ([index, key]) => {
  const handle = document.querySelectorAll('[role=slider]')[index];
  const box = handle.closest('.widget-vbox');
  const now = handle.getAttribute('aria-valuenow'), max = handle.getAttribute('aria-valuemax'),
        min = handle.getAttribute('aria-valuemin');
  // At an end of the slider a key towards it changes nothing: press the other way.
  if (now === max) key = 'ArrowLeft'; else if (now === min) key = 'ArrowRight';
  handle.focus();
  return await new Promise(resolve => {
    const start = performance.now();
    // A key press that changes nothing within 2 s counts as 2000 ms (fails the budget, never hangs).
    setTimeout(() => resolve(2000), 2000);
    const observer = new MutationObserver(() => {
      observer.disconnect();
      // The frame that applies the change, then a task after it: the new view has been painted.
      requestAnimationFrame(() => setTimeout(() => resolve(performance.now() - start), 0));
    });
    observer.observe(box, {subtree: true, childList: true, attributes: true, characterData: true});
    handle.dispatchEvent(new KeyboardEvent('keydown', {key, bubbles: true}));
  });
}"""


def p95(values: list[float]) -> float:
    """The 95th percentile by nearest rank on the sorted values (with 20 values, the 19th)."""
    ordered = sorted(values)
    return ordered[int(0.95 * (len(ordered) - 1))]


def widget_latency(page, url: str, moves: int = 20) -> list[float]:
    """Key presses on every visible slider of a page; milliseconds until the new view is painted."""
    page.goto(url, wait_until="networkidle")
    page.wait_for_selector(".widget-vbox", timeout=15_000)
    times = []
    sliders = page.locator("[role=slider]")
    for i in range(sliders.count()):
        if not sliders.nth(i).is_visible():
            continue
        for move in range(moves):
            key = "ArrowRight" if (move // 3) % 2 == 0 else "ArrowLeft"
            times.append(page.evaluate(LATENCY_JS, [i, key]))
    return times
