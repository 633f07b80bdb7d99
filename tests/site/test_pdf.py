"""The printed course (`make pdf`), checked on a sample print of the same code path: the intro,
every chapter overview and the glossary. Chapter titles are there, and Chinese characters survive
in the course's own font on any machine, with or without a CJK system font."""
import re

import pytest
import yaml

from tools.site import ROOT

PDF = ROOT / "_build" / "pdf" / "sample.pdf"


@pytest.fixture(scope="module")
def reader():
    from pypdf import PdfReader

    if not PDF.is_file():
        pytest.fail("No sample PDF: run `python -m tools.make_pdf --sample _build/pdf/sample.pdf` (make test does).")
    return PdfReader(str(PDF))


@pytest.fixture(scope="module")
def pdf_text(reader):
    return "\n".join(page.extract_text() or "" for page in reader.pages)


def chapter_titles():
    toc = yaml.safe_load((ROOT / "_toc.yml").read_text(encoding="utf-8"))
    files = [c["file"] for part in toc["parts"] for c in part["chapters"] if c["file"].startswith("chapters/")]
    titles = []
    for name in files:
        heading = next(line for line in (ROOT / f"{name}.md").read_text(encoding="utf-8").splitlines()
                       if line.startswith("# "))
        titles.append(heading[2:].strip())
    return titles


def embedded_fonts(reader) -> set[str]:
    names = set()
    for page in reader.pages:
        fonts = page.get("/Resources", {}).get("/Font", {})
        for font in fonts.values():
            names.add(str(font.get_object().get("/BaseFont", "")))
    return names


def test_pdf_has_every_chapter_title(pdf_text):
    flat = re.sub(r"\s+", " ", pdf_text)
    for title in chapter_titles():
        assert re.sub(r"\s+", " ", title) in flat, f"chapter '{title}' not in the PDF"


def test_pdf_keeps_chinese_characters_in_the_course_font(reader, pdf_text):
    assert "试点" in pdf_text, "the glossary's characters did not survive into the PDF"
    fonts = embedded_fonts(reader)
    assert any("NotoSansSC" in name for name in fonts), f"hanzi not drawn with the course's own font: {fonts}"
