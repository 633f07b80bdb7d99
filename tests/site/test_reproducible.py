"""Reproducibility: the clean build's execution gives the same checked outputs as the committed notebooks.

The committed outputs of cells tagged `nbval-check-output` come from one execution (tools/execute_notebook.py),
nbval repeats it (make test-notebooks), and the book build is a third, clean execution. Here the
built pages are compared with the committed outputs, so two independent clean runs must agree on every
checked number and data-derived table.
"""
import json
import re

import pytest
from bs4 import BeautifulSoup

from tools import ROOT
from tools.lesson_cells import CHECK_TAG
from tools.site import SITE

NOTEBOOKS = sorted(ROOT.glob("chapters/*/*.ipynb"))


def _words(text: str) -> str:
    return re.sub(r"\s+", " ", text).strip()


def _committed_output(cell: dict) -> str:
    parts = []
    for out in cell["outputs"]:
        if out["output_type"] == "stream":
            parts.append("".join(out["text"]))
        elif "text/html" in out.get("data", {}):
            parts.append(BeautifulSoup("".join(out["data"]["text/html"]), "html.parser").get_text(" "))
        elif "text/plain" in out.get("data", {}):
            parts.append("".join(out["data"]["text/plain"]))
    return _words(" ".join(parts))


@pytest.mark.parametrize("notebook", NOTEBOOKS, ids=lambda p: p.parent.name + "/" + p.name)
def test_built_page_repeats_every_checked_output(notebook):
    checked = [c for c in json.loads(notebook.read_text(encoding="utf-8"))["cells"]
               if c["cell_type"] == "code" and CHECK_TAG in c["metadata"].get("tags", [])]
    assert checked, f"{notebook.name} has no checked cells: tag the cells whose numbers matter {CHECK_TAG}"
    page = SITE / notebook.relative_to(ROOT).with_suffix(".html")
    built = {}
    for cell in BeautifulSoup(page.read_text(encoding="utf-8"), "html.parser").select("div.cell"):
        source, output = cell.select_one(".cell_input"), cell.select_one(".cell_output")
        if source is not None and output is not None:
            built[_words(source.get_text())] = _words(output.get_text(" "))
    for cell in checked:
        source = _words("".join(cell["source"]))
        assert source in built, f"{notebook.name}: checked cell not found on the built page: {source[:80]}"
        assert built[source] == _committed_output(cell), f"{notebook.name}: output differs for {source[:80]}"
