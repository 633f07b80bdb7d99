"""The chapter 3 survival model: bad inputs, invariants, and hand-worked values.

Expected numbers are worked out by hand from the model's rules (see the module docstring):
each year a running, not-yet-institutionalised innovation is institutionalised with
p = 1 − (1 − institutionalise) ** champions; every ``tenure``-th year a successor drops a
running, not-yet-institutionalised one with probability ``drop``.
"""
import math

import pandas as pd
import pytest
from hypothesis import given, strategies as st
from strategies import SETTINGS, bad_share as bad, raises_naming, share

from widgets import innovation_survival as m
from widgets.errors import ModelInputError

# --- bad inputs -------------------------------------------------------------------------

@pytest.mark.parametrize("parameter, bad", [
    ("tenure", 0), ("tenure", -3), ("tenure", 2.5), ("tenure", math.nan), ("tenure", math.inf),
    ("tenure", "3"), ("tenure", None), ("tenure", True), ("tenure", 101),
    ("drop", -0.1), ("drop", 1.1), ("drop", math.nan), ("drop", -math.inf), ("drop", "half"), ("drop", [0.5]),
    ("institutionalise", -0.01), ("institutionalise", 2), ("institutionalise", math.nan),
    ("institutionalise", math.inf), ("institutionalise", None),
    ("champions", 0), ("champions", 1.5), ("champions", 11), ("champions", "two"), ("champions", math.nan),
    ("horizon", 0), ("horizon", -1), ("horizon", 20.5), ("horizon", math.inf), ("horizon", 101), ("horizon", ""),
])
def test_bad_inputs_raise_one_error_naming_the_parameter(parameter, bad):
    with pytest.raises(ModelInputError) as err:
        m.survival(**{parameter: bad})
    assert err.value.parameter == parameter
    assert parameter in str(err.value) and "must be" in str(err.value)


@pytest.mark.parametrize("function", [m.summary, m.render])
def test_summary_and_render_refuse_bad_input_too(function):
    with pytest.raises(ModelInputError, match="drop"):
        function(drop=1.5)


def test_long_run_share_refuses_bad_input():
    with pytest.raises(ModelInputError, match="tenure"):
        m.long_run_share(tenure=0)


@pytest.mark.parametrize("bad", [None, "curve", pd.DataFrame(), pd.DataFrame({"x": [1.0]})])
def test_median_lifetime_refuses_a_non_curve(bad):
    with pytest.raises(ModelInputError, match="curve"):
        m.median_lifetime(bad)


def test_render_refuses_a_bad_reference():
    with pytest.raises(ModelInputError, match="reference"):
        m.render(reference=1.5)


@pytest.mark.parametrize("bad", [None, pd.DataFrame({"a": [1]})])
def test_timeline_refuses_a_wrong_table(bad):
    with pytest.raises(ModelInputError, match="events"):
        m.dated_events(bad)
    with pytest.raises(ModelInputError, match="dated"):
        m.timeline_figure(bad)


def _events(rows):
    columns = ["start_year", "end_year", "date_text", "date_precision", "date_status", "event", "source", "locator"]
    frame = pd.DataFrame(rows, columns=columns)
    frame[["start_year", "end_year"]] = frame[["start_year", "end_year"]].astype("Int64")
    return frame


def test_dated_events_drops_undated_adds_year_findings_and_sorts():
    events = _events([(2012, 2012, "in 2012", "exact year", "stated", "B", "almen_2013", "para. 2"),
                      (None, None, "now", "undated", "not_given", "C", "almen_2013", "para. 2")])
    findings = pd.DataFrame({"unit": ["year", "percent"], "value": [2000.0, 40.0], "value_text": ["2000", "40"],
                             "category": ["A set up", "not an event"], "source": ["husain_2015"] * 2,
                             "locator": ["§2", "§3.5"]})
    table = m.dated_events(events, findings)
    assert table["start_year"].tolist() == [2000, 2012]
    assert table["label"].tolist() == ["A set up. (Husain 2015, §2)", "B (Almén 2013, para. 2)"]
    with pytest.raises(ModelInputError, match="findings"):
        m.dated_events(events, pd.DataFrame({"x": [1]}))
    with pytest.raises(ModelInputError, match="no dated rows"):
        m.dated_events(events.iloc[1:])


def test_timeline_draws_part_of_a_decade_as_a_bar_over_just_those_years():
    events = _events([(1997, 1999, "in the late 1990's", "part_of_decade", "stated", "Forums", "almen_2013", "para. 2"),
                      (2012, 2012, "in 2012", "exact year", "stated", "Congress", "almen_2013", "para. 2")])
    fig = m.timeline_figure(m.dated_events(events))
    bars = [patch for patch in fig.axes[0].patches if patch.get_width() > 0]
    assert [(bar.get_x(), bar.get_width()) for bar in bars] == [(1997, 2)]
    texts = [t.get_text().replace("\n", " ") for t in fig.axes[0].texts]  # words wrapped to the figure's width
    assert "“in the late 1990's”: approximate, no exact year given" in texts


