import math

import pytest
from hypothesis import given, strategies as st
from strategies import SETTINGS, finite, invalid_number

from widgets import validate
from widgets.errors import ModelInputError


@pytest.mark.parametrize("bad", [math.nan, math.inf, -math.inf, "3", None, True, [1], 1 + 2j])
def test_number_rejects_non_finite_and_non_numbers(bad):
    with pytest.raises(ModelInputError) as err:
        validate.number("rate", bad, low=0, high=1)
    assert err.value.parameter == "rate"
    assert "rate" in str(err.value) and "between 0 and 1" in str(err.value)


@pytest.mark.parametrize("bad", [-0.01, 1.01, 1e300])
def test_number_rejects_out_of_range(bad):
    with pytest.raises(ModelInputError, match="rate must be a finite number between 0 and 1"):
        validate.number("rate", bad, low=0, high=1)


def test_number_accepts_bounds_and_integers():
    assert validate.number("rate", 0, low=0, high=1) == 0.0
    assert validate.number("rate", 1, low=0, high=1) == 1.0
    assert validate.number("years", 4.0, low=1, integer=True) == 4
    with pytest.raises(ModelInputError, match="whole number"):
        validate.number("years", 2.5, low=1, integer=True)


def test_open_lower_bound():
    with pytest.raises(ModelInputError, match="greater than 0"):
        validate.number("tenure", 0, low=0, low_open=True)


def test_choice_and_non_empty():
    assert validate.choice("mode", "a", ["a", "b"]) == "a"
    with pytest.raises(ModelInputError, match="one of 'a', 'b'"):
        validate.choice("mode", "c", ["a", "b"])
    with pytest.raises(ModelInputError, match="non-empty"):
        validate.non_empty("cities", [])
    with pytest.raises(ModelInputError, match="non-empty"):
        validate.non_empty("cities", 5)


# --- properties: invariants on any valid input, one clear error on any invalid input

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
