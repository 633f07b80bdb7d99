"""Property-based tests (hypothesis) for the public model functions.

For arbitrary valid input the documented invariants hold; for arbitrary invalid input the one
error type, ModelInputError, is raised with a message naming the parameter — never another
exception, never a silent result.
"""
from __future__ import annotations

import math

import pandas as pd
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from widgets import cadre, quiz, validate
from widgets.errors import ModelInputError

finite = st.floats(min_value=-1e9, max_value=1e9, allow_nan=False, allow_infinity=False)
invalid_number = st.one_of(st.just(math.nan), st.just(math.inf), st.just(-math.inf), st.text(max_size=5),
                           st.none(), st.booleans(), st.lists(st.integers(), max_size=2),
                           st.floats(min_value=1e12, max_value=1e300), st.floats(max_value=-1e12, min_value=-1e300))
SETTINGS = settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])


@SETTINGS
@given(st.lists(finite, min_size=2, max_size=8), st.integers(min_value=1, max_value=4))
def test_cadre_scores_lie_in_60_100_and_keep_the_order(values, n_targets):
    frame = pd.DataFrame({f"T{j}": values for j in range(n_targets)}, index=[f"C{i}" for i in range(len(values))])
    scores = cadre.target_scores(frame)
    if len(set(values)) == 1:
        assert scores.isna().all().all()
        return
    assert scores.min().min() >= 60 - 1e-9 and scores.max().max() <= 100 + 1e-9
    ordered = sorted(range(len(values)), key=lambda i: values[i])
    column = scores["T0"].tolist()
    assert all(column[a] <= column[b] + 1e-9 for a, b in zip(ordered, ordered[1:]))
    result = cadre.evaluate(frame)
    assert set(result["Rank"]) <= set(range(1, len(values) + 1))


@SETTINGS
@given(st.lists(finite, min_size=2, max_size=6), st.integers(min_value=0, max_value=5), invalid_number)
def test_cadre_rejects_any_invalid_cell_naming_it(values, position, bad):
    frame = pd.DataFrame({"T": values}, index=[f"C{i}" for i in range(len(values))], dtype=object)
    row = position % len(values)
    frame.iloc[row, 0] = bad
    try:
        cadre.target_scores(frame)
    except ModelInputError as err:
        assert f"C{row}" in err.parameter
    else:  # huge finite numbers are valid input for the formula itself
        assert isinstance(bad, float) and math.isfinite(bad)


@SETTINGS
@given(invalid_number)
def test_with_value_rejects_invalid_values(bad):
    target = cadre.TARGETS[1]
    try:
        cadre.with_value("City A", target, bad)
    except ModelInputError as err:
        assert target.short in err.parameter and "between" in str(err)
    else:
        raise AssertionError(f"{bad!r} accepted")


@SETTINGS
@given(st.floats(min_value=0, max_value=100))
def test_with_value_accepts_the_whole_allowed_range(value):
    changed = cadre.with_value("City A", cadre.TARGETS[1], value)
    assert changed.loc["City A", cadre.TARGETS[1].short] == value


@SETTINGS
@given(st.one_of(finite, invalid_number), finite, finite)
def test_validate_number_raises_only_model_input_error(value, a, b):
    low, high = min(a, b), max(a, b)
    try:
        out = validate.number("p", value, low=low, high=high)
    except ModelInputError as err:
        assert err.parameter == "p"
    else:
        assert low <= out <= high


@SETTINGS
@given(st.integers(min_value=2, max_value=6).flatmap(
    lambda n: st.tuples(st.just(n), st.integers(0, n - 1), st.one_of(st.integers(-5, 10), st.text(max_size=3)))))
def test_quiz_feedback_is_total_on_valid_choices_and_refuses_others(case):
    n, answer, choice = case
    question = quiz.Question("q", [f"o{i}" for i in range(n)], answer, "why")
    if isinstance(choice, int) and 0 <= choice < n:
        right, text = quiz.feedback(question, choice)
        assert right == (choice == answer) and "why" in text
    else:
        try:
            quiz.feedback(question, choice)
        except ModelInputError as err:
            assert err.parameter == "choice"
        else:
            raise AssertionError(f"choice {choice!r} accepted")
