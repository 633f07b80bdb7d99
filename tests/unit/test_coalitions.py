"""Chapter 5 models (Chen 2017): the coalition typology, the Table 6 calculator, the large-firm cadre illustration.

Expected values are typed from the source text (Chen 2017, as extracted in ../shared/sources) or worked out by
hand from the formulas, never copied from the code's output.
"""
import math
import re

import pytest
from hypothesis import given, strategies as st
from strategies import SETTINGS, bad_share as bad, raises_naming

from widgets import coalitions, puzzle
from widgets.data import load
from widgets.errors import ModelInputError

CITIES = ["Suzhou", "Wuxi", "Ningbo", "Shenzhen"]


# ------------------------------------------------------------------ calculator: bad inputs

@pytest.mark.parametrize("bad", [0, 1, 0.0, 1.0, -0.1, 1.5, math.nan, math.inf, -math.inf, "0.02", None, True, [0.02]])
def test_baseline_outside_the_open_unit_interval_or_not_a_number_is_refused(bad):
    with pytest.raises(ModelInputError) as err:
        coalitions.implied_share(bad, "export share", 1, 0.1)
    assert err.value.parameter == "baseline"


@pytest.mark.parametrize("bad", [math.nan, math.inf, -math.inf, "0.1", None, 1.5, -1.01])
def test_change_must_be_a_finite_ratio_change(bad):
    with pytest.raises(ModelInputError) as err:
        coalitions.implied_share(0.02, "export share", 1, bad)
    assert err.value.parameter == "change"


@pytest.mark.parametrize("bad", ["fdi", "FIE exporter overlap", "", None, 1])
def test_unknown_predictor_is_refused(bad):
    with pytest.raises(ModelInputError) as err:
        coalitions.implied_share(0.02, bad, 1, 0.1)
    assert err.value.parameter == "predictor"


@pytest.mark.parametrize("predictor, bad", [("export share", 2), ("export share", 3), ("large-firm concentration", 3),
                                            ("export share", 7), ("export share", "1"), ("export share", 1.0),
                                            ("export share", True), ("export share", None)])
def test_model_without_the_predictor_or_not_a_model_is_refused(predictor, bad):
    with pytest.raises(ModelInputError) as err:
        coalitions.implied_share(0.02, predictor, bad, 0.1)
    assert err.value.parameter == "model"


def test_a_sign_marked_unknown_is_never_used():
    frame = coalitions.table6().copy()
    row = (frame["model"] == 1) & (frame["variable"] == "FIE exporter overlap")
    frame.loc[row, "sign_status"] = "unknown"
    frame.loc[row, "coefficient_signed"] = math.nan
    with pytest.raises(ModelInputError) as err:
        coalitions.implied_share(0.02, "export share", 1, 0.1, coefficients=frame)
    assert err.value.parameter == "sign of FIE exporter overlap in model 1"
    assert "this sign is unknown" in str(err.value)
    # other models are still usable
    assert coalitions.implied_share(0.02, "export share", 6, 0.1, coefficients=frame)["coefficient"] == -0.541
    # and the display marks the unknown sign instead of printing it as positive
    assert coalitions.table6_display(frame).loc["FIE exporter overlap", "(1)"] == "±0.414*** (0.136)"


# ------------------------------------------------------------------ calculator: invariants and a hand-worked case

@pytest.mark.parametrize("baseline", [0.001, 0.02, 0.5, 0.97])
@pytest.mark.parametrize("predictor, model", [("export share", 1), ("export share", 6),
                                              ("large-firm concentration", 2), ("large-firm concentration", 4)])
def test_zero_change_leaves_the_share_unchanged(baseline, predictor, model):
    result = coalitions.implied_share(baseline, predictor, model, 0.0)
    assert result["share"] == baseline and result["change_in_points"] == 0
    assert result["log_odds_shift"] == 0 and result["odds_ratio"] == 1


@pytest.mark.parametrize("baseline", [1e-9, 0.02, 0.5, 1 - 1e-9])
@pytest.mark.parametrize("change", [-1.0, -0.3, 0.3, 1.0])
def test_result_stays_strictly_between_zero_and_one(baseline, change):
    share = coalitions.implied_share(baseline, "export share", 6, change)["share"]
    assert 0 < share < 1


@pytest.mark.parametrize("predictor, model", [("export share", 1), ("export share", 4), ("export share", 5),
                                              ("export share", 6), ("large-firm concentration", 1),
                                              ("large-firm concentration", 2), ("large-firm concentration", 6)])
