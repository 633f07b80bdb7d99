"""A lesson run in JupyterLab, as a class sees it on the projector: Run All in headless Chromium, then
the views must be styled by their own stylesheet (no site CSS here): bars with width, bordered tables,
no widget errors and no console errors."""
from __future__ import annotations

import os
import shutil
import socket
import subprocess
import sys
import time
import urllib.request

import pytest

from tools import ROOT
from tools.site import chromium

LESSON = "chapters/01-puzzle/lesson.ipynb"  # the cadre scorer: bars, a table and a note


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def lab_env(root) -> dict:
    # A user's own Jupyter settings and workspaces must not change what the test sees.
    private = {name: str(root / ".jupyter" / name.lower()) for name in
               ("JUPYTER_CONFIG_DIR", "JUPYTER_RUNTIME_DIR", "JUPYTERLAB_SETTINGS_DIR", "JUPYTERLAB_WORKSPACES_DIR")}
    return {**os.environ, **private}


@pytest.fixture(scope="module")
def lab(tmp_path_factory):
    root = tmp_path_factory.mktemp("lab")
    shutil.copy(ROOT / LESSON, root / "lesson.ipynb")
    port = free_port()
    server = subprocess.Popen(
        [sys.executable, "-m", "jupyterlab", "--no-browser", f"--port={port}", "--ip=127.0.0.1",
         f"--ServerApp.root_dir={root}", "--IdentityProvider.token=", "--ServerApp.password=",
         "--LabApp.news_url=", "--LabApp.check_for_updates_class=jupyterlab.NeverCheckForUpdate",
         "--LabApp.extension_manager=readonly", "--allow-root"],
        stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True, cwd=root, env=lab_env(root))
    url = f"http://127.0.0.1:{port}"
    for _ in range(120):
        try:
            urllib.request.urlopen(f"{url}/api/status", timeout=2)
            break
        except OSError:
            if server.poll() is not None:
                pytest.fail(f"JupyterLab did not start:\n{server.stderr.read()[-3000:]}")
            time.sleep(0.5)
    yield url
    server.terminate()
    server.wait(timeout=30)


def test_run_all_in_jupyterlab_shows_styled_views(lab):
    with chromium() as browser:
        page = browser.new_page(viewport={"width": 1280, "height": 900})
        errors = []
        page.on("console", lambda m: errors.append(m.text) if m.type == "error" else None)
        page.on("pageerror", lambda e: errors.append(str(e)))
        page.goto(f"{lab}/lab/tree/lesson.ipynb", wait_until="load")
        page.locator(".jp-Notebook .jp-Cell").first.wait_for(timeout=90_000)
        # the kernel has started and connected (the status bar, not the toolbar, knows when)
        page.get_by_text("Python 3 (ipykernel) | Idle").wait_for(timeout=90_000)
        page.locator(".lm-MenuBar-item", has_text="Run").first.click()
        page.locator(".lm-Menu-item", has_text="Run All Cells").first.click()
        # every code cell has run once the last prompt shows a number and the kernel is idle again
        page.wait_for_function(
            """() => { const p = [...document.querySelectorAll('.jp-CodeCell .jp-InputPrompt')].map(e => e.textContent);
                      return p.length > 0 && p.every(t => /\\[\\d+\\]/.test(t)); }""", timeout=180_000)
        page.get_by_text("Python 3 (ipykernel) | Idle").wait_for(timeout=60_000)
        page.locator(".course-bar__fill").first.scroll_into_view_if_needed()
        fills = page.locator(".course-bar__fill")
        assert fills.count() > 0, "no bar views in the lesson's output"
        widths = [fills.nth(i).bounding_box()["width"] for i in range(min(fills.count(), 6))]
        assert max(widths) > 20, f"bars have no width: {widths}"
        tables = page.locator(".course-table td")
        assert tables.count() > 0
        width, style = tables.first.evaluate("e => { const s = getComputedStyle(e); "
                                             "return [s.borderTopWidth, s.borderTopStyle]; }")
        assert style == "solid" and float(width.removesuffix("px")) > 0, (width, style)
        assert page.get_by_text("Error displaying widget").count() == 0
        assert page.locator(".jp-OutputArea-output[data-mime-type='application/vnd.jupyter.stderr']").count() == 0
        assert not errors, f"console errors: {errors}"
