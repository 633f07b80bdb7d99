"""The two-logics simulation: bad inputs, determinism, bounds and the limiting cases of each logic.

Expected values are derived by hand from the model's rules (see the module docstring), not
copied from its output.
"""
import math

import ipywidgets as w
import pandas as pd
import pytest
from hypothesis import given, settings, strategies as st

from widgets import innovation_logics as il
from widgets.errors import ModelInputError

SMALL = dict(n_localities=30, rounds=25)


# --- bad inputs -------------------------------------------------------------------------------

@pytest.mark.parametrize("parameter, bad", [
    ("n_localities", 0), ("n_localities", -5), ("n_localities", 2.5), ("n_localities", math.nan),
    ("n_localities", math.inf), ("n_localities", "100"), ("n_localities", True), ("n_localities", 1001),
    ("rounds", 0), ("rounds", -1), ("rounds", 201), ("rounds", 3.5), ("rounds", None),
    ("pressure", -0.1), ("pressure", 1.1), ("pressure", math.nan), ("pressure", -math.inf), ("pressure", "0.5"),
    ("learning", 2), ("learning", math.inf), ("learning", [0.3]),
    ("rotation", -0.01), ("rotation", math.nan),
    ("institutionalisation", 1.5), ("adaptation", -1),
    ("codification_threshold", 0), ("codification_threshold", -0.2), ("codification_threshold", 1.01),
    ("codification_threshold", math.nan),
    ("n_pilots", -1), ("n_pilots", 101), ("n_pilots", 1.5),
    ("trial_period", 0), ("trial_period", math.inf),
    ("pilot_success", 1.5), ("pilot_success", math.nan), ("pilot_success", "1"),
    ("model_fit", -0.1), ("model_fit", math.inf), ("model_fit", None),
])
@pytest.mark.parametrize("logic", il.LOGICS)
def test_bad_parameters_raise_one_clear_error_naming_the_parameter(logic, parameter, bad):
    with pytest.raises(ModelInputError) as err:
        il.simulate(logic, **{parameter: bad})
    assert err.value.parameter == parameter
    assert parameter in str(err.value) and "must be" in str(err.value)


def test_pilots_cannot_exceed_localities():
    with pytest.raises(ModelInputError, match="n_pilots .* between 0 and 10"):
        il.simulate("hierarchy", n_localities=10, n_pilots=11)


@pytest.mark.parametrize("kwargs, parameter", [
    (dict(logic="markets"), "logic"), (dict(logic=""), "logic"), (dict(logic=None), "logic"),
    (dict(logic="embedded", runs=0), "runs"), (dict(logic="embedded", runs=2.5), "runs"),
    (dict(logic="embedded", runs=501), "runs"), (dict(logic="embedded", seed=-1), "seed"),
    (dict(logic="embedded", seed=1.5), "seed"), (dict(logic="embedded", seed="x"), "seed"),
    (dict(logic="embedded", temperature=3), "temperature"),
])
def test_bad_run_arguments(kwargs, parameter):
    logic = kwargs.pop("logic")
    with pytest.raises(ModelInputError) as err:
        il.simulate(logic, **kwargs)
    assert err.value.parameter == parameter


@pytest.mark.parametrize("bad", [{}, {"markets": pd.DataFrame()}, "results", None, []])
def test_render_rejects_empty_or_foreign_results(bad):
    with pytest.raises(ModelInputError, match="results"):
        il.render(bad)


# --- determinism ---------------------------------------------------------------------------------

@pytest.mark.parametrize("logic", il.LOGICS)
def test_same_seed_gives_identical_output(logic):
    a = il.simulate(logic, runs=3, seed=7, **SMALL)
    b = il.simulate(logic, runs=3, seed=7, **SMALL)
    pd.testing.assert_frame_equal(a, b)


def test_default_seed_is_the_course_seed():
    pd.testing.assert_frame_equal(il.simulate("embedded", **SMALL), il.simulate("embedded", seed=2015, **SMALL))


def test_different_seeds_may_differ():
    a = il.simulate("embedded", seed=1, **SMALL)
    b = il.simulate("embedded", seed=2, **SMALL)
    assert not a.equals(b)


# --- bounds -----------------------------------------------------------------------------------------

