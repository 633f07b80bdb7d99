"""Chapter 3 datasets — Almén (2013) — re-checked against the source.

The expected values below were typed from the source document, not read from the CSVs.
"""
from widgets.data import load


def test_almen_events():
    events = load("almen2013_events")
    ended = events[events["start_year"] == 2006].iloc[0]
    assert ended["date_text"] == "In 2006" and ended["locator"] == "para. 2"
    congress = events[events["start_year"] == 2012].iloc[0]
    assert "18th Party Congress" in congress["event"]
    assert "Wenling" in " ".join(events["place"])
    plenum = events[events["event"].str.contains("Third Plenum")].iloc[0]
    assert plenum["date_status"] == "from_source_description"
    hangzhou = events[events["place"] == "Hangzhou"].iloc[0]
    assert hangzhou["date_text"] == "recently" and hangzhou["date_precision"] == "undated"
    # "late 1990's" covers the decade's last years only: no bar may start in the early 1990s.
    late_nineties = events[events["date_text"].str.contains("late 1990", na=False)]
    assert len(late_nineties) == 2
    assert (late_nineties["start_year"] == 1997).all() and (late_nineties["date_precision"] == "part_of_decade").all()
    elections = late_nineties[late_nineties["event"].str.contains("elections")].iloc[0]
    assert elections["end_year"] == 2000  # "early 2000", as printed


def test_almen_claims():
    claims = load("almen2013_claims").set_index("mechanism")
    assert claims.loc["leader rotation", "effect"] == "hinders"
    assert claims.loc["leader rotation", "locator"] == "para. 4"
    assert claims.loc["institutionalisation", "bears_on"] == "sustainability"
    assert claims.loc["wealth as precondition", "locator"] == "para. 6"
    for mechanism in ("concentration of power", "cadre evaluation and image", "learning visits",
                      "competition to be first", "stays local"):
        assert mechanism in claims.index
