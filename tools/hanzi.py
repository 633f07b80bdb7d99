"""Chinese characters: which ones each edition uses, and how a run of them is recognised.

The site's Chinese fonts are subsets of Noto Sans SC (`make vendor` cuts them; a test checks every
character on the built pages is in its edition's font): a small one with the hanzi of the English
edition (glossary terms), and one with every character of the Chinese edition, which only the
Chinese pages load.
"""
from __future__ import annotations

import csv
import io
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


TRANSLATION_DIRS = {"locale"}
"""Folders of translation catalogues (the pages', and the views' in widgets/locale)."""


def _english_text(path: Path, text: str) -> str:
    """A source's text as the English edition shows it: no ``*_zh`` data column."""
    if path.suffix != ".csv":
        return text
    rows = list(csv.reader(io.StringIO(text)))
    keep = [i for i, name in enumerate(rows[0] if rows else []) if not name.endswith("_zh")]
    return "\n".join(" ".join(row[i] for i in keep if i < len(row)) for row in rows)


def course_characters(root: Path = ROOT) -> set[str]:
    """Every Chinese character of the English edition's sources (pages, notebooks, data, code)."""
    found: set[str] = set()
    for path in source_files(root):
        if TRANSLATION_DIRS & set(path.relative_to(root).parts):
            continue
        found |= characters_in(_english_text(path, path.read_text(encoding="utf-8", errors="ignore")))
    return found


def edition_characters(root: Path = ROOT, site: Path | None = None) -> set[str]:
    """Every Chinese character of the Chinese edition: all sources and translations, and the
    built Chinese pages if there are any (the theme's and Sphinx's own Chinese words)."""
    found: set[str] = set()
    for path in source_files(root):
        found |= characters_in(path.read_text(encoding="utf-8", errors="ignore"))
    for page in sorted(site.rglob("*.html")) if site and site.is_dir() else []:
        found |= characters_in(page.read_text(encoding="utf-8"))
    return found


FIGURE_DATA_COLUMNS = {"frameworks_comparison.csv": ("framework_short_zh",),
                       "chen2017_case_city_support.csv": ("measure_label_zh", "unit_zh", "period_zh"),
                       "levels_of_government.csv": ("level_zh", "includes_zh"),
                       "chen2017_cadre_targets.csv": ("category_zh",)}
"""Data the views draw into figures (chapter 6's role figure labels its columns with these; chapter 5's Table 3
figure titles its panels with the measures; chapter 1 draws the levels of government and Table 9's categories)."""


def figure_characters(root: Path = ROOT) -> set[str]:
    """The Chinese characters the views can draw in a figure: their catalogue's translations and
    the data columns they label figures with."""
    catalogue = root / "widgets" / "locale" / "zh_CN" / "LC_MESSAGES" / "widgets.po"
    found = characters_in(catalogue.read_text(encoding="utf-8"))
    for name, columns in FIGURE_DATA_COLUMNS.items():
        with (root / "data" / name).open(encoding="utf-8") as handle:
            found |= characters_in(" ".join(row[c] for row in csv.DictReader(handle) for c in columns))
    return found
