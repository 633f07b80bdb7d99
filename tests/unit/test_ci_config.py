"""CI runs the README's test command, and Pages publishes the site that run built and tested."""
from __future__ import annotations

import re

import yaml

from tools import ROOT

WORKFLOWS = ROOT / ".github" / "workflows"


def workflow(name: str) -> dict:
    data = yaml.safe_load((WORKFLOWS / name).read_text(encoding="utf-8"))
    data["on"] = data.pop(True, data.get("on"))  # YAML 1.1 reads the key `on` as True
    return data


def test_readme_test_command_is_what_ci_runs():
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    assert re.search(r"^make test\b", readme, re.M)
    assert re.search(r"^make test\b", (ROOT / ".ci" / "run").read_text(), re.M)


def test_ci_workflow_runs_ci_run_on_pushes_and_pull_requests():
    ci = workflow("ci.yml")
    assert {"push", "pull_request", "workflow_call"} <= set(ci["on"])
    steps = ci["jobs"]["test"]["steps"]
    assert any(step.get("run") == "bash .ci/run" for step in steps)


def test_pages_publishes_the_site_the_tests_built():
    pages = workflow("pages.yml")
    called = [job for job in pages["jobs"].values() if job.get("uses") == "./.github/workflows/ci.yml"]
    assert called and called[0]["with"]["publish"] is True
    deploy = pages["jobs"]["deploy"]
    assert deploy["needs"] in [name for name, job in pages["jobs"].items() if job in called]
    assert not any("make book" in str(job) for job in pages["jobs"].values()), "Pages builds a second, untested site"