def test_direction_follows_the_sign_of_the_coefficient(predictor, model):
    # Both coefficients are inferred negative from §7: more of the predictor, less S&T share.
    up = coalitions.implied_share(0.02, predictor, model, 0.2)
    down = coalitions.implied_share(0.02, predictor, model, -0.2)
    assert up["coefficient"] < 0
    assert up["share"] < 0.02 < down["share"]


def test_direction_follows_a_positive_sign_too():
    frame = coalitions.table6().copy()
    row = (frame["model"] == 1) & (frame["variable"] == "Large FIE concentration")
    frame.loc[row, "sign_status"] = "as_printed"  # positive, as printed
    result = coalitions.implied_share(0.02, "large-firm concentration", 1, 0.2, coefficients=frame)
    assert result["coefficient"] == 0.293 and result["share"] > 0.02


def test_hand_computed_case():
    # logit(0.02) = ln(0.02/0.98) = -3.891820; shift = -0.414 * 0.1 = -0.0414; new logit = -3.933220.
    # odds = (0.02/0.98) * exp(-0.0414) = 0.0204082 * 0.9594453 = 0.0195805; share = 0.0195805/1.0195805 = 0.0192045.
    result = coalitions.implied_share(0.02, "export share", 1, 0.1)
    assert result["coefficient"] == -0.414
    assert result["log_odds_shift"] == pytest.approx(-0.0414)
    assert result["odds_ratio"] == pytest.approx(0.9594453, rel=1e-6)
    assert result["share"] == pytest.approx(0.0192045, rel=1e-5)
    assert result["change_in_points"] == pytest.approx(-0.07955, rel=1e-3)


def test_hand_computed_concentration_case():
    # model (2): -0.367 * 0.1 = -0.0367; odds = 0.0204082 * exp(-0.0367) = 0.0204082 * 0.9639653 = 0.0196728;
    # share = 0.0196728 / 1.0196728 = 0.0192932.
    result = coalitions.implied_share(0.02, "large-firm concentration", 2, 0.1)
    assert result["share"] == pytest.approx(0.0192932, rel=1e-5)


# ------------------------------------------------------------------ Table 6 and Table 3 as shown

def test_table6_display_puts_a_minus_only_where_the_sign_is_inferred():
    shown = coalitions.table6_display()
    assert shown.loc["FIE exporter overlap", "(1)"] == "−0.414*** (0.136)"
    assert shown.loc["Large FIE concentration", "(6)"] == "−0.233* (0.129)"
    assert shown.loc["FDI/GDP (%, log)", "(1)"] == "0.0188† (0.0313)"  # sign as printed, not confirmed
    assert shown.loc["FIE exporter overlap", "(2)"] == ""  # not in model (2)


def test_case_support_is_table3_one_row_per_city_one_column_per_measure():
    # The printed values themselves are checked against the source in tests/data/test_coalitions_data.py.
    rows = load("chen2017_case_city_support")
    printed = coalitions.case_support(printed=True)
    assert list(printed.index) == CITIES and printed.shape == (4, 4)
    measures = rows.sort_values("measure_order").drop_duplicates("measure")
    assert [column.split(" (")[0] for column in printed.columns] == list(measures["measure_label"])
    by_label = dict(zip(measures["measure"], printed.columns))
    for row in rows.itertuples():
        assert printed.loc[row.city, by_label[row.measure]] == row.value_as_printed
        assert coalitions.case_support().loc[row.city, by_label[row.measure]] == row.value


# ------------------------------------------------------------------ coalition explorer

def test_case_cities_land_in_their_table1_cells():
    cells = {city: coalitions.case_cell(city) for city in CITIES}
    assert cells == {"Suzhou": ("High", "High"), "Wuxi": ("High", "Low"),
                     "Ningbo": ("Low", "High"), "Shenzhen": ("Low", "Low")}
    for city, (export, concentration) in cells.items():
        p = coalitions.predict(export, concentration)
        assert p["case_city"] == city and p["basis"] == coalitions.TYPOLOGY_BASIS


