"""Chen (2017), Table 9, re-checked against the printed table."""
import re

from source_texts import raw_text

from widgets.data import load


def test_twenty_nine_targets_in_six_categories():
    targets = load("chen2017_cadre_targets")
    assert len(targets) == 29
    counts = targets.groupby("category", sort=False).size().to_dict()
    assert counts == {"Economic Development": 6, "Science and Technology Innovation": 3, "Social Progress": 6,
                      "Ecology": 6, "Improvement of Life": 7, "Public Participation": 1}


def test_selected_targets_and_units():
    targets = load("chen2017_cadre_targets").set_index("number")
    assert targets.loc["X1–1", "target"] == "Per capita GDP"
    assert targets.loc["X3–4", "unit"] == "Square meters"
    assert targets.loc["X3–5", "target"].startswith("Number of work-related deaths")
    assert targets.loc["X2–3", "unit"] == "Number"
    assert targets.loc["X5–2", "target"] == "Urban unemployment rate"
    last = load("chen2017_cadre_targets").iloc[-1]
    assert last["category"] == "Public Participation" and last["unit_status"] == "not given"


def test_formula_constants():
    formula = load("chen2017_cadre_formula").set_index("parameter")["value"]
    assert formula["range_points"] == 40 and formula["floor_points"] == 60


def test_no_source_gives_weights_for_the_targets():
    # Why chapter 1's scorer has no weights toggle: Chen §6 names the heaviest-weighted targets in words only,
    # Table 9 prints targets, units and the formula but no weights, and Almén gives sectors, not weights.
    chen = raw_text("chen_2017")
    sentence = chen[chen.index("Policy targets that carried the heaviest weights"):]
    sentence = sentence[:sentence.index("Large foreign")]
    assert "traditional performance indicators (such as GDP, revenue, and industrial output)" in sentence
    assert not re.search(r"\d", sentence)  # no number in the weights passage
    start = chen.index("Table 9. Jiangsu Province Cadre Evaluation System")
    table9 = chen[start:chen.index("Source: Jiangsu Government 2008")]
    assert "weight" not in table9.lower()
    assert chen.lower().count("weight") == 1  # the §6 sentence is the article's only mention of weights
    almen = raw_text("almen_2013")
    assert "economic growth, maintaining social stability and increasingly also environmental protection" in almen
    assert "weight" not in almen.lower()
    # §6's list names targets that Table 9 does not have (it is about the system in general):
    targets = " ".join(load("chen2017_cadre_targets")["target"]).lower()
    assert "high-tech enterprises" not in targets and "export" not in targets
    assert "high-tech industrial output as percentage of gdp" in targets
