"""`make bench` compares each timing with its budget and fails when one is missed."""
from tools import bench

RESULTS = {"cold_build_s": 100.0, "cold_build_en_s": 70.0, "notebook_execution_s": {"a.ipynb": 60.0, "b.ipynb": 10.0},
           "widget_latency_ms": {"ch1.html": {"median": 12.0, "p95": 20.0, "n": 20},
                                 "ch2.html": {"median": 30.0, "p95": 61.0, "n": 20}}}


def test_cold_build_budget_counts_kernel_start_per_notebook():
    figure, measured, budget = bench.verdicts(RESULTS)[0]
    assert figure.startswith("cold build") and measured == 100.0
    assert budget == 2 * (1.25 * (60 + 3 + 10 + 3) + 5)  # two editions, each executing every notebook


def test_both_editions_are_measured_against_the_english_alone():
    rows = {figure: (measured, budget) for figure, measured, budget in bench.verdicts(RESULTS)}
    assert rows["both editions / English alone (×)"] == (round(100 / 70, 2), bench.EDITIONS_BUILD_RATIO)
    slow = {**RESULTS, "cold_build_s": 120.0}
    assert bench.table(bench.verdicts(slow))[0].splitlines()[2].endswith("OVER")


def test_a_missed_budget_is_marked_and_fails_the_run():
    printed, code = bench.table(bench.verdicts(RESULTS))
    assert code == 1
    assert [line.split()[-1] for line in printed.splitlines()[1:]] == ["ok", "ok", "ok", "OVER"]


def test_all_budgets_met_passes():
    met = {**RESULTS, "widget_latency_ms": {"ch1.html": {"median": 12.0, "p95": 20.0, "n": 20}},
           "make_test_s": 500.0}
    printed, code = bench.table(bench.verdicts(met))
    assert code == 0 and "make test (s)" in printed


def test_first_visit_medians_and_lighthouse_floors_are_budgets():
    visits = {"first_visit": {"a.html": {"bytes": 1_000_000, "first_control_s": 0.5},
                              "b.html": {"bytes": 5_000_000, "first_control_s": 2.0},
                              "c.html": {"bytes": 2_000_000, "first_control_s": 0.9}},
              "lighthouse": {"a.html": {"mobile": {"performance": 85, "accessibility": 100,
                                                   "best-practices": 100, "seo": 100}}}}
    rows = {figure: (measured, budget) for figure, measured, budget in bench.verdicts(visits)}
    assert rows["first visit, median lesson (MB)"] == (2.0, bench.FIRST_VISIT_MB)
    assert rows["first control, median lesson (s)"] == (0.9, bench.FIRST_CONTROL_S)
    assert rows["lighthouse mobile a.html performance shortfall"] == (5, 0)
    assert bench.table(bench.verdicts(visits))[1] == 1
