"""Measure the course: build times, notebook execution, test time, page weight, widget latency.

    make bench            # writes bench-results.json and prints a summary

Cold build = clean _build (no execution cache); warm = the same build again (cache hits);
one-notebook edit = a comment added to one code cell, so exactly one notebook re-executes.
Widget latency = time from a key press on a widget's control to the next painted frame
after the view changed, in headless Chromium on the built site.
"""
from __future__ import annotations

import json
import shutil
import statistics
import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "tests" / "site"))
import conftest as site  # noqa: E402  (the browser set-up the tests use)

MAKE = ["make", "--no-print-directory"]


def timed(command: list[str]) -> float:
    start = time.perf_counter()
    subprocess.run(command, cwd=ROOT, check=True, stdout=subprocess.DEVNULL)
    return round(time.perf_counter() - start, 2)


def execution_seconds() -> dict[str, float]:
    from jupyter_cache import get_cache

    cache = get_cache(ROOT / "_build" / ".jupyter_cache")
    out = {}
    for record in cache.list_cache_records():
        out[Path(record.uri).relative_to(ROOT).as_posix()] = round(record.data.get("execution_seconds", 0.0), 2)
    return out


def page_sizes() -> dict[str, int]:
    return {p: (site.SITE / p).stat().st_size for p in site.built_pages()}


def vendored_size() -> int:
    return sum(p.stat().st_size for p in (ROOT / "assets" / "vendor").rglob("*") if p.is_file())


def latency_by_page() -> dict[str, list[float]]:
    import functools
    import http.server
    import threading

    from playwright.sync_api import sync_playwright

    server = http.server.ThreadingHTTPServer(
        ("127.0.0.1", 0), functools.partial(site._QuietHandler, directory=str(site.SITE)))
    threading.Thread(target=server.serve_forever, daemon=True).start()
    base = f"http://127.0.0.1:{server.server_address[1]}"
    results = {}
    with sync_playwright() as p:
        browser = p.chromium.launch(executable_path=site.CHROMIUM, args=site.CHROMIUM_ARGS)
        page = browser.new_page()
        for path in site.widget_pages():
            times = site.widget_latency(page, f"{base}/{path}")
            if times:
                results[path] = times
        browser.close()
    server.shutdown()
    return results


def summary(values: list[float]) -> dict[str, float]:
    return {"median_ms": round(statistics.median(values), 1), "p95_ms": round(site.p95(values), 1),
            "n": len(values)}


def main(with_test: bool = True) -> dict:
    results: dict = {}
    shutil.rmtree(ROOT / "_build", ignore_errors=True)
    results["cold_build_s"] = timed(MAKE + ["book"])
    results["notebook_execution_s"] = execution_seconds()
    results["notebook_execution_total_s"] = round(sum(results["notebook_execution_s"].values()), 2)
    results["warm_build_s"] = timed(MAKE + ["book"])
    notebook = ROOT / "chapters" / "01-puzzle" / "lesson.ipynb"
    original = notebook.read_text(encoding="utf-8")
    try:
        nb = json.loads(original)
        cell = next(c for c in nb["cells"] if c["cell_type"] == "code")
        cell["source"] = ["# benchmark edit\n"] + list(cell["source"])
        notebook.write_text(json.dumps(nb, indent=1, ensure_ascii=False) + "\n", encoding="utf-8")
        results["one_notebook_edit_build_s"] = timed(MAKE + ["book"])
    finally:
        notebook.write_text(original, encoding="utf-8")
    timed(MAKE + ["book"])  # leave the site built from the committed notebook
    results["page_bytes"] = page_sizes()
    results["vendored_bytes"] = vendored_size()
    results["widget_latency"] = {p: summary(t) for p, t in latency_by_page().items()}
    if with_test:
        results["make_test_s"] = timed(MAKE + ["test"])
    return results


if __name__ == "__main__":
    results = main(with_test="--no-test" not in sys.argv)
    (ROOT / "bench-results.json").write_text(json.dumps(results, indent=1) + "\n")
    sizes = sorted(results["page_bytes"].values())
    print(f"cold build {results['cold_build_s']} s; warm {results['warm_build_s']} s; "
          f"one-notebook edit {results['one_notebook_edit_build_s']} s; "
          f"notebook execution total {results['notebook_execution_total_s']} s")
    lessons = [s for p, s in results["page_bytes"].items() if site.is_lesson_page(p)]
    print(f"pages: {len(sizes)}, largest {max(sizes) / 1024:.0f} kB, median {statistics.median(sizes) / 1024:.0f} kB, "
          f"median lesson page {statistics.median(lessons) / 1024:.0f} kB; "
          f"vendored assets {results['vendored_bytes'] / 1024:.0f} kB")
    for page, lat in results["widget_latency"].items():
        print(f"widget latency {page}: median {lat['median_ms']} ms, p95 {lat['p95_ms']} ms (n={lat['n']})")
    if "make_test_s" in results:
        print(f"make test {results['make_test_s']} s")
    print("written to bench-results.json")
