"""Chapter 6 models: vignettes → questions, the two-framework comparer, role matrices, views.

Expected values are typed from the source documents and the chapter's coding, not read back
from the code's output.
"""
import math

import pandas as pd
import pytest

from widgets import quiz, synthesis
from widgets.errors import ModelInputError

COMPARISON = synthesis.comparison_data()
VIGNETTES = synthesis.vignette_data()
IDS = ["heilmann", "husain", "almen", "zhu_xiao", "chen", "he"]


# --- vignettes → questions ---------------------------------------------------------------------------

def test_every_vignette_yields_a_question_whose_answer_is_its_framework():
    questions = synthesis.vignette_questions(VIGNETTES, COMPARISON)
    assert len(questions) == len(VIGNETTES) == 8
    labels = dict(zip(COMPARISON["framework_id"], COMPARISON["framework"]))
    for question, row in zip(questions, VIGNETTES.itertuples()):
        assert isinstance(question, quiz.Question)
        assert question.options[question.answer] == labels[row.framework_id]
        assert row.vignette in question.prompt
        assert question.explanation == row.explanation
        right, text = quiz.feedback(question, question.answer)
        assert right and text.startswith("Correct.")


def test_options_are_the_six_frameworks_in_order():
    question = synthesis.vignette_questions(VIGNETTES, COMPARISON)[0]
    assert [o.split(":")[0] for o in question.options] == ["Heilmann", "Husain", "Almén", "Zhu & Xiao", "Chen", "He"]


def test_hand_checked_answers():
    # Typed from the chapter's reading of the sources: the pizza theory is Zhu & Xiao's entrepreneurs;
    # the farsighted-leader survey (reported by Husain) fits Almén; the point-to-surface pilot is Heilmann's.
    questions = {row.vignette_id: q for row, q in
                 zip(VIGNETTES.itertuples(), synthesis.vignette_questions(VIGNETTES, COMPARISON))}
    assert questions["v1_pizza"].options[questions["v1_pizza"].answer].startswith("Zhu & Xiao")
    assert questions["v7_lgipp_leaders"].options[questions["v7_lgipp_leaders"].answer].startswith("Almén")
    assert questions["v4_point_to_surface"].options[questions["v4_point_to_surface"].answer].startswith("Heilmann")
    assert "58 per cent" in questions["v7_lgipp_leaders"].prompt
    assert questions["v7_lgipp_leaders"].source == "Husain 2015, §3.6.3; §3.2 (Who Innovates and Why)"


def test_unknown_framework_in_a_vignette_names_the_parameter():
    bad = VIGNETTES.copy()
    bad.loc[0, "framework_id"] = "tournament"
    with pytest.raises(ModelInputError) as err:
        synthesis.vignette_questions(bad, COMPARISON)
    assert err.value.parameter == "framework_id" and "'heilmann'" in str(err.value)


@pytest.mark.parametrize("bad", [None, "vignettes", pd.DataFrame(), pd.DataFrame({"title": ["x"]})])
def test_bad_vignette_tables(bad):
    with pytest.raises(ModelInputError) as err:
        synthesis.vignette_questions(bad, COMPARISON)
    assert err.value.parameter == "vignettes"


# --- comparing two frameworks ------------------------------------------------------------------------

def test_comparison_table_puts_both_frameworks_side_by_side():
    table = synthesis.comparison_table(COMPARISON, "heilmann", "husain")
    assert list(table.index) == ["Who innovates", "What drives them", "How ideas spread",
                                 "Why innovations die or last", "Evidence", "Method", "Level of government",
                                 "Policy area"]
    assert list(table.columns) == ["Heilmann (via Husain)", "Heilmann (via Husain): where", "Husain", "Husain: where"]
    # Heilmann's rows cite Husain, with the section where Husain presents him (§4.2; §4.6 for spread).
    assert table.loc["How ideas spread", "Heilmann (via Husain): where"] == "Husain 2015, §4.2; §4.6"
    assert "point to surface" in table.loc["How ideas spread", "Heilmann (via Husain)"]
    assert "hybrids are the rule" in table.loc["How ideas spread", "Husain"]


