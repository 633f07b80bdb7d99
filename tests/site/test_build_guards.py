"""The strict build's guards, proved on a throwaway book that uses the course's own settings:
a lesson cell that writes to stderr (a warning, a missing font) fails `make book`, naming the cell."""
from __future__ import annotations

import json
import re
import subprocess
import sys
from pathlib import Path

import pytest
import yaml

from tools.site import ROOT

COURSE_CONFIG = yaml.safe_load((ROOT / "_config.yml").read_text(encoding="utf-8"))
BUILD_FLAGS = re.search(r"^BUILD_FLAGS := (.*)$", (ROOT / "Makefile").read_text(), re.M).group(1).split()


def notebook(*sources: str) -> str:
    cells = [{"cell_type": "markdown", "metadata": {}, "source": "# A throwaway lesson"}]
    cells += [{"cell_type": "code", "execution_count": None, "metadata": {}, "outputs": [], "source": s}
              for s in sources]
    return json.dumps({"cells": cells, "metadata": {"kernelspec": {"name": "python3", "display_name": "Python 3",
                                                                    "language": "python"}},
                       "nbformat": 4, "nbformat_minor": 5})


def build(book: Path, *cells: str) -> subprocess.CompletedProcess:
    (book / "lesson.ipynb").write_text(notebook(*cells), encoding="utf-8")
    (book / "_toc.yml").write_text("format: jb-book\nroot: lesson\n", encoding="utf-8")
    keys = ("nb_output_stderr", "nb_execution_raise_on_error", "nb_merge_streams")
    config = {"title": "Throwaway", "execute": COURSE_CONFIG["execute"],
              "sphinx": {"config": {key: COURSE_CONFIG["sphinx"]["config"][key] for key in keys}}}
    (book / "_config.yml").write_text(yaml.safe_dump(config), encoding="utf-8")
    jupyter_book = Path(sys.executable).with_name("jupyter-book")
    return subprocess.run([str(jupyter_book), "build", str(book), *BUILD_FLAGS], capture_output=True, text=True,
                          timeout=300)


@pytest.fixture(scope="module")
def quiet_and_noisy(tmp_path_factory):
    quiet = build(tmp_path_factory.mktemp("quiet"), "print('a lesson output')")
    noisy = build(tmp_path_factory.mktemp("noisy"), "x = 1",
                  "import warnings\nwarnings.warn('findfont: Font family not found', UserWarning)")
    return quiet, noisy


def test_a_quiet_lesson_builds(quiet_and_noisy):
    quiet, _ = quiet_and_noisy
    assert quiet.returncode == 0, quiet.stdout[-2000:] + quiet.stderr[-2000:]


def test_a_lesson_that_writes_to_stderr_fails_the_build_naming_the_cell(quiet_and_noisy):
    _, noisy = quiet_and_noisy
    log = noisy.stdout + noisy.stderr
    assert noisy.returncode != 0, "a stderr output passed the strict build"
    assert re.search(r"lesson\.ipynb.*stderr was found in the cell outputs of cell 3", log), log[-3000:]