def test_predictions_follow_the_typology():
    suzhou, wuxi, ningbo, shenzhen = (coalitions.predict(*coalitions.case_cell(c)) for c in CITIES)
    # Suzhou and Shenzhen are the extremes, Wuxi and Ningbo intermediate (§6, Table 3).
    assert suzhou["support_tier"] == 0 and shenzhen["support_tier"] == 2
    assert wuxi["support_tier"] == ningbo["support_tier"] == 1
    # High export share -> cohesive; low -> noncohesive (Table 1).
    assert suzhou["cohesiveness"].startswith("Cohesive") and wuxi["cohesiveness"].startswith("Cohesive")
    assert ningbo["cohesiveness"].startswith("Noncohesive") and shenzhen["cohesiveness"].startswith("Noncohesive")
    # Concentration -> bargaining power: strong in Suzhou, weak in Wuxi and Shenzhen, not stated for Ningbo.
    assert suzhou["bargaining_power"].startswith("Strong")
    assert wuxi["bargaining_power"].startswith("Weak") and shenzhen["bargaining_power"].startswith("Weak")
    assert ningbo["bargaining_power"].startswith("Not stated in Table 1")


def test_more_of_either_condition_never_predicts_more_support():
    levels = coalitions.LEVELS
    for e in levels:
        tiers = [coalitions.predict(e, c)["support_tier"] for c in levels]
        known = [t for t in tiers if t is not None]
        assert known == sorted(known, reverse=True)
    for c in levels:
        tiers = [coalitions.predict(e, c)["support_tier"] for e in levels]
        known = [t for t in tiers if t is not None]
        assert known == sorted(known, reverse=True)


def test_interpolated_positions_are_labelled_as_the_courses():
    near = coalitions.predict("Medium high", "Medium low")
    assert near["basis"] == coalitions.NEAREST_BASIS and near["case_city"] == "Wuxi"
    between = coalitions.predict("Medium", "High")
    assert between["basis"] == coalitions.BETWEEN_BASIS and between["support_tier"] is None
    assert between["case_city"] is None and "Suzhou" in between["support"] and "Ningbo" in between["support"]


@pytest.mark.parametrize("bad", [None, 3, "", "Very high", "Hi", ["High"]])
def test_bad_levels_are_refused_naming_the_axis(bad):
    with pytest.raises(ModelInputError) as err:
        coalitions.predict(bad, "High")
    assert err.value.parameter == "export_level"
    with pytest.raises(ModelInputError) as err:
        coalitions.predict("High", bad)
    assert err.value.parameter == "concentration_level"


def test_levels_forgive_case_and_spacing():
    assert coalitions.level("x", "medium  HIGH") == "Medium high"
    assert coalitions.predict("high", "LOW")["case_city"] == "Wuxi"


def test_table4_matches_read_the_sixteen_cities():
    # Table 4: Songyuan, Lhasa and Shanwei are High / High; Huzhou and Taizhou (and Wenzhou) Low / Low.
    assert set(coalitions.table4_matches("High", "High")["city"]) == {"Songyuan", "Lhasa", "Shanwei"}
    assert set(coalitions.table4_matches("Low", "Low")["city"]) == {"Wenzhou", "Huzhou", "Taizhou"}
    assert set(coalitions.table4_matches("Medium", "Medium high")["city"]) == {"Deyang"}  # printed 'Medium High'


def test_render_position_shows_key_values_escaped():
    page = coalitions.render_position("High", "High")
    assert "Suzhou" in page and "0.30" in page and "0.0073" in page and "Songyuan" in page
    assert coalitions.TYPOLOGY_BASIS.replace("'", "&#x27;") in page
    assert "S&amp;T" in page and "S&T" not in page
    assert coalitions.BETWEEN_BASIS in coalitions.render_position("Medium", "Low")


def test_table4_position_reads_the_printed_categories():
    # Typed from Table 4: Maoming Medium high / Low, Wuhan Medium high / High, Chongqing Medium low / High;
    # Deyang's concentration is printed 'Medium High'.
    assert coalitions.table4_position("Maoming") == ("Medium high", "Low")
    assert coalitions.table4_position("Wuhan") == ("Medium high", "High")
    assert coalitions.table4_position("Chongqing") == ("Medium low", "High")
    assert coalitions.table4_position("Deyang") == ("Medium", "Medium high")
    for wrong in ("Suzhou", "", None, 3):
        with pytest.raises(ModelInputError, match="city"):
            coalitions.table4_position(wrong)