# --- invariants -------------------------------------------------------------------------

GRID = [dict(tenure=t, drop=d, institutionalise=p, champions=c, horizon=h)
            for t in (1, 3, 7) for d in (0.0, 0.3, 1.0) for p in (0.0, 0.15, 1.0) for c in (1, 4) for h in (1, 20)]


@pytest.mark.parametrize("kw", GRID)
def test_curve_starts_at_one_stays_in_unit_interval_and_never_rises(kw):
    curve = m.survival(**kw)
    running = curve["running"].tolist()
    assert list(curve.index) == list(range(kw["horizon"] + 1))
    assert running[0] == 1.0
    assert all(0.0 <= r <= 1.0 for r in running)
    assert all(later <= earlier for earlier, later in zip(running, running[1:]))
    assert (curve["institutionalised"] <= curve["running"] + 1e-12).all()
    assert (curve["institutionalised"] >= 0).all() and (curve["at_risk"] >= 0).all()


@pytest.mark.parametrize("tenure, drop", [(1, 1.0), (3, 0.5), (5, 0.9)])
def test_immediate_institutionalisation_means_rotation_cannot_end_it(tenure, drop):
    curve = m.survival(tenure=tenure, drop=drop, institutionalise=1.0, horizon=20)
    assert (curve["running"] == 1.0).all()
    assert m.median_lifetime(curve) is None
    assert m.long_run_share(tenure=tenure, drop=drop, institutionalise=1.0) == 1.0


@pytest.mark.parametrize("kw", [dict(tenure=21, drop=0.9, horizon=20),   # no successor within the horizon
                                dict(tenure=1, drop=0.0, horizon=20),    # successors keep everything
                                dict(tenure=3, drop=0.0, institutionalise=0.0, horizon=50)])
def test_no_rotation_losses_without_rotation(kw):
    curve = m.survival(**kw)
    assert (curve["running"] == 1.0).all()


def test_successors_arrive_every_tenure_years():
    curve = m.survival(tenure=4, horizon=12)
    assert list(curve.index[curve["new_leader"]]) == [4, 8, 12]


@pytest.mark.parametrize("tenure", [1, 2, 5])
@pytest.mark.parametrize("p", [0.0, 0.2])
def test_higher_drop_chance_never_raises_survival(tenure, p):
    drops = [0.0, 0.1, 0.25, 0.5, 0.75, 0.9, 1.0]
    curves = [m.survival(tenure=tenure, drop=d, institutionalise=p, horizon=15)["running"] for d in drops]
    for lower, higher in zip(curves, curves[1:]):
        assert (higher <= lower).all()


def test_more_champions_and_faster_institutionalisation_never_lower_survival():
    by_champions = [m.survival(champions=c)["running"] for c in (1, 2, 3)]
    by_rate = [m.survival(institutionalise=p)["running"] for p in (0.0, 0.1, 0.3)]
    for series in (by_champions, by_rate):
        for lower, higher in zip(series, series[1:]):
            assert (higher >= lower).all()


# --- hand-worked values -----------------------------------------------------------------

def test_tenure_one_drop_half_no_institutionalisation_halves_every_year():
    # Every year a successor arrives and drops half of what is left: 1, 1/2, 1/4, 1/8 …
    curve = m.survival(tenure=1, drop=0.5, institutionalise=0.0, horizon=5)
    assert curve["running"].tolist() == [1.0, 0.5, 0.25, 0.125, 0.0625, 0.03125]
    assert m.median_lifetime(curve) == 1          # half are gone after the first year
    assert m.long_run_share(tenure=1, drop=0.5, institutionalise=0.0) == 0.0


def test_two_year_terms_with_even_odds():
    # tenure 2, drop 0.5, p 0.5. Year 1: half institutionalised, running 1.
    # Year 2: at risk 1/4, successor drops 1/8 → 7/8, leaving 1/8 at risk. Year 3: at risk 1/16.
    # Year 4: at risk 1/32 before the successor, who drops 1/64 → 55/64; institutionalised 55/64 − 1/64 = 54/64.
    # Long run: q = (1/2)^2 = 1/4, share = (3/4) / (1 − 1/8) = 6/7.
    curve = m.survival(tenure=2, drop=0.5, institutionalise=0.5, horizon=4)
    assert curve["running"].tolist() == pytest.approx([1.0, 1.0, 0.875, 0.875, 55 / 64])
    assert curve["institutionalised"].tolist() == pytest.approx([0.0, 0.5, 0.75, 0.8125, 54 / 64])
    assert m.median_lifetime(curve) is None
    assert m.long_run_share(tenure=2, drop=0.5, institutionalise=0.5) == pytest.approx(6 / 7)


