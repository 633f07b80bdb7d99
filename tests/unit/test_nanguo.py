"""Chapter 4 (Nanguo): the pool illustration, the alliance-network builder and the reform timeline.

Expected values are worked out by hand from the model's formula or read from Zhu & Xiao (2015),
never copied from the code's output.
"""
import math

import matplotlib
import pandas as pd
import pytest

matplotlib.use("Agg")

from hypothesis import given, strategies as st
from strategies import SETTINGS, bad_share as bad, raises_naming, share

from widgets import nanguo  # noqa: E402
from widgets.data import load  # noqa: E402
from widgets.errors import ModelInputError  # noqa: E402

# The section headings of Zhu & Xiao (2015) under which the case evidence is reported.
PAPER_SECTIONS = {
    "Policy innovation in Nanguo City: establishing health insurance without an urban–rural division",
    "Policy entrepreneurs in the SSDNC: bureaucrats and incentives",
    "Framing and brokering policy ideas",
    "Design new programs and capture political opportunities",
    "Make alliances and defeat the opposition",
    "Mark the highlights and seek decision makers’ approval",
}


@pytest.fixture(scope="module")
def timeline():
    return load("zhuxiao2015_reform_timeline")


@pytest.fixture(scope="module")
def facts():
    return load("zhuxiao2015_facts")


@pytest.fixture(scope="module")
def actors():
    return load("zhuxiao2015_actors")


@pytest.fixture(scope="module")
def relationships():
    return load("zhuxiao2015_relationships")


# --- the paper's numbers, as loaded from data ------------------------------------------

def fact(facts, fact_id):
    return facts.set_index("fact_id").loc[fact_id]


def test_paper_figures_feed_the_model_defaults():
    figures = nanguo.paper_figures()
    assert figures["nanguo_rate"]["value"] == 2.0
    assert figures["usual_rate"]["value"] == 8.0
    assert figures["migrant_share"]["value"] == pytest.approx(0.70)


def test_parameter_table_marks_every_default_as_paper_or_assumption():
    table = nanguo.parameter_table()
    assert set(table.index) == {"nanguo_rate", "usual_rate", "migrant_share", *nanguo.ASSUMPTIONS}
    for status in table["status"]:
        assert status.startswith("from the paper:") or status.startswith("assumption")
    assert (table["status"].str.startswith("from the paper")).sum() == 3


# --- the pool model ----------------------------------------------------------------------

def test_pool_worked_example_by_hand():
    # 1,000 residents, 70 % migrants. At 2 %: employers' willingness 1 - 2/10 = 0.8, so 560 migrants
    # and all 300 older residents are insured (coverage 860 / 1000 = 0.86). Contributions 860 × 0.02 = 17.2;
    # claims 560 × 0.005 + 300 × 0.04 = 2.8 + 12.0 = 14.8; balance 2.4; per member 2.4 / 860 = 0.279 %.
    r = nanguo.pool_model(2, 0.7)
    assert r["migrants_insured"] == pytest.approx(560)
    assert r["residents_insured"] == pytest.approx(300)
    assert r["coverage"] == pytest.approx(0.86)
    assert r["contributions"] == pytest.approx(17.2)
    assert r["claims"] == pytest.approx(14.8)
    assert r["balance"] == pytest.approx(2.4)
    assert r["balance_per_member"] == pytest.approx(100 * 2.4 / 860)


def test_pool_at_the_usual_rate_by_hand():
    # At 8 %: willingness 0.2, so 140 migrants + 300 residents = 440 insured (coverage 0.44);
    # contributions 440 × 0.08 = 35.2; claims 0.7 + 12.0 = 12.7; balance 22.5.
    r = nanguo.pool_model(8, 0.7)
    assert r["coverage"] == pytest.approx(0.44)
    assert r["balance"] == pytest.approx(22.5)


def test_fewer_migrants_turn_the_surplus_into_a_deficit_by_hand():
    # 30 % migrants at 2 %: 240 migrants + 700 residents = 940 insured; contributions 18.8;
    # claims 1.2 + 28.0 = 29.2; balance -10.4.
    assert nanguo.pool_model(2, 0.3)["balance"] == pytest.approx(-10.4)


