"""`make pdf`: the whole course in one PDF, every chapter present, Chinese characters intact."""
import re
from pathlib import Path

import pytest
import yaml

ROOT = Path(__file__).resolve().parents[2]
PDF = ROOT / "_build" / "pdf" / "policy-innovation-in-china.pdf"


@pytest.fixture(scope="module")
def pdf_text():
    from pypdf import PdfReader

    if not PDF.is_file():
        pytest.fail("No PDF: run `make pdf` (make test builds it).")
    reader = PdfReader(str(PDF))
    return len(reader.pages), "\n".join(page.extract_text() or "" for page in reader.pages)


def chapter_titles():
    toc = yaml.safe_load((ROOT / "_toc.yml").read_text(encoding="utf-8"))
    files = [c["file"] for part in toc["parts"] for c in part["chapters"] if c["file"].startswith("chapters/")]
    titles = []
    for name in files:
        heading = next(line for line in (ROOT / f"{name}.md").read_text(encoding="utf-8").splitlines()
                       if line.startswith("# "))
        titles.append(heading[2:].strip())
    return titles


def test_pdf_has_every_chapter_title(pdf_text):
    pages, text = pdf_text
    flat = re.sub(r"\s+", " ", text)
    for title in chapter_titles():
        words = re.sub(r"\s+", " ", title)
        assert words in flat, f"chapter '{title}' not in the PDF"
    assert pages >= 10


def test_pdf_keeps_chinese_characters(pdf_text):
    _, text = pdf_text
    assert "试点" in text, "the glossary's characters did not survive into the PDF"