GRID = [dict(), dict(pressure=1.0), dict(pressure=0.4, learning=0.9, rotation=0.3),
        dict(codification_threshold=0.05, learning=0.8), dict(rotation=1.0, institutionalisation=0.0),
        dict(n_pilots=30, trial_period=1)]


@pytest.mark.parametrize("params", GRID)
@pytest.mark.parametrize("logic", il.LOGICS)
def test_shares_stay_in_the_unit_interval_and_counts_in_range(logic, params):
    for runs in (1, 4):
        frame = il.simulate(logic, runs=runs, **SMALL, **params)
        assert list(frame.index) == list(range(1, SMALL["rounds"] + 1))
        for share in ("share_discontinued", "centre_acted"):
            assert frame[share].between(0, 1).all(), share
        assert (frame["adopters"] >= 0).all()
        assert (frame["adopters"] <= SMALL["n_localities"]).all()
        assert (frame["variants"] <= frame["adopters"]).all()
        assert (frame["discontinued_by_rotation"] <= frame["started"]).all()


def test_share_discontinued_is_discontinued_over_started():
    frame = il.simulate("embedded", **SMALL)
    started = frame["started"]
    expected = (frame["discontinued_by_rotation"] / started).where(started > 0, 0.0)
    pd.testing.assert_series_equal(frame["share_discontinued"], expected, check_names=False)


# --- limiting cases ----------------------------------------------------------------------------------

def test_no_learning_nothing_spreads_locally():
    for seed in range(5):
        frame = il.simulate("embedded", learning=0.0, pressure=0.3, codification_threshold=0.01, seed=seed, **SMALL)
        assert (frame["learned_tries"] == 0).all()
        assert (frame["adopters"] <= frame["independent_tries"]).all()
        # every practice stays in its place of origin, so none reaches two localities and is codified
        assert (frame["centre_acted"] == 0).all()
        assert (frame["variants"] == frame["adopters"]).all()


def test_no_rotation_nothing_is_discontinued():
    for logic in il.LOGICS:
        frame = il.simulate(logic, rotation=0.0, pressure=0.5, runs=3, **SMALL)
        assert (frame["discontinued_by_rotation"] == 0).all()
        assert (frame["share_discontinued"] == 0).all()


def test_hierarchy_with_zero_pilots_adopts_nothing():
    frame = il.simulate("hierarchy", n_pilots=0, pressure=1.0, learning=1.0, **SMALL)
    assert (frame["adopters"] == 0).all() and (frame["variants"] == 0).all()
    assert (frame["centre_acted"] == 0).all()


def test_hierarchy_pilots_then_nationwide_rollout_by_hand():
    # 5 pilots with their own variants for the 5-round trial; from round 6 one model everywhere.
    frame = il.simulate("hierarchy", n_localities=100, rounds=8, n_pilots=5, trial_period=5)
    assert frame["adopters"].tolist() == [5, 5, 5, 5, 5, 100, 100, 100]
    assert frame["variants"].tolist() == [5, 5, 5, 5, 5, 1, 1, 1]
    assert frame["started"].tolist() == [5] * 8
    assert frame["centre_acted"].tolist() == [0, 0, 0, 0, 0, 1, 1, 1]
    # pilots are protected by the centre: rotation ends none of them
    assert (il.simulate("hierarchy", rotation=1.0, **SMALL)["discontinued_by_rotation"] == 0).all()


def test_embedded_no_pressure_means_no_innovation():
    frame = il.simulate("embedded", pressure=0.0, learning=1.0, **SMALL)
    assert (frame["adopters"] == 0).all() and (frame["started"] == 0).all()


def test_embedded_full_pressure_first_round_everyone_tries_alone():
    # Round 1: nobody has a practice to visit, so all 30 localities try their own idea.
    frame = il.simulate("embedded", pressure=1.0, learning=1.0, rotation=0.0, **SMALL)
    first = frame.loc[1]
    assert first["adopters"] == 30 and first["variants"] == 30 and first["independent_tries"] == 30
    assert first["learned_tries"] == 0 and first["centre_acted"] == 0
    # With no rotation nobody ever lacks a practice again, so nothing more is tried.
    assert (frame["started"] == 30).all()


def test_full_rotation_without_institutionalisation_drops_every_practice_each_round():
    # Every practice from round 1 (30) is dropped in round 2, when all 30 try again.
    frame = il.simulate("embedded", pressure=1.0, learning=0.0, rotation=1.0, institutionalisation=0.0, **SMALL)
    assert frame.loc[2, "discontinued_by_rotation"] == 30
    assert frame.loc[2, "started"] == 60
    assert frame.loc[2, "share_discontinued"] == pytest.approx(0.5)


