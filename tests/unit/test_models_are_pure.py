"""Every chapter's model imports and computes with ipywidgets and matplotlib unavailable: the
models are numbers and tables in, numbers and tables out, and only the views draw."""
from __future__ import annotations

import pkgutil
import subprocess
import sys

import widgets.models
from tools.chapters import chapter_keys

MODELS = sorted(m.name for m in pkgutil.iter_modules(widgets.models.__path__))

BLOCKED_IMPORT = """
import sys
for name in ("ipywidgets", "matplotlib", "matplotlib.pyplot"):
    sys.modules[name] = None  # any import of them now raises ImportError
import importlib
for name in {models!r}:
    importlib.import_module("widgets.models." + name)
from widgets.models import puzzle, nanguo, innovation_survival, coalitions, synthesis
ranks = puzzle.evaluate(puzzle.ILLUSTRATIVE_CITIES)["Rank"]
print(sorted(ranks) == list(range(1, len(ranks) + 1)))
print(nanguo.break_even_rate(0.5, step=1.0) <= 100)
print(len(innovation_survival.survival()) > 0)
print(coalitions.predict("High", "High")["support"])
print(len(synthesis.framework_list(synthesis.comparison_data())))
"""


def test_there_is_a_model_for_every_chapter():
    assert set(MODELS) == set(chapter_keys().values())


def test_models_import_and_compute_without_ipywidgets_or_matplotlib():
    done = subprocess.run([sys.executable, "-c", BLOCKED_IMPORT.format(models=MODELS)], capture_output=True,
                          text=True, timeout=120)
    assert done.returncode == 0, done.stderr[-3000:]
    lines = done.stdout.splitlines()
    assert lines[:3] == ["True", "True", "True"] and lines[3].startswith("Lowest") and int(lines[4]) >= 5, lines


def test_the_blocking_itself_works():
    done = subprocess.run([sys.executable, "-c", BLOCKED_IMPORT.format(models=MODELS) + "\nimport widgets.nanguo\n"],
                          capture_output=True, text=True, timeout=120)
    assert done.returncode != 0 and "import of ipywidgets halted" in done.stderr, "the views must need ipywidgets"
