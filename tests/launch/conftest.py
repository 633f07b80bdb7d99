"""Instructor launch paths, run for real with the network cut: the course package built as a wheel
from a clean copy of the repository, installed (not editable) into a fresh virtual environment.

A fresh environment cannot download the package's dependencies offline, so it sees the development
environment's third-party packages through a folder of links that leaves out the course package
itself; everything of the course comes from the wheel or the copy.
"""
from __future__ import annotations

import os
import shutil
import subprocess
import sys
import sysconfig
from pathlib import Path

import pytest

from tools import ROOT

DISTRIBUTION = "policy_innovation_widgets"


def run(*args, **kwargs) -> subprocess.CompletedProcess:
    done = subprocess.run([str(a) for a in args], capture_output=True, text=True, timeout=600, **kwargs)
    assert done.returncode == 0, f"{' '.join(map(str, args))} failed:\n{done.stdout[-2000:]}\n{done.stderr[-4000:]}"
    return done


def clean_copy(target: Path) -> Path:
    """The repository's tracked and untracked-but-not-ignored files, as a fresh clone has them."""
    files = run("git", "ls-files", "-co", "--exclude-standard", cwd=ROOT).stdout.splitlines()
    for name in files:
        source = ROOT / name
        if source.is_file() and not name.startswith("_build/"):
            (target / name).parent.mkdir(parents=True, exist_ok=True)
            shutil.copy2(source, target / name)
    return target


def third_party_links(target: Path) -> Path:
    """Links to every package of this environment except the course package (and its editable hook)."""
    target.mkdir()
    site = Path(sysconfig.get_paths()["purelib"])
    for entry in site.iterdir():
        name = entry.name.lower()
        if name.startswith((DISTRIBUTION, "__editable__")) or name == "widgets" or name.endswith(".pth"):
            continue
        (target / entry.name).symlink_to(entry)
    return target


def fresh_venv(path: Path, links: Path) -> Path:
    run(sys.executable, "-m", "venv", path)
    python = path / "bin" / "python"
    site = Path(run(python, "-c", "import sysconfig; print(sysconfig.get_paths()['purelib'])").stdout.strip())
    (site / "zz_third_party.pth").write_text(f"{links}\n", encoding="utf-8")
    return python


def offline_env(**extra: str) -> dict:
    env = {k: v for k, v in os.environ.items() if not k.startswith(("PYTHON", "VIRTUAL_ENV", "PIP_"))}
    # pip must find everything already installed: no index, no build isolation (it would fetch setuptools).
    env.update(PIP_NO_INDEX="1", PIP_NO_BUILD_ISOLATION="0", PIP_DISABLE_PIP_VERSION_CHECK="1", **extra)
    return env


@pytest.fixture(scope="session")
def workspace(tmp_path_factory) -> Path:
    return tmp_path_factory.mktemp("launch")


@pytest.fixture(scope="session")
def repo_copy(workspace) -> Path:
    return clean_copy(workspace / "clone")


@pytest.fixture(scope="session")
def links(workspace) -> Path:
    return third_party_links(workspace / "third-party")


@pytest.fixture(scope="session")
def wheel(repo_copy, workspace) -> Path:
    out = workspace / "wheels"
    run(sys.executable, "-m", "pip", "wheel", "--quiet", "--no-deps", "--no-build-isolation", "-w", out, ".",
        cwd=repo_copy, env=offline_env())
    (found,) = out.glob("*.whl")
    return found


EXECUTE = """
import sys, nbformat
from nbclient import NotebookClient
nb = nbformat.read(sys.argv[1], as_version=4)
NotebookClient(nb, timeout=300, kernel_name="python3", allow_errors=False).execute()
nbformat.write(nb, sys.argv[1])
"""


def execute_notebook(python: Path, notebook: Path, env: dict) -> dict:
    """Run every cell with the environment's own kernel, the notebook's folder as working directory."""
    import nbformat

    run(python, "-c", EXECUTE, notebook.name, cwd=notebook.parent, env=env)
    return nbformat.read(notebook, as_version=4)
