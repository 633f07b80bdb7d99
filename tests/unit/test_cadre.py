"""The Table 9 scorer against the source's formula (Chen 2017: lowest city 60, highest 100)."""
import math

import pandas as pd
import pytest

from widgets import cadre
from widgets.errors import ModelInputError


def frame(values, target="T"):
    return pd.DataFrame({target: values}, index=[f"C{i}" for i in range(len(values))])


def test_constants_are_the_sources():
    assert cadre.formula_constants() == (60.0, 40.0)


def test_formula_end_points_and_middle():
    scores = cadre.target_scores(frame([10, 30, 50]))["T"].tolist()
    assert scores == [60.0, 80.0, 100.0]


def test_formula_is_relative_to_the_compared_cities():
    # The same value scores differently when a rival moves ahead.
    before = cadre.target_scores(frame([10, 30, 50]))["T"]["C1"]
    after = cadre.target_scores(frame([10, 30, 90]))["T"]["C1"]
    assert before == 80.0 and after == pytest.approx(70.0)


def test_lower_is_better_reverses_the_scale():
    scores = cadre.target_scores(frame([10, 30, 50]), lower_is_better=("T",))["T"].tolist()
    assert scores == [100.0, 80.0, 60.0]


def test_equal_values_are_left_unscored_and_named():
    values = pd.DataFrame({"same": [5, 5], "diff": [1, 2]}, index=["A", "B"])
    scores = cadre.target_scores(values)
    assert scores["same"].isna().all()
    assert cadre.unscored_targets(values) == ["same"]
    result = cadre.evaluate(values)
    assert result["Mean score"].tolist() == [60.0, 100.0]  # mean of the scored target only


def test_evaluate_ranks_best_first_with_ties_sharing():
    values = pd.DataFrame({"x": [1, 3, 3]}, index=["A", "B", "C"])
    ranks = cadre.evaluate(values)["Rank"].tolist()
    assert ranks == [3, 1, 1]


def test_illustrative_cities_scores_stay_within_60_and_100():
    result = cadre.evaluate(cadre.ILLUSTRATIVE_CITIES, cadre.LOWER_IS_BETTER)
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
        cadre.target_scores(bad)
    assert err.value.parameter == parameter


def test_unknown_lower_is_better_target():
    with pytest.raises(ModelInputError, match="lower_is_better"):
        cadre.target_scores(frame([1, 2]), lower_is_better=("nope",))


def test_with_value_validates_against_the_target_range():
    percent = next(t for t in cadre.TARGETS if t.unit == "%")
    with pytest.raises(ModelInputError, match="between 0 and 100"):
        cadre.with_value("City A", percent, 120)
    with pytest.raises(ModelInputError, match="city"):
        cadre.with_value("Atlantis", percent, 50)
    changed = cadre.with_value("City A", percent, 50)
    assert changed.loc["City A", percent.short] == 50
    assert cadre.ILLUSTRATIVE_CITIES.loc["City A", percent.short] != 50  # the base is not mutated


def test_render_shows_every_city_and_escapes_names():
    values = cadre.ILLUSTRATIVE_CITIES.rename(index={"City D": "<b>D</b>"})
    page = cadre.render(values)
    for city in ["City A", "City B", "City C", "&lt;b&gt;D&lt;/b&gt;"]:
        assert city in page
    assert "<b>D</b>" not in page
