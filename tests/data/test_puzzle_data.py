"""Chen (2017), Table 9, re-checked against the printed table."""
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
