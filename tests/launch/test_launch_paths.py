"""A lesson runs where instructors launch it: alone in an empty folder (Colab, a downloaded .ipynb),
from a non-editable install, and in an environment built the way repo2docker builds Binder's."""
from __future__ import annotations

import re
import shutil
import stat

from conftest import execute_notebook, fresh_venv, offline_env, run

from tools import ROOT
from tools.lesson_cells import CELL_ID, DISTRIBUTION, SOURCE_ENV

LESSON = "chapters/04-nanguo/lesson-strategies.ipynb"  # data tables, a quiz, figures and the explorers


def outputs_text(notebook) -> str:
    return "\n".join(str(o.get("text", "")) + str(o.get("data", {}).get("text/plain", ""))
                     for c in notebook.cells if c.cell_type == "code" for o in c.get("outputs", []))


def test_a_lesson_alone_installs_the_package_from_its_first_cell_and_runs(workspace, links, wheel):
    python = fresh_venv(workspace / "student-venv", links)
    missing = run(python, "-c", "import importlib.util; print(importlib.util.find_spec('widgets') is None)",
                  cwd=workspace)
    assert missing.stdout.strip() == "True", "the fresh environment must not see the course package"
    folder = workspace / "downloads"
    folder.mkdir()
    shutil.copy(ROOT / LESSON, folder / "lesson.ipynb")
    done = execute_notebook(python, folder / "lesson.ipynb", offline_env(**{SOURCE_ENV: str(wheel)}))
    setup = next(c for c in done.cells if c.get("id") == CELL_ID)
    assert setup.outputs == [], "the set-up cell must be quiet"
    assert "Nanguo" in outputs_text(done)
    where = run(python, "-c", "import widgets.data as d; print(d.DATA_DIR); print(len(d.load('quiz_questions')))",
                cwd=workspace)
    data_dir, rows = where.stdout.split()
    assert "site-packages" in data_dir and data_dir.endswith("course_data") and int(rows) > 30
    # the installed package is the wheel, not a link back to the repository
    show = run(python, "-m", "pip", "show", "--files", DISTRIBUTION, env=offline_env(), cwd=workspace).stdout
    assert "course_data/datapackage.json" in show and "__editable__" not in show


def test_binder_environment_runs_a_lesson_from_its_own_folder(workspace, links, repo_copy):
    binder = repo_copy / "binder"
    assert re.fullmatch(r"python-3\.\d+\n", (binder / "runtime.txt").read_text())
    assert (binder / "postBuild").stat().st_mode & stat.S_IXUSR, "repo2docker runs postBuild only if executable"
    python = fresh_venv(workspace / "binder-venv", links)
    # repo2docker: requirements (already present here, offline), then postBuild in the repository.
    run("bash", binder / "postBuild", cwd=repo_copy, env=offline_env(PATH=f"{python.parent}:/usr/bin:/bin"))
    done = execute_notebook(python, repo_copy / LESSON, offline_env())
    assert "Nanguo" in outputs_text(done)


def test_binder_requirements_are_the_locks_pins_of_the_declared_dependencies():
    import tomllib

    lock = dict(line.split("==") for line in (ROOT / "requirements.txt").read_text().splitlines()
                if "==" in line and not line.startswith("#"))
    lock = {k.lower().replace("_", "-"): v for k, v in lock.items()}
    binder = dict(line.split("==") for line in (ROOT / "binder/requirements.txt").read_text().splitlines()
                  if "==" in line and not line.startswith("#"))
    for name, version in binder.items():
        assert lock.get(name.lower()) == version, f"binder pins {name}=={version}, the lock {lock.get(name)}"
    declared = tomllib.loads((ROOT / "pyproject.toml").read_text())["project"]["dependencies"]
    for requirement in declared:
        name, low = re.match(r"([A-Za-z0-9_.-]+)>=([\d.]+)", requirement).groups()
        assert name in binder, f"{name} is a dependency of the package but not in binder/requirements.txt"
        pinned = tuple(int(p) for p in binder[name].split("."))
        assert pinned >= tuple(int(p) for p in low.split(".")), f"{name}: pinned {binder[name]} is below {low}"
