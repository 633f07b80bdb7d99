"""The cells every lesson shares, kept the same everywhere by this tool.

1. The set-up cell each lesson starts with, so a lesson also runs on its own (Colab, a downloaded
   ``.ipynb``): it installs the course package when it is missing and does nothing visible otherwise.
2. Cell tags: on the website the code of a cell is folded behind a "Show code" toggle (``hide-input``),
   except in exercise solutions, where the code is the answer; cells whose outputs nbval compares carry
   the ``nbval-check-output`` tag (never a marker comment students would read).

    python -m tools.lesson_cells          # write (or refresh) the set-up cell and the tags in every lesson
    python -m tools.lesson_cells --check  # exit 1 if a lesson differs from what this tool would write

The install source is the repository named once in ``_config.yml`` (``repository.url``); the
environment variable COURSE_PACKAGE overrides it (a wheel, a folder, another fork), which is how
the tests install a locally built wheel with the network cut.
"""
from __future__ import annotations

import argparse
import json
import sys

from tools import ROOT, repository

CELL_ID = "course-setup"
CHECK_TAG = "nbval-check-output"
HIDE_TAG = "hide-input"
_MARKER = "# NBVAL_CHECK_OUTPUT"
DISTRIBUTION = "policy-innovation-widgets"
SOURCE_ENV = "COURSE_PACKAGE"


def cell_source() -> str:
    url, branch = repository()
    return f'''# Set-up for Colab or a downloaded copy of this lesson: installs the course package if it is missing.
import importlib
import importlib.metadata
import os
import subprocess
import sys

try:
    importlib.metadata.version("{DISTRIBUTION}")
except importlib.metadata.PackageNotFoundError:
    source = os.environ.get("{SOURCE_ENV}", "git+{url}@{branch}")
    subprocess.run([sys.executable, "-m", "pip", "install", "--quiet", source], check=True)
    importlib.invalidate_caches()'''


def cell() -> dict:
    # remove-cell: the site has the package already, so readers never see the set-up.
    return {"cell_type": "code", "execution_count": None, "id": CELL_ID,
            "metadata": {"tags": ["remove-cell"]}, "outputs": [], "source": cell_source().splitlines(keepends=True)}


def lessons() -> list:
    return sorted(ROOT.glob("chapters/*/*.ipynb"))


def with_setup_cell(notebook: dict) -> dict:
    """The notebook with the set-up cell (current version) right after its title cell."""
    cells = [c for c in notebook["cells"] if c.get("id") != CELL_ID]
    return {**notebook, "cells": cells[:1] + [cell()] + cells[1:]}


def with_tags(notebook: dict) -> dict:
    """Every code cell outside a solution folds its code on the site; marker comments become tags."""
    cells, in_solution = [], False
    for old in notebook["cells"]:
        new = {**old, "metadata": {**old.get("metadata", {})}}
        text = "".join(old["source"])
        if old["cell_type"] == "markdown":
            if ":::{solution-start}" in text:
                in_solution = True
            if ":::{solution-end}" in text:
                in_solution = False
        elif old.get("id") != CELL_ID:
            tags = [t for t in new["metadata"].get("tags", []) if t != HIDE_TAG]
            lines = text.splitlines(keepends=True)
            if lines and lines[0].strip() == _MARKER:
                new["source"] = lines[1:]
                tags.append(CHECK_TAG)
            if not in_solution:
                tags.append(HIDE_TAG)
            if tags:
                new["metadata"]["tags"] = list(dict.fromkeys(tags))
            else:
                new["metadata"].pop("tags", None)
        cells.append(new)
    return {**notebook, "cells": cells}


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--check", action="store_true", help="report lessons that differ from what this tool writes")
    args = parser.parse_args(argv)
    stale = []
    for path in lessons():
        notebook = json.loads(path.read_text(encoding="utf-8"))
        updated = with_tags(with_setup_cell(notebook))
        if updated == notebook:
            continue
        stale.append(path.relative_to(ROOT))
        if not args.check:
            path.write_text(json.dumps(updated, indent=1, ensure_ascii=False) + "\n", encoding="utf-8")
    if args.check and stale:
        print(f"set-up cell or tags missing or stale in: {', '.join(map(str, stale))} "
              "(run python -m tools.lesson_cells)",
              file=sys.stderr)
        return 1
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
