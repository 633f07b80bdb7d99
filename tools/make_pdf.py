"""The whole course as one PDF, for offline reading and printing.

Prints the pages of the built site (`make book` first), in table-of-contents order, with
headless Chromium — so figures, widget views, tables and Chinese characters (in the site's
own font) look as they do on the site — and joins them into one PDF.

    python -m tools.make_pdf                 # every page -> _build/pdf/policy-innovation-in-china.pdf
    python -m tools.make_pdf --sample OUT    # intro, chapter overviews and glossary only (the tests)
"""
from __future__ import annotations

import io
import sys
from pathlib import Path

from pypdf import PdfReader, PdfWriter

from tools import toc_order
from tools.site import ROOT, SITE, chromium, open_page, served

OUT = ROOT / "_build" / "pdf" / "policy-innovation-in-china.pdf"


def sample_pages() -> list[str]:
    """Enough to prove what the tests check: every chapter's title and the glossary's hanzi."""
    return [name for name in toc_order()
            if name == "intro" or name.endswith("/index") and name.startswith("chapters/")
            or name == "backmatter/glossary"]


def print_pages(names: list[str], out: Path) -> int:
    if not (SITE / "intro.html").is_file():
        raise SystemExit("No built site: run `make book` first.")
    writer = PdfWriter()
    with served(SITE) as base, chromium() as browser:
        page = browser.new_page()
        for name in names:
            open_page(page, f"{base}/{name}.html")
            page.emulate_media(media="print")
            pdf = PdfReader(io.BytesIO(page.pdf(
                format="A4", print_background=True,
                margin={"top": "15mm", "bottom": "15mm", "left": "12mm", "right": "12mm"})))
            first = len(writer.pages)
            for pdf_page in pdf.pages:
                writer.add_page(pdf_page)
            writer.add_outline_item(title=page.title().split(" — ")[0].strip() or name, page_number=first)
    out.parent.mkdir(parents=True, exist_ok=True)
    with out.open("wb") as handle:
        writer.write(handle)
    print(f"{out.relative_to(ROOT) if out.is_relative_to(ROOT) else out}: {len(writer.pages)} pages")
    return len(writer.pages)


if __name__ == "__main__":
    if sys.argv[1:2] == ["--sample"]:
        print_pages(sample_pages(), Path(sys.argv[2]).resolve())
    else:
        print_pages(toc_order(), OUT)
