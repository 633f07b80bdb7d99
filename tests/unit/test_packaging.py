"""What a lesson needs outside the repository: the set-up cell every lesson starts with (generated from
_config.yml's repository) and a package that lists every subpackage."""
from __future__ import annotations

import json

from tools import ROOT
from tools.hub_link import repository
from tools.setup_cell import CELL_ID, main, with_setup_cell


def test_every_lesson_has_the_current_set_up_cell_after_its_title():
    assert main(["--check"]) == 0
    url, branch = repository()
    for path in ROOT.glob("chapters/*/*.ipynb"):
        cells = json.loads(path.read_text(encoding="utf-8"))["cells"]
        assert cells[1]["id"] == CELL_ID and cells[1]["metadata"]["tags"] == ["remove-cell"], path
        assert f"git+{url}@{branch}" in "".join(cells[1]["source"])
        assert all(c["cell_type"] == "markdown" for c in cells[:1]), f"{path}: code before the set-up cell"


def test_a_stale_cell_is_replaced_not_duplicated():
    notebook = {"cells": [{"cell_type": "markdown", "id": "t", "metadata": {}, "source": "# Title"},
                          {"cell_type": "code", "id": CELL_ID, "metadata": {}, "outputs": [], "source": "old"},
                          {"cell_type": "code", "id": "x", "metadata": {}, "outputs": [], "source": "1"}]}
    cells = with_setup_cell(notebook)["cells"]
    assert [c["id"] for c in cells] == ["t", CELL_ID, "x"] and cells[1]["source"] != "old"


def test_the_package_list_names_every_subpackage_of_widgets():
    import tomllib

    listed = set(tomllib.loads((ROOT / "pyproject.toml").read_text())["tool"]["setuptools"]["packages"])
    found = {".".join(p.parent.relative_to(ROOT).parts) for p in (ROOT / "widgets").rglob("__init__.py")}
    assert found <= listed, f"pyproject.toml [tool.setuptools] packages misses {sorted(found - listed)}"
