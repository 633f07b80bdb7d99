"""Measure the course against its timing budgets: build times, notebook execution, widget
response, `make test`. Prints figure / budget / verdict and exits 1 when a budget is missed.

    make bench                         # everything, written to bench-results.json
    python -m tools.bench --no-test    # without timing a whole `make test`
    python -m tools.bench --site-only  # only first visits and Lighthouse, on the site in _build/html

The builds run in a temporary copy of the book (the committed notebooks are never edited):
cold = empty _build; warm = the same build again (execution cache hits); one-notebook edit =
a comment added to one code cell, so exactly one notebook re-executes. Widget response = key
press on a slider to the next painted frame after the view changed, in headless Chromium.
First visit of each lesson page (fresh browser profile, the site served gzip-compressed as a
static host serves it): bytes transferred until the network is idle, and the time from navigation
to the first widget control drawn for a reader who scrolls straight to the first widget.
Lighthouse (npm `lighthouse`, pinned below, run with npx against Debian's Chromium) scores every
lesson page with its mobile and desktop presets; skipped with a note when npx is missing.
Wall-clock figures vary with the machine's load, so they live here and never in `make test`.
"""
from __future__ import annotations

import json
import os
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from tools.site import (
    BOTH_EDITIONS,
    CHROMIUM,
    ROOT,
    SITE,
    WIDGET_CONTROLS,
    built_pages,
    chromium,
    is_lesson_page,
    open_page,
    served,
    widget_pages,
)

KERNEL_START_S = 3.0  # per notebook: the execution cache's timings leave kernel start-up out
WIDGET_P95_MS = 50.0
MAKE_TEST_S = 600.0
FIRST_VISIT_MB = 3.0       # median over lesson pages
FIRST_CONTROL_S = 1.2      # median over lesson pages
EDITIONS_BUILD_RATIO = 1.6  # building both editions, against the English edition alone (cold)
LIGHTHOUSE = "lighthouse@12.8.2"
LIGHTHOUSE_MIN = {"performance": 90, "accessibility": 95, "best-practices": 95, "seo": 95}
CONTROL_JS = f"() => [...document.querySelectorAll('.cell_output :is({WIDGET_CONTROLS})')].some(e => e.offsetParent)"
COPY_IGNORE = shutil.ignore_patterns(".git", ".venv", "_build", "__pycache__", ".pytest_cache", ".hypothesis",
                                     "bench-results.json", "bench-site-results.json")

LATENCY_JS = """async ([index, key]) => {
  const handle = document.querySelectorAll('[role=slider]')[index];
  const box = handle.closest('.widget-vbox');
  const now = handle.getAttribute('aria-valuenow'), max = handle.getAttribute('aria-valuemax'),
        min = handle.getAttribute('aria-valuemin');
  // At an end of the slider a key towards it changes nothing: press the other way.
  if (now === max) key = 'ArrowLeft'; else if (now === min) key = 'ArrowRight';
  handle.focus();
  return await new Promise(resolve => {
    const start = performance.now();
    // A key press that changes nothing within 2 s counts as 2000 ms (misses the budget, never hangs).
    setTimeout(() => resolve(2000), 2000);
    const observer = new MutationObserver(() => {
      observer.disconnect();
      // The frame that applies the change, then a task after it: the new view has been painted.
      requestAnimationFrame(() => setTimeout(() => resolve(performance.now() - start), 0));
    });
    observer.observe(box, {subtree: true, childList: true, attributes: true, characterData: true});
    handle.dispatchEvent(new KeyboardEvent('keydown', {key, bubbles: true}));
  });
}"""


def p95(values: list[float]) -> float:
    """The 95th percentile by nearest rank on the sorted values (with 20 values, the 19th)."""
    ordered = sorted(values)
    return ordered[int(0.95 * (len(ordered) - 1))]