def test_codification_puts_one_model_everywhere():
    frame = il.simulate("embedded", learning=1.0, adaptation=0.0, codification_threshold=0.1, pressure=0.3,
                        rotation=0.0, **SMALL)
    codified = frame[frame["centre_acted"] == 1]
    assert not codified.empty
    assert (codified["adopters"] == 30).all() and (codified["variants"] == 1).all()


@pytest.mark.parametrize("threshold, n, need", [(0.1, 100, 10), (0.25, 10, 3), (0.001, 100, 2), (1.0, 40, 40),
                                                 (0.15, 20, 3)])
def test_codification_needs_the_threshold_share_and_at_least_two(threshold, n, need):
    s = il.settings(codification_threshold=threshold, n_localities=n)
    assert il.codification_need(s) == need


def test_unchanged_defaults_are_the_documented_ones():
    s = il.settings()
    assert (s.n_localities, s.rounds, s.pressure, s.learning, s.rotation, s.codification_threshold) == \
        (100, 40, 0.10, 0.50, 0.10, 0.10)
    assert (s.n_pilots, s.trial_period, s.institutionalisation, s.adaptation) == (5, 5, 0.05, 0.75)
    assert (s.pilot_success, s.model_fit) == (1.0, 1.0)  # the hierarchy's failure modes are off by default


# --- the hierarchy logic can fail: which logic "wins" is set by stated assumptions ----------------------

def test_hierarchy_whose_pilots_never_work_never_rolls_out_by_hand():
    # 5 pilots per trial of 5 rounds, none works: fresh pilots in rounds 1, 6, 11, 16 and 21 (25 in all by
    # round 25); never more than the 5 current pilots use a practice and the centre never acts.
    frame = il.simulate("hierarchy", pilot_success=0.0, n_pilots=5, trial_period=5, **SMALL)
    assert (frame["adopters"] == 5).all() and (frame["centre_acted"] == 0).all()
    assert frame["started"].tolist() == [5] * 5 + [10] * 5 + [15] * 5 + [20] * 5 + [25] * 5


def test_model_fit_sets_the_expected_share_of_localities_the_national_model_suits():
    # After roll-out each locality is suited with probability model_fit: on average model_fit x n localities.
    frame = il.simulate("hierarchy", model_fit=0.6, n_localities=100, rounds=8, runs=200)
    assert frame.loc[8, "adopters"] == pytest.approx(60, abs=2)   # s.e. of the mean about 0.35
    assert (frame.loc[6:, "centre_acted"] == 1).all()
    assert il.simulate("hierarchy", model_fit=0.0, **SMALL)["adopters"].iloc[-1] == 0


def test_unlikely_pilots_delay_but_do_not_prevent_roll_out():
    # With 5 pilots each working with chance 0.2, a trial succeeds with chance 1 - 0.8**5 = 0.67; over
    # 100 runs the share rolled out after the first trial (round 6) should be near that.
    frame = il.simulate("hierarchy", pilot_success=0.2, runs=100)
    assert frame.loc[6, "centre_acted"] == pytest.approx(1 - 0.8 ** 5, abs=0.15)
    assert frame.loc[6, "centre_acted"] < frame.loc[40, "centre_acted"]


@settings(max_examples=15, deadline=None)
@given(pressure=st.floats(0, 1), learning=st.floats(0, 1), rotation=st.floats(0, 1), seed=st.integers(0, 50))
def test_hierarchy_wins_or_ties_when_its_model_suits_everywhere(pressure, learning, rotation, seed):
    # Stated settings: every pilot works and the national model suits every locality (the defaults). Then,
    # after the trial, the hierarchy has all n localities using a practice and none discontinued; the
    # embedded logic can at best tie on adoption and on the share discontinued.
    params = dict(pressure=pressure, learning=learning, rotation=rotation, **SMALL)
    result = il.compare(seed=seed, **params)
    last = {logic: frame.iloc[-1] for logic, frame in result.items()}
    assert last["hierarchy"]["adopters"] == SMALL["n_localities"] >= last["embedded"]["adopters"]
    assert last["hierarchy"]["share_discontinued"] == 0 <= last["embedded"]["share_discontinued"]