def test_comparison_table_selected_dimensions_keep_their_order():
    table = synthesis.comparison_table(COMPARISON, "chen", "zhu_xiao", ["policy_area", "motive"])
    assert list(table.index) == ["Policy area", "What drives them"]
    assert table.loc["Policy area", "Chen: where"] == "Chen 2017, Summary; §4"
    assert "health insurance" in table.loc["Policy area", "Zhu & Xiao"]
    one = synthesis.comparison_table(COMPARISON, "almen", "he", "method")
    assert list(one.index) == ["Method"] and "essay" in one.loc["Method", "Almén"]


@pytest.mark.parametrize("a, b, dims, parameter", [
    ("tournament", "husain", None, "framework_a"),
    ("husain", "Husain", None, "framework_b"),
    ("husain", "husain", None, "framework_b"),
    (None, "husain", None, "framework_a"),
    (3, "husain", None, "framework_a"),
    (math.nan, "husain", None, "framework_a"),
    ("", "husain", None, "framework_a"),
    ("husain", "chen", "colour", "dimensions"),
    ("husain", "chen", ["motive", "budget"], "dimensions"),
    ("husain", "chen", [], "dimensions"),
    ("husain", "chen", 5, "dimensions"),
    ("husain", "chen", math.inf, "dimensions"),
])
def test_bad_comparison_inputs_name_the_parameter(a, b, dims, parameter):
    with pytest.raises(ModelInputError) as err:
        synthesis.comparison_table(COMPARISON, a, b, dims)
    assert err.value.parameter == parameter
    assert parameter in str(err.value)


@pytest.mark.parametrize("bad", [None, [], "comparison", pd.DataFrame(), COMPARISON.drop(columns=["locator"]),
                                 pd.concat([COMPARISON, COMPARISON.head(1)])])
def test_bad_comparison_tables(bad):
    with pytest.raises(ModelInputError) as err:
        synthesis.comparison_table(bad, "husain", "chen")
    assert err.value.parameter == "comparison"


def test_cell_table_gives_one_entry_with_its_source():
    table = synthesis.cell_table(COMPARISON, "chen", "level_of_government")
    assert list(table.index) == ["Entry", "Where"] and list(table.columns) == ["Level of government"]
    assert "prefecture-level city" in table.loc["Entry", "Level of government"]
    assert table.loc["Where", "Level of government"] == "Chen 2017, §2(b); §3; §4"
    almen = synthesis.cell_table(COMPARISON, "almen", "level_of_government")
    assert almen.loc["Where", "Level of government"] == "Almén 2013, para. 3; para. 6"


@pytest.mark.parametrize("framework, dimension, parameter", [
    ("Chen", "motive", "framework"), (None, "motive", "framework"), (math.nan, "motive", "framework"),
    ("chen", "Who innovates", "dimension"), ("chen", "", "dimension"), ("chen", -1, "dimension"),
])
def test_cell_table_bad_inputs(framework, dimension, parameter):
    with pytest.raises(ModelInputError) as err:
        synthesis.cell_table(COMPARISON, framework, dimension)
    assert err.value.parameter == parameter


# --- coded roles ------------------------------------------------------------------------------------

def test_role_matrix_for_who_innovates():
    who = synthesis.role_matrix(COMPARISON, "innovator")
    assert who.loc["Heilmann (via Husain)", "Centre"] == "directs"
    assert who.loc["Heilmann (via Husain)", "Local governments"] == "innovates"
    assert who.loc["Zhu & Xiao", "Mid-level bureaucrats"] == "innovates"
    assert who.loc["Zhu & Xiao", "Local leaders"] == "approves"
    assert who.loc["Chen", "Bureaucratic coalitions"] == "innovates"
    assert who.loc["Almén", "Local leaders"] == "innovates"
    assert who.loc["He", "Centre"] == ""
    # Exactly one innovating actor type per framework (each framework has one answer to "who").
    assert ((who == "innovates").sum(axis=1) == 1).all()


