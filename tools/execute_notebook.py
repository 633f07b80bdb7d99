"""Execute lesson notebooks and store only the outputs nbval checks.

    python -m tools.execute_notebook chapters/01-puzzle/lesson.ipynb [...]

Cells tagged ``nbval-check-output`` keep their outputs (nbval compares them
in ``make test``); every other output is cleared so the repository holds lessons, not
rendered figures. The book build executes the notebooks itself.
"""
from __future__ import annotations

import os
import sys

import nbformat
from nbclient import NotebookClient

from tools.lesson_cells import CHECK_TAG


def refresh(path: str) -> None:
    nb = nbformat.read(path, as_version=4)
    # No timing metadata: a re-run that changes no output leaves the file unchanged.
    NotebookClient(nb, kernel_name="python3", timeout=300, record_timing=False,
                   resources={"metadata": {"path": os.path.dirname(path) or "."}}).execute()
    code_cells = [c for c in nb.cells if c.cell_type == "code"]
    for number, cell in enumerate(code_cells, 1):
        cell.metadata.pop("execution", None)
        if CHECK_TAG in cell.metadata.get("tags", []):
            # nbval refuses stored outputs without an execution count; number them in order.
            cell.execution_count = number
            for out in cell.get("outputs", []):
                if "execution_count" in out:
                    out["execution_count"] = number
        else:
            cell.execution_count = None
            cell.outputs = []
    nb.metadata.pop("widgets", None)
    nbformat.validate(nb)
    nbformat.write(nb, path)
    print(f"refreshed {path}")


if __name__ == "__main__":
    for notebook in sys.argv[1:]:
        refresh(notebook)
