"""The cells every lesson shares (tools/lesson_cells.py): the set-up cell, generated from _config.yml's
repository, and the tags that fold code on the website and mark the outputs nbval checks."""
from __future__ import annotations

import json

from tools import ROOT
from tools.hub_link import repository
from tools.lesson_cells import CELL_ID, main, with_setup_cell


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



def test_code_is_folded_on_the_site_except_in_solutions_and_no_marker_text_is_left():
    visible = {}  # code shown in solutions, per chapter (a chapter's exercises may sit on one of its lessons)
    for path in ROOT.glob("chapters/*/*.ipynb"):
        in_solution = False
        visible.setdefault(path.parent.name, 0)
        for c in json.loads(path.read_text(encoding="utf-8"))["cells"]:
            text = "".join(c["source"])
            assert "NBVAL_" not in text, f"{path}: marker comment left in cell {c['id']}"
            if c["cell_type"] == "markdown":
                in_solution = (in_solution or ":::{solution-start}" in text) and ":::{solution-end}" not in text
                continue
            tags = c["metadata"].get("tags", [])
            if c["id"] != CELL_ID:
                assert ("hide-input" in tags) != in_solution, f"{path}: cell {c['id']} folding is wrong"
                visible[path.parent.name] += in_solution
    assert all(n > 0 for folder, n in visible.items() if folder != "06-synthesis"), visible


def test_exercises_that_need_the_course_code_say_so_in_their_title():
    import re

    code = re.compile(r"`([a-z_]+\.[a-z_]+|load\()")
    labelled = 0
    for path in ROOT.glob("chapters/*/*.ipynb"):
        for c in json.loads(path.read_text(encoding="utf-8"))["cells"]:
            text = "".join(c["source"])
            for fence, title, body in re.findall(r"(:::+)\{exercise\}([^\n]*)\n(.*?)\n\1(?:\n|$)", text, re.S):
                needs_code = bool(code.search(body))
                assert title.strip().startswith("Notebook exercise") == needs_code, f"{path}: {body[:80]}"
                labelled += needs_code
    assert labelled >= 10


def test_every_chapter_has_a_source_criticism_exercise():
    import re

    for folder in sorted(p for p in (ROOT / "chapters").iterdir() if p.is_dir()):
        text = "".join(nb.read_text(encoding="utf-8") for nb in folder.glob("*.ipynb"))
        titles = re.findall(r":::+\{exercise\} Source criticism: ([^\\\\]+)", text)
        assert titles, f"{folder.name} has no exercise titled 'Source criticism: …'"