def test_role_matrix_for_levels():
    levels = synthesis.role_matrix(COMPARISON, "level_of_government")
    assert (levels == "focus").sum().to_dict() == {"Centre": 1, "Province": 0, "City": 4, "County": 2,
                                                    "Township": 0, "Local (level not specified)": 2}


@pytest.mark.parametrize("dimension", ["motive", "colour", "", None, 7])
def test_role_matrix_rejects_uncoded_dimensions(dimension):
    with pytest.raises(ModelInputError) as err:
        synthesis.role_matrix(COMPARISON, dimension)
    assert err.value.parameter == "dimension"


@pytest.mark.parametrize("codes", ["centre", "centre=rules", "=innovates", 3, None])
def test_parse_codes_rejects_malformed(codes):
    with pytest.raises(ModelInputError, match="codes"):
        synthesis.parse_codes(codes)


def test_parse_codes():
    assert synthesis.parse_codes("centre=directs; local_governments=innovates") == {
        "centre": "directs", "local_governments": "innovates"}
    assert synthesis.parse_codes("") == {}


# --- rendering and views ---------------------------------------------------------------------------

def test_render_escapes_values_from_the_data():
    evil = COMPARISON.copy()
    mask = (evil["framework_id"] == "husain") & (evil["dimension"] == "motive")
    evil.loc[mask, "value"] = "<script>alert(1)</script> & more"
    out = synthesis.render_cell(synthesis.cell_table(evil, "husain", "motive"), "Husain")
    assert "<script>" not in out and "&lt;script&gt;" in out and "&amp; more" in out
    assert "Husain 2015, §3.6.2; §4.4" in out and "<caption>Husain</caption>" in out
    assert "<td>" not in out and 'text-align: left' in out


def test_render_cell_escapes_and_shows_the_entry():
    out = synthesis.render_cell(synthesis.cell_table(COMPARISON, "zhu_xiao", "evidence"), "Zhu & Xiao: <b>x</b>")
    assert "Zhu &amp; Xiao: &lt;b&gt;x&lt;/b&gt;" in out and "<b>" not in out
    assert "Interviews with SSDNC officials (2009–2010)" in out


def test_compare_view_links_one_slider_to_every_stack():
    view = synthesis.compare_view()
    assert isinstance(view, synthesis.CompareView)
    assert list(view.slider.options)[:2] == ["Who innovates", "What drives them"] and len(view.slider.options) == 8
    assert [d.index for d in view.dropdowns] == [0, 1]  # Heilmann on the left, Husain on the right
    for outer in view.stacks:
        assert len(outer.children) == 6 and all(len(inner.children) == 8 for inner in outer.children)
    assert len(view.links) == 6 + 2
    assert view.stacks[0].children == view.stacks[1].children  # both sides share the six stacks
    first = view.stacks[1].children[1].children[2]  # side B, Husain, How ideas spread
    assert "hybrids are the rule" in first.value and "Husain 2015, §3.3; §4.6" in first.value
    # Every state shares one layout model.
    layouts = {id(cell.layout) for outer in view.stacks for inner in outer.children for cell in inner.children}
    assert len(layouts) == 1
    with pytest.raises(ModelInputError, match="start_b"):
        synthesis.CompareView(COMPARISON, "husain", "nobody")


def test_classify_quiz_has_one_block_per_vignette():
    box = synthesis.classify_quiz()
    assert len(box.children) == 1 + 8 + 1  # title, one block per vignette, the views' stylesheet
    dropdown = box.children[1].children[1]
    assert list(dropdown.options) == list(synthesis.framework_list(COMPARISON)["framework"])