def widget_latency(page, url: str, moves: int = 20) -> list[float]:
    """Key presses on every visible slider of a page; milliseconds until the new view is painted."""
    open_page(page, url)
    times = []
    sliders = page.locator("[role=slider]")
    for i in range(sliders.count()):
        if not sliders.nth(i).is_visible():
            continue
        for move in range(moves):
            key = "ArrowRight" if (move // 3) % 2 == 0 else "ArrowLeft"
            times.append(page.evaluate(LATENCY_JS, [i, key]))
    return times


def first_visit(browser, url: str) -> tuple[int, float]:
    """(bytes transferred on a first visit, seconds from navigation to the first control drawn)."""
    context = browser.new_context(viewport={"width": 1280, "height": 900})
    page = context.new_page()
    cdp = context.new_cdp_session(page)
    cdp.send("Network.enable")
    transferred = []
    cdp.on("Network.loadingFinished", lambda event: transferred.append(event["encodedDataLength"]))
    page.goto(url, wait_until="load")
    page.wait_for_load_state("networkidle")
    visit_bytes = sum(transferred)
    context.close()
    context = browser.new_context(viewport={"width": 1280, "height": 900})
    page = context.new_page()
    page.goto(url, wait_until="domcontentloaded")
    page.evaluate("""() => document.querySelector('script[type="application/vnd.jupyter.widget-view+json"]')
                          .parentElement.scrollIntoView()""")
    page.wait_for_function(CONTROL_JS, timeout=30_000, polling="raf")
    seconds = page.evaluate("performance.now()") / 1000
    context.close()
    return visit_bytes, round(seconds, 3)


def first_visits(site: Path) -> dict[str, dict]:
    with served(site) as base, chromium() as browser:
        return {path: dict(zip(("bytes", "first_control_s"), first_visit(browser, f"{base}/{path}")))
                for path in widget_pages(site, BOTH_EDITIONS) if is_lesson_page(path)}


def lighthouse(site: Path) -> dict[str, dict]:
    """Lighthouse category scores (0-100) per lesson page and preset; {} when npx is missing."""
    if not shutil.which("npx"):
        print("npx not found: Lighthouse skipped (install Node.js to score the pages)")
        return {}
    scores: dict[str, dict] = {}
    env = {**os.environ, "CHROME_PATH": CHROMIUM}
    with served(site) as base, tempfile.TemporaryDirectory() as tmp:
        for path in (p for p in widget_pages(site, BOTH_EDITIONS) if is_lesson_page(p)):
            for preset in ("mobile", "desktop"):
                report = Path(tmp) / "report.json"
                command = ["npx", "--yes", LIGHTHOUSE, f"{base}/{path}", "--quiet", "--output=json",
                           f"--output-path={report}", '--chrome-flags=--headless=new --no-sandbox',
                           "--only-categories=performance,accessibility,best-practices,seo"]
                command += ["--preset=desktop"] if preset == "desktop" else []
                subprocess.run(command, env=env, check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
                categories = json.loads(report.read_text())["categories"]
                scores.setdefault(path, {})[preset] = {k: round(100 * v["score"]) for k, v in categories.items()}
    return scores


def timed(command: list[str], cwd: Path) -> float:
    start = time.perf_counter()
    subprocess.run(command, cwd=cwd, check=True, stdout=subprocess.DEVNULL)
    return round(time.perf_counter() - start, 2)


def execution_seconds(book: Path) -> dict[str, float]:
    from jupyter_cache import get_cache

    records = get_cache(book / "_build" / ".jupyter_cache").list_cache_records()
    return {Path(r.uri).relative_to(book).as_posix(): round(r.data.get("execution_seconds", 0.0), 2)
            for r in records}


def edit_one_notebook(book: Path) -> None:
    notebook = book / "chapters" / "01-puzzle" / "lesson.ipynb"
    nb = json.loads(notebook.read_text(encoding="utf-8"))
    cell = next(c for c in nb["cells"] if c["cell_type"] == "code")
    cell["source"] = ["# benchmark edit\n"] + list(cell["source"])
    notebook.write_text(json.dumps(nb, indent=1, ensure_ascii=False) + "\n", encoding="utf-8")


def latency_by_page(site: Path) -> dict[str, list[float]]:
    results = {}
    with served(site) as base, chromium() as browser:
        page = browser.new_page()
        for path in widget_pages(site):
            times = widget_latency(page, f"{base}/{path}")
            if times:
                results[path] = times
    return results


def measure(with_test: bool) -> dict:
    results: dict = {}
    make = ["make", "--no-print-directory", f"VENV={ROOT / '.venv'}"]
    with tempfile.TemporaryDirectory(prefix="course-bench-") as tmp:
        book = Path(tmp) / "book"
        shutil.copytree(ROOT, book, ignore=COPY_IGNORE)
        # The English edition alone, then both editions from nothing (issue: both ≤ 1.6 × English alone).
        results["cold_build_en_s"] = timed(make + ["setup", "book-en"], book)
        shutil.rmtree(book / "_build")
        results["cold_build_s"] = timed(make + ["book"], book)
        results["notebook_execution_s"] = execution_seconds(book)
        results["warm_build_s"] = timed(make + ["book"], book)
        edit_one_notebook(book)
        results["one_notebook_edit_build_s"] = timed(make + ["book"], book)
        site = book / "_build" / "html"
        results["page_bytes"] = {p: (site / p).stat().st_size for p in built_pages(site)}
        results["widget_latency_ms"] = {
            p: {"median": round(statistics.median(t), 1), "p95": round(p95(t), 1), "n": len(t)}
            for p, t in latency_by_page(site).items()}
        results["first_visit"] = first_visits(site)
        results["lighthouse"] = lighthouse(site)
    if with_test:
        results["make_test_s"] = timed(["make", "--no-print-directory", "test"], ROOT)
    return results


def verdicts(results: dict) -> list[tuple[str, float, float]]:
    """(figure, measured, budget) for every timing budget."""
    rows = []
    if "cold_build_s" in results:
        execution = results["notebook_execution_s"]
        build_budget = 1.25 * sum(s + KERNEL_START_S for s in execution.values()) + 5
        rows.append(("cold build, both editions (s)", results["cold_build_s"], round(2 * build_budget, 1)))
        rows.append(("both editions / English alone (×)",
                     round(results["cold_build_s"] / results["cold_build_en_s"], 2), EDITIONS_BUILD_RATIO))
        rows += [(f"widget p95 {page} (ms)", lat["p95"], WIDGET_P95_MS)
                 for page, lat in results["widget_latency_ms"].items()]
    visits = list(results.get("first_visit", {}).values())
    if visits:
        rows.append(("first visit, median lesson (MB)",
                     round(statistics.median(v["bytes"] for v in visits) / 1e6, 2), FIRST_VISIT_MB))
        rows.append(("first control, median lesson (s)",
                     statistics.median(v["first_control_s"] for v in visits), FIRST_CONTROL_S))
    # A score below its floor counts as over budget: the row shows floor minus score (0 = on the floor).
    for page, presets in results.get("lighthouse", {}).items():
        for preset, scores in presets.items():
            worst = min(scores, key=lambda k: scores[k] - LIGHTHOUSE_MIN[k])
            rows.append((f"lighthouse {preset} {page} {worst} shortfall", LIGHTHOUSE_MIN[worst] - scores[worst], 0))
    if "make_test_s" in results:
        rows.append(("make test (s)", results["make_test_s"], MAKE_TEST_S))
    return rows


def table(rows: list[tuple[str, float, float]]) -> tuple[str, int]:
    """The printed figure / measured / budget / verdict table, and the exit code (1 if any budget is missed)."""
    width = max(len(r[0]) for r in rows)
    lines = [f"{'figure':<{width}}  {'measured':>9}  {'budget':>9}  verdict"]
    lines += [f"{figure:<{width}}  {value:>9.1f}  {budget:>9.1f}  {'ok' if value <= budget else 'OVER'}"
              for figure, value, budget in rows]
    return "\n".join(lines), 0 if all(value <= budget for _, value, budget in rows) else 1


def site_table(results: dict) -> str:
    """One line per lesson page: first-visit bytes, first control, Lighthouse per preset
    (performance / accessibility / best practices / SEO)."""
    lines = [f"machine load average at start: {results.get('load_average_at_start', 0):.2f} (2 cores)",
             f"{'page':<52} {'MB':>5} {'control s':>9}  lighthouse mobile | desktop (perf/a11y/bp/seo)"]
    for page, visit in results["first_visit"].items():
        scores = results.get("lighthouse", {}).get(page, {})
        cells = " | ".join("/".join(str(v) for v in scores[p].values()) for p in ("mobile", "desktop") if p in scores)
        lines.append(f"{page:<52} {visit['bytes'] / 1e6:>5.2f} {visit['first_control_s']:>9.2f}  {cells}")
    return "\n".join(lines)


def main(argv: list[str]) -> int:
    if "--site-only" in argv:
        # Timings on a busy machine are slower than a reader's: the load is recorded beside them.
        results = {"load_average_at_start": os.getloadavg()[0]}
        results |= {"first_visit": first_visits(SITE), "lighthouse": lighthouse(SITE)}
        (ROOT / "bench-site-results.json").write_text(json.dumps(results, indent=1) + "\n")
        print(site_table(results))
        printed, code = table(verdicts(results))
        print(printed)
        print("written to bench-site-results.json")
        return code
    results = measure(with_test="--no-test" not in argv)
    (ROOT / "bench-results.json", "bench-site-results.json").write_text(json.dumps(results, indent=1) + "\n")
    execution = results["notebook_execution_s"]
    lessons = [s for p, s in results["page_bytes"].items() if is_lesson_page(p)]
    print(f"warm build {results['warm_build_s']} s; one-notebook edit {results['one_notebook_edit_build_s']} s; "
          f"notebook execution {sum(execution.values()):.1f} s "
          f"({', '.join(f'{Path(k).parent.name}/{Path(k).stem} {v}' for k, v in execution.items())}); "
          f"median lesson page {statistics.median(lessons) / 1024:.0f} kB")
    for page, presets in results.get("lighthouse", {}).items():
        print(f"lighthouse {page}: " + "; ".join(f"{preset} " + ", ".join(f"{k} {v}" for k, v in s.items())
                                                   for preset, s in presets.items()))
    printed, code = table(verdicts(results))
    print(printed)
    print("written to bench-results.json")
    return code


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