def test_break_even_rate_by_hand():
    # 70 % migrants: 7(1 - c/10)(c - 0.5) + 3(c - 4) = 0  <=>  0.7c² - 10.35c + 15.5 = 0,
    # smaller root c = (10.35 - √63.7225) / 1.4 = 1.691, so the first 0.01 step at or above it is 1.70.
    assert nanguo.break_even_rate(0.7) == pytest.approx(1.70)
    # 50 % migrants: c² - 20.5c + 45 = 0, smaller root (20.5 - 15.5) / 2 = 2.5 exactly.
    assert nanguo.break_even_rate(0.5) == pytest.approx(2.50)
    # 30 % migrants: c² - 33.833c + 98.333 = 0, smaller root 3.211 -> 3.22.
    assert nanguo.break_even_rate(0.3) == pytest.approx(3.22)


def test_break_even_is_the_full_salary_when_claims_take_all_of_it():
    assert nanguo.break_even_rate(0.0, step=1.0, claims_resident=100.0, resident_enrolment=1.0) == 100.0
    assert nanguo.break_even_rate(0.5, step=1.0, claims_migrant=100.0, claims_resident=100.0,
                                  migrant_enrolment=1.0, resident_enrolment=1.0) == 100.0


def test_enrolment_curve_is_a_straight_line_to_zero():
    assert nanguo.migrant_enrolment_curve(0) == 1.0
    assert nanguo.migrant_enrolment_curve(2) == pytest.approx(0.8)
    assert nanguo.migrant_enrolment_curve(10) == 0.0
    assert nanguo.migrant_enrolment_curve(40) == 0.0


@pytest.mark.parametrize("rate", [0, 1, 2, 8, 10])
def test_zero_claims_means_the_surplus_equals_contributions(rate):
    r = nanguo.pool_model(rate, 0.6, claims_migrant=0, claims_resident=0)
    assert r["claims"] == 0
    assert r["balance"] == pytest.approx(r["contributions"])


def test_coverage_falls_as_the_rate_rises_under_the_assumed_curve():
    coverage = [nanguo.pool_model(r, 0.7)["coverage"] for r in nanguo.RATE_GRID]
    assert all(c2 <= c1 for c1, c2 in zip(coverage, coverage[1:]))


@pytest.mark.parametrize("kwargs, parameter", [
    ({"contribution_rate": math.nan}, "contribution_rate"),
    ({"contribution_rate": math.inf}, "contribution_rate"),
    ({"contribution_rate": -math.inf}, "contribution_rate"),
    ({"contribution_rate": -1}, "contribution_rate"),
    ({"contribution_rate": 101}, "contribution_rate"),
    ({"contribution_rate": "2"}, "contribution_rate"),
    ({"contribution_rate": None}, "contribution_rate"),
    ({"contribution_rate": True}, "contribution_rate"),
    ({"migrant_share": 1.5}, "migrant_share"),
    ({"migrant_share": -0.1}, "migrant_share"),
    ({"migrant_share": math.nan}, "migrant_share"),
    ({"migrant_share": "70%"}, "migrant_share"),
    ({"claims_migrant": -0.5}, "claims_migrant"),
    ({"claims_resident": math.inf}, "claims_resident"),
    ({"resident_enrolment": 1.2}, "resident_enrolment"),
    ({"migrant_enrolment": -0.2}, "migrant_enrolment"),
    ({"zero_enrolment_rate": 0}, "zero_enrolment_rate"),
    ({"zero_enrolment_rate": -3}, "zero_enrolment_rate"),
    ({"population": 0}, "population"),
    ({"population": math.nan}, "population"),
])
def test_bad_inputs_raise_one_clear_error_naming_the_parameter(kwargs, parameter):
    args = {"contribution_rate": 2, "migrant_share": 0.7, **kwargs}
    with pytest.raises(ModelInputError) as err:
        nanguo.pool_model(**args)
    assert err.value.parameter == parameter
    assert parameter in str(err.value)


def test_other_bad_inputs():
    with pytest.raises(ModelInputError, match="rates"):
        nanguo.pool_curve(0.7, [])
    with pytest.raises(ModelInputError, match="step"):
        nanguo.break_even_rate(0.7, step=0)
    with pytest.raises(ModelInputError, match="contribution_rate"):
        nanguo.migrant_enrolment_curve(math.nan)


