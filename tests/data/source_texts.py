"""The five extracted source texts, for tests that re-check the data against what the sources print.

The texts are not part of the repository (they are the published papers); they live in
../shared/sources beside it, or wherever COURSE_SOURCES points. Without them these checks are
skipped with that reason, and every other data test still runs.
"""
import os
import re
from pathlib import Path

import pytest

from tools import ROOT

SOURCES = Path(os.environ.get("COURSE_SOURCES") or ROOT.parent / "shared" / "sources")
FILES = {
    "he_grf": "000_7881267a82de5d7b.txt",
    "zhu_xiao_2015": "001_090e9567f86c787b.txt",
    "husain_2015": "002_7e59103b55bf3ba7.txt",
    "almen_2013": "003_ac2ca491cd80563c.txt",
    "chen_2017": "004_5422f888b177cf58.txt",
}


def raw_text(key: str) -> str:
    """The source's text with runs of whitespace (the extraction's line breaks) read as one space."""
    path = SOURCES / FILES[key]
    if not path.is_file():
        pytest.skip(f"source text {path} not found: put the five source texts in ../shared/sources beside the "
                    f"repository (or set COURSE_SOURCES) to run the verbatim checks")
    return re.sub(r"\s+", " ", path.read_text(encoding="utf-8"))


def lowered_texts() -> dict[str, str]:
    """Every source's whitespace-normalised text, lower-cased, by source key."""
    return {key: raw_text(key).lower() for key in FILES}


def printed(term: str, text: str) -> bool:
    """Word-bounded, case-insensitive occurrence of a printed term in a lowered, whitespace-normalised text."""
    pattern = r"(?<![a-z])" + r"\s+".join(re.escape(w) for w in term.lower().split()) + r"(?![a-z])"
    return re.search(pattern, text) is not None
