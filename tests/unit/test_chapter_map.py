"""The README's chapter map matches the tree: every path exists, every name is a dataset, and every
dataset a lesson loads is listed in its chapter's row."""
from __future__ import annotations

import re

from tools import ROOT
from widgets.data import dataset_names

README = (ROOT / "README.md").read_text(encoding="utf-8")


def rows() -> list[list[str]]:
    section = README.split("## Chapter map", 1)[1].split("\n## ", 1)[0]
    table = [line for line in section.splitlines() if line.startswith("| ") and not line.startswith("| ---")]
    return [[cell.strip() for cell in line.strip("|").split("|")] for line in table[1:]]


def names(cell: str) -> list[str]:
    return re.findall(r"`([^`]+)`", cell)


def test_the_map_has_a_row_per_chapter():
    chapters = sorted(p.name for p in (ROOT / "chapters").iterdir() if p.is_dir())
    assert len(rows()) == len(chapters) == 6


def test_every_path_in_the_map_exists_and_every_name_is_a_dataset():
    datasets = set(dataset_names())
    for row in rows():
        for cell in row[1:]:
            for name in names(cell):
                if "/" in name:
                    assert (ROOT / name).is_file(), f"chapter map: {name} does not exist"
                else:
                    assert name in datasets, f"chapter map: {name} is not a dataset"


def test_every_dataset_a_lesson_loads_is_in_its_row():
    for row in rows():
        listed = set(names(row[4]))
        for lesson in names(row[1]):
            loaded = set(re.findall(r'load\(\\"([a-z0-9_]+)\\"\)', (ROOT / lesson).read_text(encoding="utf-8")))
            assert loaded <= listed, f"{lesson} loads {sorted(loaded - listed)}, not in the chapter map"