def test_champions_combine_as_independent_chances():
    # Two champions at 10 % each: 1 − 0.9² = 0.19.
    assert m.yearly_institutionalisation(0.1, 2) == pytest.approx(0.19)
    assert m.yearly_institutionalisation(0.1, 1) == pytest.approx(0.1)


def test_course_defaults_by_hand():
    # tenure 3, drop 0.5, p 0.1. Year 3: at risk 0.9³ = 0.729, half dropped → running 1 − 0.3645 = 0.6355.
    # Year 6: at risk 0.3645 · 0.9³ = 0.2657205, half dropped → 0.6355 − 0.13286025 = 0.50263975.
    # Year 9: at risk 0.13286025 · 0.729 = 0.096855122…, half dropped → 0.454112…  → median 9 years.
    curve = m.survival()
    assert curve.loc[3, "running"] == pytest.approx(0.6355)
    assert curve.loc[6, "running"] == pytest.approx(0.50263975)
    assert curve.loc[9, "running"] == pytest.approx(0.50263975 - 0.096855122 / 2)
    assert m.median_lifetime(curve) == 9
    # Long run: q = 0.729, share = 0.271 / (1 − 0.3645) = 0.426436…
    assert m.long_run_share() == pytest.approx(0.271 / 0.6355)


def test_median_beyond_the_horizon_is_none():
    assert m.summary(drop=0.1)["median_years"] is None


# --- rendering and the widget --------------------------------------------------------------

def test_render_contains_the_key_values_and_the_illustration_label():
    page = m.render(tenure=1, drop=0.5, institutionalise=0.0, horizon=5, reference=2 / 3)
    assert "Median lifetime: 1 years" in page
    assert "Still running after 5 years: 3%" in page
    assert "never ended by rotation" in page and "0%" in page
    assert "not a finding" in page
    assert "not a calibration target" in page
    assert "<svg" in page and "<script" not in page


def test_render_says_beyond_the_horizon():
    assert "beyond the horizon" in m.render(institutionalise=1.0)


def test_render_escapes_text():
    page = m.render(reference=2 / 3)
    assert "<p class=\"course-summary\">" in page
    assert "Running and institutionalised" in page and "&" not in page.replace("&amp;", "").replace("&#x27;", "") \
        .replace("&quot;", "").replace("&lt;", "").replace("&gt;", "")


def test_explorer_has_a_view_per_value_and_views_differ():
    widget = m.explorer(reference=2 / 3)
    assert len(widget.stack.children) == len(m.KNOBS)
    total = 0
    for knob, explorer_box in zip(m.KNOBS, widget.stack.children):
        slider, stack = explorer_box.children[0], explorer_box.children[1]
        views = [v.value for v in stack.children]
        assert len(views) == len(knob.values) and 5 <= len(views) <= 7
        assert all(a != b for a, b in zip(views, views[1:]))
        assert slider.index == knob.values.index(getattr(m.DEFAULTS, knob.name))
        total += len(views)
    assert total <= 60


def test_reference_line_comes_from_the_data_as_two_thirds():
    share, locator = m.reference_share()
    assert share == pytest.approx(2 / 3)       # "around one third" discontinued (Husain 2015, §3.4)
    assert "3.4" in locator


# --- properties: invariants on any valid input, one clear error on any invalid input

@SETTINGS
@given(st.integers(1, 12), share, share, st.integers(1, 5), st.integers(1, 40))
def test_survival_is_a_non_increasing_probability(tenure, drop, inst, champions, horizon):
    curve = m.survival(tenure, drop, inst, champions, horizon)
    running = curve["running"].tolist()
    assert running[0] == 1.0 and len(running) == horizon + 1
    assert all(0 <= r <= 1 for r in running)
    assert all(b <= a + 1e-12 for a, b in zip(running, running[1:]))
    assert 0 <= m.long_run_share(tenure, drop, inst, champions) <= 1 + 1e-12


@SETTINGS
@given(st.integers(1, 12), st.integers(1, 40), share, share)
def test_more_dropping_never_helps(tenure, horizon, low, high):
    low, high = sorted((low, high))
    a = m.survival(tenure, low, 0.1, 1, horizon)["running"]
    b = m.survival(tenure, high, 0.1, 1, horizon)["running"]
    assert (b <= a + 1e-12).all()


@SETTINGS
@given(bad)
def test_survival_rejects_bad_drop(value):
    raises_naming(m.survival, "drop", 4, value)


@SETTINGS
@given(st.one_of(st.just(math.nan), st.just(math.inf), st.text(max_size=3), st.none(), st.booleans(),
                 st.integers(-5, 0), st.floats(min_value=1.5, max_value=1.6), st.integers(101, 10**6)))
def test_survival_rejects_bad_tenure(value):
    raises_naming(m.survival, "tenure", value)
