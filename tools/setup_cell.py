"""The set-up cell every lesson starts with, so a lesson also runs on its own (Colab, a downloaded
``.ipynb``): it installs the course package when it is missing and does nothing visible otherwise.

    python -m tools.setup_cell          # write (or refresh) the cell in every lesson
    python -m tools.setup_cell --check  # exit 1 if a lesson's cell differs from the generated one

The install source is the repository named once in ``_config.yml`` (``repository.url``); the
environment variable COURSE_PACKAGE overrides it (a wheel, a folder, another fork), which is how
the tests install a locally built wheel with the network cut.
"""
from __future__ import annotations

import argparse
import json
import sys

from tools import ROOT
from tools.hub_link import repository

CELL_ID = "course-setup"
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


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--check", action="store_true", help="report lessons whose set-up cell is missing or stale")
    args = parser.parse_args(argv)
    stale = []
    for path in lessons():
        notebook = json.loads(path.read_text(encoding="utf-8"))
        updated = with_setup_cell(notebook)
        if updated == notebook:
            continue
        stale.append(path.relative_to(ROOT))
        if not args.check:
            path.write_text(json.dumps(updated, indent=1, ensure_ascii=False) + "\n", encoding="utf-8")
    if args.check and stale:
        print(f"set-up cell missing or stale in: {', '.join(map(str, stale))} (run python -m tools.setup_cell)",
              file=sys.stderr)
        return 1
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
