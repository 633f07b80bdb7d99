"""The whole course as one PDF, for offline reading and printing.

Prints every page of the built site (`make book` first), in table-of-contents order, with
headless Chromium — so figures, widget views, tables and Chinese characters look as they do
on the site — and joins the pages into _build/pdf/policy-innovation-in-china.pdf.

    make pdf
"""
from __future__ import annotations

import functools
import http.server
import io
import sys
import threading
from pathlib import Path

import yaml
from pypdf import PdfReader, PdfWriter

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "tests" / "site"))
import conftest as site  # noqa: E402  (Chromium path, flags and the quiet file server)

OUT = ROOT / "_build" / "pdf" / "policy-innovation-in-china.pdf"


def toc_order() -> list[str]:
    """HTML paths in reading order, from _toc.yml."""
    toc = yaml.safe_load((ROOT / "_toc.yml").read_text(encoding="utf-8"))
    order = [toc["root"]]

    def walk(entries):
        for entry in entries:
            order.append(entry["file"])
            walk(entry.get("sections", []))

    for part in toc.get("parts", []):
        walk(part.get("chapters", []))
    return [f"{name}.html" for name in order]


def main() -> Path:
    if not (site.SITE / "intro.html").is_file():
        raise SystemExit("No built site: run `make book` first.")
    server = http.server.ThreadingHTTPServer(
        ("127.0.0.1", 0), functools.partial(site._QuietHandler, directory=str(site.SITE)))
    threading.Thread(target=server.serve_forever, daemon=True).start()
    base = f"http://127.0.0.1:{server.server_address[1]}"
    writer = PdfWriter()
    from playwright.sync_api import sync_playwright

    with sync_playwright() as p:
        browser = p.chromium.launch(executable_path=site.CHROMIUM, args=site.CHROMIUM_ARGS)
        page = browser.new_page()
        for path in toc_order():
            page.goto(f"{base}/{path}", wait_until="networkidle")
            if page.locator(".jupyter-widgets").count():
                page.wait_for_selector(".widget-vbox", timeout=15_000)
            page.emulate_media(media="print")
            pdf = page.pdf(format="A4", print_background=True,
                           margin={"top": "15mm", "bottom": "15mm", "left": "12mm", "right": "12mm"})
            for pdf_page in PdfReader(io.BytesIO(pdf)).pages:
                writer.add_page(pdf_page)
            writer.add_outline_item(title=page.title().split(" — ")[0].strip() or path,
                                    page_number=len(writer.pages) - len(PdfReader(io.BytesIO(pdf)).pages))
        browser.close()
    server.shutdown()
    OUT.parent.mkdir(parents=True, exist_ok=True)
    with OUT.open("wb") as handle:
        writer.write(handle)
    print(f"{OUT.relative_to(ROOT)}: {len(writer.pages)} pages")
    return OUT


if __name__ == "__main__":
    main()