def test_pool_curve_has_one_row_per_rate():
    curve = nanguo.pool_curve(0.7, [2, 8])
    assert list(curve.index) == [2.0, 8.0]
    assert curve.loc[2.0, "balance"] == pytest.approx(2.4)


def test_render_pool_shows_the_key_values_and_labels_the_illustration():
    page = nanguo.render_pool(nanguo.pool_model(2, 0.7))
    assert "not a finding" in page
    assert "+2.4" in page and "86 %" in page and "Surplus" in page
    assert "rate Nanguo set" in page
    usual = nanguo.render_pool(nanguo.pool_model(8, 0.7))
    assert "normally charged in other cities" in usual and "+22.5" in usual
    assert "Deficit" in nanguo.render_pool(nanguo.pool_model(2, 0.3))


def test_pool_widget_is_kernel_free_and_small():
    view = nanguo.pool_explorer()
    assert len(view.stack.children) == 2  # the paper's 70 % migrants and a 30 % comparison
    first = view.stack.children[0].children[1]  # the first share's stack of views
    assert len(first.children) == len(nanguo.RATE_GRID)
    assert len({v.value for v in first.children}) == len(nanguo.RATE_GRID)  # every step shows something new


# --- the alliance network ---------------------------------------------------------------

def test_every_edge_cites_a_section_of_the_paper(relationships, actors):
    edges = nanguo.strategy_edges(relationships, actors)
    assert len(edges) == len(relationships)
    assert edges["section"].str.strip().ne("").all()
    assert set(edges["section"]) <= PAPER_SECTIONS


def test_every_edges_actors_exist(relationships, actors):
    edges = nanguo.strategy_edges(relationships, actors)
    known = set(actors["actor_id"])
    assert set(edges["from_actor"]) <= known and set(edges["to_actor"]) <= known
    assert edges["from_name"].notna().all() and edges["to_name"].notna().all()


def test_filtering_by_strategy_returns_only_that_strategys_edges(relationships, actors):
    network = nanguo.network_by_strategy(relationships, actors)
    assert set(network) == set(relationships["strategy_family"])
    for strategy, edges in network.items():
        assert not edges.empty
        assert set(edges["strategy_family"]) == {strategy}
        expected = set(relationships.loc[relationships["strategy_family"] == strategy, "edge_id"])
        assert set(edges["edge_id"]) == expected
    assert sum(len(e) for e in network.values()) == len(relationships)


def test_the_four_strategy_families_of_the_paper_are_all_present(relationships, actors):
    network = nanguo.network_by_strategy(relationships, actors)
    assert list(network)[:4] == ["framing_and_brokering", "designing_programmes_and_capturing_opportunities",
                                 "alliances_and_defeating_opposition", "marking_highlights_and_winning_approval"]


def test_alliances_include_the_three_bureaus_and_the_ministry(relationships, actors):
    # § Make alliances: Bureau of Finance, Bureau of Industry and Commerce Administration, Bureau of Local
    # Taxation, and the Ministry of Human Resources and Social Security.
    edges = nanguo.strategy_edges(relationships, actors, "alliances_and_defeating_opposition")
    reached = set(edges["to_actor"])
    assert {"bureau_finance", "bureau_ica", "bureau_local_taxation", "ministry_hrss", "employers"} <= reached


def small_network():
    actors = pd.DataFrame({"actor_id": ["a", "b"], "name": ["<A>", "B"], "level": ["municipal", "central"]})
    rel = pd.DataFrame({"edge_id": [1, 2], "from_actor": ["a", "a"], "to_actor": ["b", "b"],
                        "relation": ["lobbied", "persuaded"], "strategy_family": ["s1", "s2"],
                        "description": ["did <b>x</b>", "did y"], "section": ["Sec one", "Sec two"],
                        "date_text": ["", "In 2000"], "edge_status": ["stated", "inferred"],
                        "locator": ["§ Sec one", "§ Sec two"]})
    return rel, actors


