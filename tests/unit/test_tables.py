"""widgets.tables: headings students read, values untouched."""
import pandas as pd

from widgets.tables import heading, readable


def test_field_names_become_words_and_known_ones_get_their_plain_meaning():
    assert heading("year_or_period") == "Year or period"
    assert heading("value_text") == "Value as printed"
    assert heading("entrepreneur_group") == "Entrepreneur group"
    assert heading("Source") == "Source" and heading(3) == 3


def test_readable_renames_columns_and_index_but_keeps_every_value():
    frame = pd.DataFrame({"value_text": ["2 %"], "r_squared": [0.4]},
                         index=pd.Index(["F13"], name="fact_id"))
    shown = readable(frame)
    assert list(shown.columns) == ["Value as printed", "R²"] and shown.index.name == "Fact"
    assert shown.to_numpy().tolist() == frame.to_numpy().tolist() and list(shown.index) == ["F13"]
    assert list(frame.columns) == ["value_text", "r_squared"]  # the original is not changed


def test_no_table_a_lesson_shows_has_a_field_name_for_a_heading():
    import json
    import re

    from tools import ROOT

    for path in sorted(ROOT.glob("chapters/*/*.ipynb")):
        for cell in json.loads(path.read_text(encoding="utf-8"))["cells"]:
            for output in cell.get("outputs", []):
                html = "".join(output.get("data", {}).get("text/html", ""))
                headings = [h for head in re.findall(r"<thead>(.*?)</thead>", html, re.S)
                            for h in re.findall(r"<th[^>]*>([^<]*)</th>", head)]
                raw = [h for h in headings if "_" in h]
                assert not raw, f"{path.name} cell {cell['id']} shows field names as headings: {raw}"