def test_every_table4_city_is_reachable_in_the_explorer():
    explorer = coalitions.coalition_explorer()
    views = {}
    for export_level, box in zip(explorer.control.options, explorer.stack.children):
        slider, stack = box.children[:2]
        for concentration, view in zip(coalitions.LEVELS, stack.children):
            views[(export_level, concentration)] = view.value
    cities = load("chen2017_sixteen_cities")["city"]
    assert len(cities) == 16
    for city in cities:
        position = coalitions.table4_position(city)
        assert position in views, f"{city} at {position} has no view"
        assert city in views[position], city
    # The three cities a High / Medium / Low dropdown could not reach:
    assert "Maoming" in views[("Medium high", "Low")]
    assert "Wuhan" in views[("Medium high", "High")]
    assert "Chongqing" in views[("Medium low", "High")]


def test_table7_rows_checks_a_notes_codes_against_table7():
    # Typed from Table 7: ZJ002 Zhejiang 2010 'Official, Economic and Information Committee';
    # ZJ024 Zhejiang 2010 'Official, Industrial Development Division, High-tech Development Zone'; no ZJ023.
    rows = coalitions.table7_rows(["ZJ002", " zj024", "ZJ023"])
    assert list(rows.index) == ["ZJ002", "ZJ024", "ZJ023"]
    assert tuple(rows.loc["ZJ002"]) == ("Zhejiang", "2010", "Official, Economic and Information Committee")
    assert tuple(rows.loc["ZJ024"]) == (
        "Zhejiang", "2010", "Official, Industrial Development Division, High-tech Development Zone")
    assert (rows.loc["ZJ023"] == coalitions.NOT_IN_TABLE7).all()
    page = coalitions.render_table7(["GD003", "ZJ023"])
    assert "Guangdong" in page and coalitions.NOT_IN_TABLE7 in page


@pytest.mark.parametrize("bad", ["ZJ002", [], None, [3], ["  "]])
def test_table7_rows_refuses_bad_codes(bad):
    with pytest.raises(ModelInputError, match="codes"):
        coalitions.table7_rows(bad)


def test_coalition_explorer_has_a_view_per_position_and_they_differ():
    explorer = coalitions.coalition_explorer()
    assert explorer.control.options == ("High", "Medium high", "Medium", "Medium low", "Low")
    assert explorer.control.description == "Export share of foreign firms"
    for box in explorer.stack.children:
        slider, stack = box.children[:2]
        assert len(stack.children) == 5 and slider.index == 4  # starts at High concentration
        views = [v.value for v in stack.children]
        assert len(set(views)) == 5
    with pytest.raises(ModelInputError, match="export_levels"):
        coalitions.coalition_explorer(export_levels=["Sky high"])
    with pytest.raises(ModelInputError, match="export_levels"):
        coalitions.coalition_explorer(export_levels=[])


# ------------------------------------------------------------------ calculator view

def test_render_calculator_shows_every_model_the_value_and_the_caveat():
    page = coalitions.render_calculator(0.02, "export share", 0.1)
    for model in ("(1)", "(4)", "(5)", "(6)"):
        assert model in page
    assert "(2) " not in page and "(3) " not in page
    assert "1.920%" in page and "−0.414***" in page and "not the effect" in page
    assert "−0.080 points" in page  # 1.92045% − 2% = −0.0795 points
    unchanged = coalitions.render_calculator(0.02, "export share", 0.0)
    assert "2.000%" in unchanged and ">0.000 points<" in unchanged and "log odds shift 0," in unchanged
    assert not re.search(r"\de[-−+]\d", unchanged)  # no floating-point noise such as 1.73e−16
    assert "&#x27;" in page  # apostrophes escaped


def test_regression_calculator_grid():
    widget = coalitions.regression_calculator()
    assert widget.control.options == ("1%", "2%", "4%")
    assert len(widget.stack.children) == len(coalitions.BASELINES)
    inner = widget.stack.children[0].children[1]  # the predictor Choice's stack
    assert len(inner.children) == len(coalitions.PREDICTORS)
    slider, stack = inner.children[0].children[:2]
    assert len(stack.children) == len(coalitions.CHANGES)
    assert slider.index == coalitions.CHANGES.index(0.0)
    assert len({v.value for v in stack.children}) == len(coalitions.CHANGES)


def test_regression_calculator_refuses_bad_grids():
    with pytest.raises(ModelInputError, match="baselines"):
        coalitions.regression_calculator(baselines=[])
    with pytest.raises(ModelInputError, match="baseline"):
        coalitions.regression_calculator(baselines=[1.2])


# ------------------------------------------------------------------ large firms in the cadre scorer