@settings(max_examples=15, deadline=None)
@given(pressure=st.floats(0.05, 1), seed=st.integers(0, 50))
def test_embedded_wins_or_ties_when_the_national_model_suits_nowhere(pressure, seed):
    # Stated settings: the rolled-out model suits no locality (model_fit = 0). The hierarchy then ends with
    # no locality using a practice; the embedded logic cannot do worse.
    result = il.compare(seed=seed, pressure=pressure, model_fit=0.0, **SMALL)
    assert result["hierarchy"]["adopters"].iloc[-1] == 0 <= result["embedded"]["adopters"].iloc[-1]


def test_which_logic_adopts_more_turns_on_the_assumed_fit():
    # Default embedded run (100 runs, course seed): between the fits 0.6 and 1.0 the lead changes sides.
    embedded = il.simulate("embedded", runs=100)["adopters"].iloc[-1]
    low = il.simulate("hierarchy", runs=100, model_fit=0.6)["adopters"].iloc[-1]
    full = il.simulate("hierarchy", runs=100, model_fit=1.0)["adopters"].iloc[-1]
    assert low < embedded < full == 100


# --- rendering and the view -------------------------------------------------------------------------

def test_reference_is_the_sources_one_third():
    value, text = il.reference_discontinued()
    assert value == pytest.approx(1 / 3) and text == "around one third"


def test_render_shows_both_logics_and_the_labelled_reference():
    page = il.render(il.compare(**SMALL), n_localities=30)
    for needle in ["Experimentation under hierarchy", "Embedded innovation", "Adoption",
                   "Distinct variants in circulation", "Share of local innovations discontinued",
                   "around one third", "not a calibration target", "Chen and Huang 2010", "§3.4"]:
        assert needle in page, needle
    assert page.count("<svg") >= 3


def test_render_table_shows_the_last_round_values():
    results = il.compare(n_localities=100, rounds=8, n_pilots=5, trial_period=5)
    table = il.summary(results)
    assert table.loc["Experimentation under hierarchy"].tolist()[:3] == [100, 1, 0]
    page = il.render(results)
    assert "100.00" in page and "1.00" in page


def test_render_escapes_text(monkeypatch):
    monkeypatch.setattr(il, "reference_discontinued", lambda: (0.5, "<b>half</b>"))
    page = il.render(il.compare(**SMALL))
    assert "<b>half</b>" not in page and "&lt;b&gt;half&lt;/b&gt;" in page


def test_render_step_and_its_validation():
    results = il.compare(**SMALL)
    assert il.render(results, step=5).count("<polyline") == 6
    with pytest.raises(ModelInputError, match="step"):
        il.render(results, step=0)
    with pytest.raises(ModelInputError, match="step"):
        il.render(results, step=26)


def test_explorer_one_view_per_value_and_starts_at_the_defaults():
    choice = il.explorer(runs=5)
    assert isinstance(choice.control, w.Dropdown)
    assert len(choice.stack.children) == len(il.MECHANISMS) == 6
    total = 0
    assert list(choice.control.options) == [il.option_label(m) for m in il.MECHANISMS]
    assert choice.control.options[0] == "Pressure to implement (yali) — changes embedded innovation only"
    assert choice.control.options[-2] == "Number of pilots (shidian) — changes experimentation under hierarchy only"
    assert choice.control.options[-1] == "Fit of the national model — changes experimentation under hierarchy only"
    for mechanism, box in zip(il.MECHANISMS, choice.stack.children):
        slider, stack = box.children[0], box.children[1]
        assert isinstance(slider, w.SelectionSlider) and len(stack.children) == len(mechanism.values)
        assert mechanism.values[slider.index] == getattr(il.DEFAULTS, mechanism.parameter)
        views = [v.value for v in stack.children]
        assert len(set(views)) >= 3, mechanism.parameter  # moving the slider changes what is shown
        i = slider.index
        assert all(views[j] != views[i] for j in (i - 1, i + 1) if 0 <= j < len(views)), mechanism.parameter
        total += sum(len(v) for v in views)
    assert total < 300_000  # the page's embedded state stays small


@pytest.mark.parametrize("bad", [0, -3, 2.5, math.nan, "many"])
def test_explorer_rejects_bad_runs(bad):
    with pytest.raises(ModelInputError) as err:
        il.explorer(runs=bad)
    assert err.value.parameter == "runs"
