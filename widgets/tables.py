"""Tables as students see them: plain-English headings instead of the data's field names.

The datasets keep short snake_case field names (code and the data appendix use them); a lesson that
shows a table to students passes it through ``readable`` so its headings read as words.

    readable(facts.loc[["F01", "F02"], ["value", "value_text", "year_or_period"]])
"""
from __future__ import annotations

import pandas as pd

# Field names whose plain sentence-case form would mislead or read badly.
HEADINGS = {
    "fact_id": "Fact", "framework_id": "Framework", "element_order": "Step",
    "value_text": "Value as printed", "date_text": "Date as printed", "year_or_period": "Year or period",
    "st_expense_share": "S&T share of city expenses", "fdi_gdp": "FDI / GDP", "fdi_share_of_gdp": "FDI share of GDP",
    "gdp_per_capita": "GDP per capita", "r_squared": "R²", "se_type": "Standard errors",
    "vif_as_printed": "VIF (as printed)", "inverse_vif_as_printed": "1/VIF (as printed)",
    "provincial_fixed_effects": "Provincial fixed effects", "interview_length": "Interview length",
    "officials_interviewed": "Officials interviewed",
}


def heading(name) -> str:
    """A field name as a heading: the table above, else the words in sentence case."""
    if not isinstance(name, str):
        return name
    if name in HEADINGS:
        return HEADINGS[name]
    if "_" not in name:
        return name
    words = name.replace("_", " ")
    return words[0].upper() + words[1:]


def readable(frame: pd.DataFrame) -> pd.DataFrame:
    """The same table with plain-English column and index headings (the values are not touched)."""
    out = frame.rename(columns=heading)
    out.columns = out.columns.set_names([heading(n) for n in out.columns.names])
    out.index = out.index.set_names([heading(n) for n in out.index.names])
    return out