def test_builder_refuses_unknown_strategies_actors_and_missing_sections():
    rel, actors = small_network()
    with pytest.raises(ModelInputError) as err:
        nanguo.strategy_edges(rel, actors, "nope")
    assert err.value.parameter == "strategy"
    with pytest.raises(ModelInputError, match="relationships"):
        nanguo.strategy_edges(rel.assign(to_actor=["b", "ghost"]), actors)
    with pytest.raises(ModelInputError, match="section"):
        nanguo.strategy_edges(rel.assign(section=["Sec one", " "]), actors)
    with pytest.raises(ModelInputError, match="relationships"):
        nanguo.strategy_edges(rel.drop(columns="section"), actors)
    with pytest.raises(ModelInputError, match="actors"):
        nanguo.strategy_edges(rel, "not a table")
    with pytest.raises(ModelInputError, match="relationships"):
        nanguo.strategy_edges(pd.DataFrame(), actors)


def test_render_strategy_escapes_and_shows_sections():
    rel, actors = small_network()
    edges = nanguo.strategy_edges(rel, actors, "s2")
    page = nanguo.render_strategy(edges, "s2")
    assert "&lt;A&gt;" in page and "<A>" not in page
    assert "§ Sec two" in page and "In 2000" in page and "1 tie among 2 actors" in page
    assert "inferred" in page
    first = nanguo.render_strategy(nanguo.strategy_edges(rel, actors, "s1"), "s1")
    assert "did &lt;b&gt;x&lt;/b&gt;" in first and "<b>x</b>" not in first


def test_actor_ties_counts_both_ends():
    rel, actors = small_network()
    ties = nanguo.actor_ties(nanguo.strategy_edges(rel, actors))
    assert ties.to_dict() == {"<A>": 2, "B": 2}


def test_ties_by_level_adds_up(relationships, actors):
    network = nanguo.network_by_strategy(relationships, actors)
    table = nanguo.ties_by_level(network)
    assert table.to_numpy().sum() == len(relationships)
    with pytest.raises(ModelInputError, match="network"):
        nanguo.ties_by_level({})


def test_network_view_has_one_view_per_strategy_and_one_following_mr_zhao():
    view = nanguo.network_view()
    families = len(set(load("zhuxiao2015_relationships")["strategy_family"]))
    assert len(view.stack.children) == families + 1
    assert len({c.value for c in view.stack.children}) == len(view.stack.children)
    assert view.control.options[-1] == "Follow one person: Mr. Zhao across the families"
    framing = view.stack.children[0].value  # framing and brokering comes first
    assert "★ Mr. Zhao: 3 of these ties (marked ★ below)." in framing
    assert framing.count("★ Mr. Zhao’s tie:") == 3
    plain = nanguo.network_view(spotlight=None)
    assert len(plain.stack.children) == families and "★" not in plain.stack.children[0].value
    with pytest.raises(ModelInputError) as err:
        nanguo.network_view(spotlight="ghost")
    assert err.value.parameter == "spotlight"


def test_actor_part_counts_both_ends_and_keeps_empty_families(relationships, actors):
    rel, small_actors = small_network()
    part = nanguo.actor_part(nanguo.network_by_strategy(rel, small_actors), "b")
    assert part["ties"].tolist() == [1, 1] and part["stated"].tolist() == [1, 0]
    assert part["inferred"].tolist() == [0, 1] and part["edge_ids"].tolist() == [[1], [2]]
    # Mr. Zhao in the course data: his framing ties are edges 12, 13 (the stability warning) and 71 (the
    # blueprint), all inferred; he has no tie in the design family.
    zhao = nanguo.actor_part(nanguo.network_by_strategy(relationships, actors), "zhao")
    assert zhao.loc["framing_and_brokering", "edge_ids"] == [12, 13, 71]
    assert zhao.loc["framing_and_brokering", "inferred"] == 3
    assert zhao.loc["designing_programmes_and_capturing_opportunities", "ties"] == 0
    page = nanguo.render_actor_part(nanguo.network_by_strategy(relationships, actors), "zhao", "Mr. Zhao")
    assert page.count("<li ") == zhao["ties"].sum() and "Inferred" in page


@pytest.mark.parametrize("network, actor, parameter", [
    ({}, "a", "network"), ("edges", "a", "network"), (None, "a", "network"),
    ("ok", "", "actor_id"), ("ok", None, "actor_id"), ("ok", 3, "actor_id"), ("ok", "ghost", "actor_id"),
])
def test_actor_part_refuses_bad_input(network, actor, parameter):
    rel, small_actors = small_network()
    network = nanguo.network_by_strategy(rel, small_actors) if network == "ok" else network
    with pytest.raises(ModelInputError) as err:
        nanguo.actor_part(network, actor)
    assert err.value.parameter == parameter


