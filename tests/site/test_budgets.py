"""Performance budgets (issue: quality gates), enforced on every `make test`."""
from __future__ import annotations

import json
import statistics
from pathlib import Path

import pytest

from conftest import SITE, built_pages, widget_latency

ROOT = SITE.parents[1]
PAGE_MAX = 1.5 * 1024 * 1024
PAGE_MEDIAN_MAX = 400 * 1024
LATENCY_P95_MS = 50


def test_page_weight_budget():
    sizes = {p: (SITE / p).stat().st_size for p in built_pages()}
    too_big = {p: s for p, s in sizes.items() if s > PAGE_MAX}
    assert not too_big, f"pages over 1.5 MB: {too_big}"
    assert statistics.median(sizes.values()) <= PAGE_MEDIAN_MAX, f"median page {statistics.median(sizes.values())} B"


WIDGET_PAGES = [p for p in built_pages()
                if "application/vnd.jupyter.widget-view+json" in (SITE / p).read_text(encoding="utf-8")]


@pytest.mark.parametrize("path", WIDGET_PAGES)
def test_widget_response_budget(page, site_url, path):
    times = widget_latency(page, f"{site_url}/{path}", moves=10)
    if not times:
        pytest.skip(f"{path}: no slider visible at load (dropdown-only widgets are checked in test_widgets)")
    p95 = sorted(times)[int(0.95 * (len(times) - 1))]
    assert p95 <= LATENCY_P95_MS, f"{path}: p95 {p95:.1f} ms over {len(times)} key presses"


def test_cold_build_budget():
    """Build time ≤ 1.25 × the notebooks' own execution time + 5 s (Sphinx overhead stays small)."""
    from jupyter_cache import get_cache

    record = json.loads((ROOT / "_build" / "build-time.json").read_text())
    execution = sum(r.data.get("execution_seconds", 0.0)
                    for r in get_cache(ROOT / "_build" / ".jupyter_cache").list_cache_records())
    assert record["exit"] == 0
    assert record["seconds"] <= 1.25 * execution + 5, (
        f"build took {record['seconds']} s; notebooks executed in {execution:.1f} s")
