"""Property-based tests (hypothesis) for the chapter models: invariants on valid input, one clear
error type naming the parameter on invalid input."""
from __future__ import annotations

import math

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from widgets import coalitions, nanguo
from widgets import innovation_survival as surv
from widgets.errors import ModelInputError

SETTINGS = settings(max_examples=50, deadline=None, suppress_health_check=[HealthCheck.too_slow])
share = st.floats(min_value=0, max_value=1)
bad = st.one_of(st.just(math.nan), st.just(math.inf), st.just(-math.inf), st.text(max_size=4), st.none(),
                st.booleans(), st.floats(min_value=1.0001, max_value=1e300),
                st.floats(max_value=-1e-6, min_value=-1e300))


def raises_naming(function, parameter, *args, **kwargs):
    try:
        function(*args, **kwargs)
    except ModelInputError as err:
        assert err.parameter == parameter, (err.parameter, parameter)
    else:
        raise AssertionError(f"{parameter}: accepted {args} {kwargs}")


# --- chapter 3: survival ----------------------------------------------------------------

@SETTINGS
@given(st.integers(1, 12), share, share, st.integers(1, 5), st.integers(1, 40))
def test_survival_is_a_non_increasing_probability(tenure, drop, inst, champions, horizon):
    curve = surv.survival(tenure, drop, inst, champions, horizon)
    running = curve["running"].tolist()
    assert running[0] == 1.0 and len(running) == horizon + 1
    assert all(0 <= r <= 1 for r in running)
    assert all(b <= a + 1e-12 for a, b in zip(running, running[1:]))
    assert 0 <= surv.long_run_share(tenure, drop, inst, champions) <= 1 + 1e-12


@SETTINGS
@given(st.integers(1, 12), st.integers(1, 40), share, share)
def test_more_dropping_never_helps(tenure, horizon, low, high):
    low, high = sorted((low, high))
    a = surv.survival(tenure, low, 0.1, 1, horizon)["running"]
    b = surv.survival(tenure, high, 0.1, 1, horizon)["running"]
    assert (b <= a + 1e-12).all()


@SETTINGS
@given(bad)
def test_survival_rejects_bad_drop(value):
    raises_naming(surv.survival, "drop", 4, value)


@SETTINGS
@given(st.one_of(st.just(math.nan), st.just(math.inf), st.text(max_size=3), st.none(), st.booleans(),
                 st.integers(-5, 0), st.floats(min_value=1.5, max_value=1.6), st.integers(101, 10**6)))
def test_survival_rejects_bad_tenure(value):
    raises_naming(surv.survival, "tenure", value)


# --- chapter 4: insurance pool ----------------------------------------------------------

@SETTINGS
@given(st.floats(0, 100), share)
def test_pool_coverage_is_a_share_and_accounts_add_up(rate, migrants):
    result = nanguo.pool_model(rate, migrants)
    assert 0 <= result["coverage"] <= 1
    assert math.isclose(result["balance"], result["contributions"] - result["claims"], abs_tol=1e-9)


@SETTINGS
@given(st.floats(0, 100), st.floats(0, 100), share, share)
def test_pool_balance_rises_with_the_rate_when_enrolment_is_fixed(r1, r2, migrants, enrolment):
    low, high = sorted((r1, r2))
    a = nanguo.pool_model(low, migrants, migrant_enrolment=enrolment)["balance"]
    b = nanguo.pool_model(high, migrants, migrant_enrolment=enrolment)["balance"]
    assert b >= a - 1e-9


@SETTINGS
@given(st.one_of(bad.filter(lambda v: not (isinstance(v, float) and 1 < v <= 100)), st.floats(100.001, 1e9)))
def test_pool_rejects_bad_rates(value):
    raises_naming(nanguo.pool_model, "contribution_rate", value, 0.7)


@SETTINGS
@given(bad)
def test_pool_rejects_bad_migrant_share(value):
    raises_naming(nanguo.pool_model, "migrant_share", 2.0, value)


# --- chapter 5: the regression calculator ------------------------------------------------

@SETTINGS
@given(st.floats(0.001, 0.999), st.floats(-1, 1), st.sampled_from(sorted(coalitions.PREDICTORS)))
def test_implied_share_stays_in_0_1_and_follows_the_sign(baseline, change, predictor):
    result = coalitions.implied_share(baseline, predictor, 1, change)
    assert 0 < result["share"] < 1
    direction = math.copysign(1, result["coefficient"]) * change
    if direction > 0:
        assert result["share"] >= baseline - 1e-12  # log-odds round trip: float error only
    elif direction < 0:
        assert result["share"] <= baseline + 1e-12
    else:
        assert result["share"] == baseline


@SETTINGS
@given(st.one_of(bad, st.just(0.0), st.just(1.0)))
def test_implied_share_rejects_bad_baselines(value):
    raises_naming(coalitions.implied_share, "baseline", value, "export share", 1, 0.1)


@SETTINGS
@given(st.one_of(bad.filter(lambda v: not (isinstance(v, float) and -1 <= v <= 1)), st.floats(1.001, 1e9)))
def test_implied_share_rejects_bad_changes(value):
    raises_naming(coalitions.implied_share, "change", 0.02, "export share", 1, value)