# --- the reform timeline ------------------------------------------------------------------

def test_timeline_states_are_chronological_one_per_dated_year(timeline, facts):
    states = nanguo.timeline_states(timeline, facts)
    years = [s.year for s in states]
    # The years the paper dates (Table 1 and the prose): March 1992 ... end of 2011.
    assert years == [1992, 1994, 2000, 2002, 2004, 2005, 2007, 2008, 2009, 2011]
    assert years == sorted(set(years))
    for state in states:
        assert not state.events.empty
        assert set(state.events["year"]) == {state.year}


def test_undated_rows_appear_where_their_decade_falls(timeline, facts):
    states = {s.year: s for s in nanguo.timeline_states(timeline, facts)}
    assert list(states[1992].undated["date_text"]) == ["mid-1980s"]
    assert list(states[2000].undated["date_text"]) == ["late 1990s"]
    assert sum(len(s.undated) for s in states.values()) == int(timeline["year"].isna().sum())


def test_the_2000_state_shows_table_1_and_the_prose_side_by_side(timeline, facts):
    state = {s.year: s for s in nanguo.timeline_states(timeline, facts)}[2000]
    assert set(state.events["origin"]) == {"Table 1", "prose"}
    page = nanguo.render_timeline_state(state)
    assert "HIHC" in page and "BHI" in page and "Data notes" in page
    assert "0.88" in page and "0.2" in page


def test_coverage_reported_so_far_grows_with_the_years(timeline, facts):
    states = nanguo.timeline_states(timeline, facts)
    counts = [len(s.coverage) for s in states]
    assert counts == sorted(counts) and counts[0] == 0
    assert "No coverage figure" in nanguo.render_timeline_state(states[0])
    assert "over" in nanguo.render_timeline_state(states[-1])


def test_timeline_bad_input(timeline):
    with pytest.raises(ModelInputError, match="timeline"):
        nanguo.timeline_states("not a table")
    with pytest.raises(ModelInputError, match="timeline"):
        nanguo.timeline_states(timeline.drop(columns="year"))
    explorer = nanguo.timeline_explorer()
    with pytest.raises(ModelInputError, match="dated years"):
        explorer.render(2003)
    with pytest.raises(ModelInputError, match="year"):
        explorer.render(math.nan)
    assert explorer.values == [1992, 1994, 2000, 2002, 2004, 2005, 2007, 2008, 2009, 2011]


def test_timeline_render_escapes_text(timeline):
    poisoned = timeline.copy()
    poisoned.loc[poisoned["year"] == 1994, "event"] = "<script>alert(1)</script>"
    page = nanguo.render_timeline_state({s.year: s for s in nanguo.timeline_states(poisoned)}[1994])
    assert "<script>" not in page and "&lt;script&gt;" in page


# --- figures ----------------------------------------------------------------------------

def test_pizza_figure_draws_three_layers_two_of_them_crust():
    layers = load("zhuxiao2015_pizza_layers")
    assert list(layers.sort_values("layer_order")["pizza_part"]) == ["crust", "crust", "toppings"]
    fig = nanguo.pizza_figure(layers)
    assert len(fig.axes[0].patches) == 3
    texts = " ".join(t.get_text() for t in fig.axes[0].texts)
    assert "Social medical aid" in texts and "Supplementary health insurance" in texts


def test_short_name_uses_a_trailing_acronym_only():
    assert nanguo.short_name("Social Security Department in Nanguo City (SSDNC)") == "SSDNC"
    assert nanguo.short_name("Mr. Lao") == "Mr. Lao"
    assert nanguo.short_name("the mayor of Nanguo City (unnamed)") == "the mayor of Nanguo City (unnamed)"


def test_every_rendered_tie_shows_its_section(relationships, actors):
    for strategy, edges in nanguo.network_by_strategy(relationships, actors).items():
        page = nanguo.render_strategy(edges, strategy)
        assert page.count("<li ") == len(edges)
        assert page.count("[§ ") == len(edges)


# --- properties: invariants on any valid input, one clear error on any invalid input

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
