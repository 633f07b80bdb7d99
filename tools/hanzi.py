"""Chinese characters: which ones the course uses, and how a run of them is recognised.

The site's Chinese font is a subset of Noto Sans SC holding exactly these characters
(`make vendor` cuts it; a test checks every character on the built pages is in it).
"""
from __future__ import annotations

import re
from pathlib import Path

from tools import ROOT

# CJK punctuation, Extension A, the unified ideographs, and full-width forms.
HANZI_CLASS = "\u3000-\u303f\u3400-\u4dbf\u4e00-\u9fff\uff00-\uffef"
HANZI_RUN = re.compile(f"[{HANZI_CLASS}]+")

SCANNED_SUFFIXES = {".md", ".ipynb", ".csv", ".py", ".yml", ".yaml", ".json", ".bib", ".po"}
SKIPPED_DIRS = {".git", ".venv", "_build", "vendor", "node_modules", "__pycache__", ".pytest_cache",
                ".hypothesis", "tests"}


def source_files(root: Path = ROOT):
    for path in sorted(root.rglob("*")):
        if path.suffix in SCANNED_SUFFIXES and path.is_file() and not SKIPPED_DIRS & set(path.relative_to(root).parts):
            yield path


def characters_in(text: str) -> set[str]:
    return {ch for run in HANZI_RUN.findall(text) for ch in run if not ch.isspace()}


def course_characters(root: Path = ROOT) -> set[str]:
    """Every Chinese character the course's sources (pages, notebooks, data, code) contain."""
    found: set[str] = set()
    for path in source_files(root):
        found |= characters_in(path.read_text(encoding="utf-8", errors="ignore"))
    return found
