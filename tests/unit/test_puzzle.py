"""The Table 9 scorer against the source's formula (Chen 2017: lowest city 60, highest 100)."""
import math

import pandas as pd
import pytest
from hypothesis import given, strategies as st
from strategies import SETTINGS, finite, invalid_number

from widgets import puzzle
from widgets.errors import ModelInputError


def frame(values, target="T"):
    return pd.DataFrame({target: values}, index=[f"C{i}" for i in range(len(values))])


def test_constants_are_the_sources():
    assert puzzle.formula_constants() == (60.0, 40.0)


def test_formula_end_points_and_middle():
    scores = puzzle.target_scores(frame([10, 30, 50]))["T"].tolist()
    assert scores == [60.0, 80.0, 100.0]


def test_formula_is_relative_to_the_compared_cities():
    # The same value scores differently when a rival moves ahead.
    before = puzzle.target_scores(frame([10, 30, 50]))["T"]["C1"]
    after = puzzle.target_scores(frame([10, 30, 90]))["T"]["C1"]
    assert before == 80.0 and after == pytest.approx(70.0)


def test_lower_is_better_reverses_the_scale():
    scores = puzzle.target_scores(frame([10, 30, 50]), lower_is_better=("T",))["T"].tolist()
    assert scores == [100.0, 80.0, 60.0]


def test_equal_values_are_left_unscored_and_named():
    values = pd.DataFrame({"same": [5, 5], "diff": [1, 2]}, index=["A", "B"])
    scores = puzzle.target_scores(values)
    assert scores["same"].isna().all()
    assert puzzle.unscored_targets(values) == ["same"]
    result = puzzle.evaluate(values)
    assert result["Mean score"].tolist() == [60.0, 100.0]  # mean of the scored target only


def test_evaluate_ranks_best_first_with_ties_sharing():
    values = pd.DataFrame({"x": [1, 3, 3]}, index=["A", "B", "C"])
    ranks = puzzle.evaluate(values)["Rank"].tolist()
    assert ranks == [3, 1, 1]


def test_illustrative_cities_scores_stay_within_60_and_100():
    result = puzzle.evaluate(puzzle.ILLUSTRATIVE_CITIES, puzzle.LOWER_IS_BETTER)
    scores = result.drop(columns=["Mean score", "Rank"])
    assert scores.min().min() == 60.0 and scores.max().max() == 100.0


@pytest.mark.parametrize("bad, parameter", [
    ("not a table", "values"),
    (pd.DataFrame(), "values"),
    (frame([1]), "values"),
    (pd.DataFrame({"T": [1, 2]}, index=["A", "A"]), "values"),
    (frame([1, math.nan]), "T for C1"),
    (frame([1, math.inf]), "T for C1"),
    (frame([1, "x"]), "T for C1"),
])
def test_bad_values_raise_one_clear_error(bad, parameter):
    with pytest.raises(ModelInputError) as err:
        puzzle.target_scores(bad)
    assert err.value.parameter == parameter


def test_unknown_lower_is_better_target():
    with pytest.raises(ModelInputError, match="lower_is_better"):
        puzzle.target_scores(frame([1, 2]), lower_is_better=("nope",))


def test_with_value_validates_against_the_target_range():
    percent = next(t for t in puzzle.TARGETS if t.unit == "%")
    with pytest.raises(ModelInputError, match="between 0 and 100"):
        puzzle.with_value("City A", percent, 120)
    with pytest.raises(ModelInputError, match="city"):
        puzzle.with_value("Atlantis", percent, 50)
    changed = puzzle.with_value("City A", percent, 50)
    assert changed.loc["City A", percent.short] == 50
    assert puzzle.ILLUSTRATIVE_CITIES.loc["City A", percent.short] != 50  # the base is not mutated


def test_render_shows_every_city_and_escapes_names():
    values = puzzle.ILLUSTRATIVE_CITIES.rename(index={"City D": "<b>D</b>"})
    page = puzzle.render(values)
    for city in ["City A", "City B", "City C", "&lt;b&gt;D&lt;/b&gt;"]:
        assert city in page
    assert "<b>D</b>" not in page


# --- properties: invariants on any valid input, one clear error on any invalid input

@SETTINGS
@given(st.lists(finite, min_size=2, max_size=8), st.integers(min_value=1, max_value=4))
def test_cadre_scores_lie_in_60_100_and_keep_the_order(values, n_targets):
    frame = pd.DataFrame({f"T{j}": values for j in range(n_targets)}, index=[f"C{i}" for i in range(len(values))])
    scores = puzzle.target_scores(frame)
    if len(set(values)) == 1:
        assert scores.isna().all().all()
        return
    assert scores.min().min() >= 60 - 1e-9 and scores.max().max() <= 100 + 1e-9
    ordered = sorted(range(len(values)), key=lambda i: values[i])
    column = scores["T0"].tolist()
    assert all(column[a] <= column[b] + 1e-9 for a, b in zip(ordered, ordered[1:]))
    result = puzzle.evaluate(frame)
    assert set(result["Rank"]) <= set(range(1, len(values) + 1))


@SETTINGS
@given(st.lists(finite, min_size=2, max_size=6), st.integers(min_value=0, max_value=5), invalid_number)
def test_cadre_rejects_any_invalid_cell_naming_it(values, position, bad):
    frame = pd.DataFrame({"T": values}, index=[f"C{i}" for i in range(len(values))], dtype=object)
    row = position % len(values)
    frame.iloc[row, 0] = bad
    try:
        puzzle.target_scores(frame)
    except ModelInputError as err:
        assert f"C{row}" in err.parameter
    else:  # huge finite numbers are valid input for the formula itself
        assert isinstance(bad, float) and math.isfinite(bad)


@SETTINGS
@given(invalid_number)
def test_with_value_rejects_invalid_values(bad):
    target = puzzle.TARGETS[1]
    try:
        puzzle.with_value("City A", target, bad)
    except ModelInputError as err:
        assert target.short in err.parameter and "between" in str(err)
    else:
        raise AssertionError(f"{bad!r} accepted")


@SETTINGS
@given(st.floats(min_value=0, max_value=100))
def test_with_value_accepts_the_whole_allowed_range(value):
    changed = puzzle.with_value("City A", puzzle.TARGETS[1], value)
    assert changed.loc["City A", puzzle.TARGETS[1].short] == value