def test_one_large_firm_moves_three_targets_of_one_city():
    changed = coalitions.with_large_firms("City A", 1)
    base = puzzle.ILLUSTRATIVE_CITIES
    assert changed.loc["City A", "Per capita GDP (yuan)"] == 66_000  # 60,000 + 6,000
    assert changed.loc["City A", "High-tech output (% of GDP)"] == 25  # 20 + 5
    assert changed.loc["City A", "Patents per million yuan GDP"] == pytest.approx(1.45)  # 1.2 + 0.25
    assert changed.drop(index="City A").equals(base.drop(index="City A"))
    for target in ("Work-related deaths per 100 million yuan GDP", "Days with good air (%)"):
        assert changed.loc["City A", target] == base.loc["City A", target]
    assert base.loc["City A", "Per capita GDP (yuan)"] == 60_000  # the base is not mutated


def test_one_large_firm_lifts_city_a_to_first_place():
    # By hand: City A scores 81 (GDP), 82.61 (high-tech), 94.55 (patents), 86.67 (deaths), 84 (air): mean 85.76;
    # City B: 100, 100, 70.91, 73.33, 68: mean 82.45.
    result = puzzle.evaluate(coalitions.with_large_firms("City A", 1), puzzle.LOWER_IS_BETTER)
    assert result.loc["City A", "Mean score"] == pytest.approx(85.76, abs=0.01)
    assert result.loc["City B", "Mean score"] == pytest.approx(82.45, abs=0.01)
    assert result.loc["City A", "Rank"] == 1


def test_first_firm_leaves_the_lowest_city_at_the_floor():
    # City C stays lowest on the three targets (60 each) and best on deaths and air (100 each): (3·60 + 2·100)/5 = 76.
    result = puzzle.evaluate(coalitions.with_large_firms("City C", 1), puzzle.LOWER_IS_BETTER)
    assert result.loc["City C", "Mean score"] == pytest.approx(76.0)


@pytest.mark.parametrize("bad", [-1, 4, 1.5, math.nan, math.inf, "1", None])
def test_bad_number_of_firms_is_refused(bad):
    with pytest.raises(ModelInputError) as err:
        coalitions.with_large_firms("City A", bad)
    assert err.value.parameter == "firms"


def test_bad_city_and_effect_are_refused():
    with pytest.raises(ModelInputError) as err:
        coalitions.with_large_firms("Atlantis", 1)
    assert err.value.parameter == "city"
    with pytest.raises(ModelInputError) as err:
        coalitions.with_large_firms("City A", 1, effect={"Exports": 1.0})
    assert err.value.parameter == "effect"
    with pytest.raises(ModelInputError, match="between 0 and 100"):
        coalitions.with_large_firms("City A", 3, effect={"High-tech output (% of GDP)": 40.0})


def test_render_large_firms_names_the_assumptions():
    page = coalitions.render_large_firms("City C", 2)
    assert "City C" in page and "course assumptions" in page and "+6000 per firm" in page


def test_large_firm_scorer_grid():
    widget = coalitions.large_firm_scorer()
    assert list(widget.control.options) == list(puzzle.ILLUSTRATIVE_CITIES.index)
    slider, stack = widget.stack.children[0].children[:2]
    assert len(stack.children) == coalitions.MAX_FIRMS + 1
    assert len({v.value for v in stack.children}) == coalitions.MAX_FIRMS + 1


# ------------------------------------------------------------------ figures and quiz

def test_figures_draw_from_the_data():
    import matplotlib
    matplotlib.use("Agg")
    import matplotlib.pyplot as plt

    from widgets import figures

    for fig in (coalitions.clients_figure(load("chen2017_case_cities"), load("chen2017_interview_results")),
                coalitions.support_figure(load("chen2017_case_city_support")),
                coalitions.coefficient_plot()):
        width, height = fig.get_size_inches()
        assert width <= figures.MAX_WIDTH and height <= 11  # narrow enough for a phone; panels stacked
        texts = " ".join(t.get_text() for ax in fig.axes for t in ax.texts + [ax.title])
        plt.close(fig)
        assert texts


def test_coefficient_plot_labels_every_point_in_text():
    import matplotlib
    matplotlib.use("Agg")
    import matplotlib.pyplot as plt

    fig = coalitions.coefficient_plot()
    labels = [t.get_text() for t in fig.axes[0].texts]
    plt.close(fig)
    assert "(1) −0.414***" in labels and "(6) −0.233*" in labels
    assert "(1) 0.0188 (as printed)" in labels and "(2) not in this model" in labels


# --- properties: invariants on any valid input, one clear error on any invalid input

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
