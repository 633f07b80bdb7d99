"""Tables as students see them: headings in words (English, or Chinese in the Chinese edition) instead of
the data's field names.

The datasets keep short snake_case field names (code and the data appendix use them); a lesson that
shows a table to students passes it through ``readable`` so its headings read as words.

    readable(facts.loc[["F01", "F02"], ["value", "value_text", "year_or_period"]])
"""
from __future__ import annotations

from functools import lru_cache

import pandas as pd

from widgets.data import load
from widgets.i18n import N_, _, column

# Field names whose plain sentence-case form would mislead or read badly.
HEADINGS = {
    "fact_id": N_("Fact"), "framework_id": N_("Framework"), "element_order": N_("Step"),
    "value_text": N_("Value as printed"), "date_text": N_("Date as printed"), "year_or_period": N_("Year or period"),
    "st_expense_share": N_("S&T share of city expenses"), "fdi_gdp": N_("FDI / GDP"),
    "fdi_share_of_gdp": N_("FDI share of GDP"), "gdp_per_capita": N_("GDP per capita"), "r_squared": N_("R²"),
    "se_type": N_("Standard errors"), "vif_as_printed": N_("VIF (as printed)"),
    "inverse_vif_as_printed": N_("1/VIF (as printed)"), "provincial_fixed_effects": N_("Provincial fixed effects"),
    "interview_length": N_("Interview length"), "officials_interviewed": N_("Officials interviewed"),
}

# Field names some lessons show as the data names them (their English output keeps those names); the Chinese
# edition reads them in words from the catalogue: readable(table, AS_NAMED).
AS_NAMED = {"point_number": N_("point_number"), "verbatim_phrase": N_("verbatim_phrase"),
            "attributed_to": N_("attributed_to"), "table6_variable": N_("table6_variable")}


# What the rule in ``heading`` makes of the other fields the lessons show, marked for the catalogue so that
# they too have Chinese (a single word stays as the data spells it).
SHOWN = (
    N_("category"), N_("Original study"), N_("locator"), N_("place"), N_("effect"), N_("Bears on"), N_("value"),
    N_("qualifier"), N_("unit"), N_("statement"), N_("element"), N_("description"), N_("programme"),
    N_("Policy result"), N_("year"), N_("position"), N_("Entrepreneur group"), N_("name"), N_("Export share"),
    N_("observations"), N_("model"), N_("variable"), N_("period"), N_("indicator"), N_("answer"), N_("city"),
    N_("title"), N_("Also fits"), N_("rank"), N_("parameter"), N_("default"), N_("status"), N_("speaker"),
    N_("interviewee"), N_("kind"), N_("topic"), N_("cited from"), N_("theme"), N_("pinyin"), N_("characters"),
    N_("english"), N_("targets"), N_("target"), N_("number"), N_("aspect"), N_("paradigm"), N_("role"),
    N_("measurement"),
    # Headings the models give their tables in words (code indexes them in English; lessons show them
    # through ``readable``).
    N_("Place (Table 7)"), N_("Year"), N_("Interviewee"), N_("Code"), N_("Variable"), N_("City"),
)


def heading(name, headings: dict | None = None) -> str:
    """A field name as a heading in the course language: ``headings`` (a table's own N_()-marked headings),
    else the table above, else the words in sentence case."""
    if not isinstance(name, str):
        return name
    if headings and name in headings:
        return _(headings[name])
    if name in HEADINGS:
        return _(HEADINGS[name])
    if "_" not in name:
        return _(name)
    words = name.replace("_", " ")
    sentence = words[0].upper() + words[1:]  # in the catalogue when SHOWN lists it
    return _(sentence)


def readable(frame: pd.DataFrame, headings: dict | None = None) -> pd.DataFrame:
    """The same table with worded column and index headings (the values are not touched).

    ``headings`` maps a table's field names to its own headings (English marked with ``N_()``), where they
    differ from ``HEADINGS``: ``readable(frame, {"fdi_gdp": N_("FDI/GDP")})``.
    """
    out = frame.rename(columns=lambda name: heading(name, headings))
    out.columns = out.columns.set_names([heading(n, headings) for n in out.columns.names])
    out.index = out.index.set_names([heading(n, headings) for n in out.index.names])
    return out


def translated_values(frame: pd.DataFrame, name: str) -> dict[str, str]:
    """A text column's values -> the same values in the course language (its ``_zh`` twin in Chinese; in English
    each value maps to itself): for relabelling model tables and printouts that carry the data's English."""
    return dict(zip(frame[name], frame[column(name)]))


@lru_cache(maxsize=None)
def dataset_translations(dataset: str, name: str, lang: str) -> dict[str, str]:
    """``translated_values`` of one dataset's column, loaded (and validated) once per language, not per lookup."""
    return translated_values(load(dataset), name)


def localised(frame: pd.DataFrame, columns: list[str]) -> pd.DataFrame:
    """``frame[columns]`` in the course language: in Chinese a text column with a ``_zh`` twin in ``frame``
    (data prose such as a vignette's title) shows the twin, under the English column name."""
    out = frame[list(columns)].copy()
    for name in columns:
        if column(name) != name and column(name) in frame.columns:
            out[name] = frame[column(name)]
    return out
