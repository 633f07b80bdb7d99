"""Chapter 5 models: foreign capital and bureaucratic coalitions, after Chen (2017).

Three pieces, each a pure function plus an HTML rendering and a kernel-free view:

1. **Coalition explorer** — Chen's typology (Table 1; §2(c)): the export share of foreign
   firms sets how *cohesive* the international-commerce coalition is, the concentration of
   foreign sales in large firms sets its *bargaining power*, and together they predict how
   much government support domestic upgrading gets. The paper names two levels (High/Low)
   on each axis; the explorer also offers the in-between levels that Table 4 uses
   (Medium low, Medium, Medium high) and says plainly that placing them is the course's
   interpolation, not the paper's.
2. **Reading the regression** — Table 6's coefficients on the log odds of the S&T share of
   city expense, turned into an implied change in that share from a baseline the reader
   picks (inverse log odds). Only coefficients whose sign the data records as printed or
   inferred from the prose can be used; a sign marked ``unknown`` is refused.
3. **Cadre scoring with large firms** — chapter 1's Table 9 scorer (``widgets.puzzle``,
   reused unchanged) with one or more large foreign firms arriving in an illustrative city
   and moving several targets at once. Every number of the firm's effect is an assumption.
"""
from __future__ import annotations

import math
from functools import lru_cache

import pandas as pd

from widgets import validate
from widgets.data import load
from widgets.errors import ModelInputError
from widgets.i18n import N_  # marks English text the views show (and translate)
from widgets.models import puzzle

LEVELS = (N_("Low"), N_("Medium low"), N_("Medium"), N_("Medium high"), N_("High"))


"""Ordered levels of both axes, in Table 4's vocabulary. Table 1 uses only Low and High."""


CASE_CITIES = ("Suzhou", "Wuxi", "Ningbo", "Shenzhen")


TYPOLOGY_BASIS = N_("Chen's typology (Table 1; §2(c))")


NEAREST_BASIS = N_("Course interpolation: treated like the nearest Table 1 cell")


BETWEEN_BASIS = N_("Course interpolation: between Table 1 cells, which the typology does not place")


_COHESION = {"High": N_("Cohesive vested interests in international commerce"),
             "Low": N_("Noncohesive: international commerce serves foreign and domestic clients")}


_POWER = {"High": N_("Strong: large foreign firms give the coalition persuasive power with city leaders"),
          "Low": N_("Weak: foreign output is spread over many small firms")}


_SUPPORT = {("High", "High"): N_("Lowest of the four types (Suzhou's cell)"),
            ("High", "Low"): N_("Intermediate: a cohesive coalition without much bargaining power (Wuxi's cell)"),
            ("Low", "High"): N_("Intermediate: large firms but no cohesive coalition to use them (Ningbo's cell)"),
            ("Low", "Low"): N_("Highest of the four types (Shenzhen's cell)")}


BETWEEN_COHESION = N_("Between cohesive and noncohesive")


BETWEEN_POWER = N_("Between strong and weak")


# Table 1 states no bargaining power for Ningbo's cell; §6 explains why.
NINGBO_POWER = N_("Not stated in Table 1: large firms are present, but without a cohesive coalition "
                  "their influence ran through individual proposals and deals for single firms (§6)")


BETWEEN_SUPPORT = N_("Between the cells of {cities}")


CITY_JOINER = N_(" and ")


"""How ``predict`` words a position between Table 1 cells: the neighbouring case cities, joined."""


_SUPPORT_TIER = {("High", "High"): 0, ("High", "Low"): 1, ("Low", "High"): 1, ("Low", "Low"): 2}


def level(name: str, value: object) -> str:
    """One of ``LEVELS``; case and spacing are forgiven ('Medium High' → 'Medium high')."""
    if isinstance(value, str):
        tidy = " ".join(value.split()).capitalize()
        if tidy in LEVELS:
            return tidy
    raise ModelInputError(name, value, N_("one of {options}"), options=", ".join(repr(v) for v in LEVELS))


def side(value: str) -> str | None:
    """The Table 1 column or row a level falls on: 'High', 'Low', or None for 'Medium'."""
    index = LEVELS.index(value)
    return "High" if index > 2 else "Low" if index < 2 else None


@lru_cache(maxsize=1)
def case_design() -> pd.DataFrame:
    """Table 1 as loaded from the data package, indexed by city."""
    return load("chen2017_case_design").set_index("city")


def case_cell(city: str) -> tuple[str, str]:
    """(export-share level, concentration level) of a case city in Table 1."""
    validate.choice("city", city, CASE_CITIES)
    row = case_design().loc[city]
    return row["export_share_of_foreign_firms"], row["concentration_of_foreign_firms"]


def _city_in_cell(export_side: str, concentration_side: str) -> str:
    design = case_design()
    match = design.index[(design["export_share_of_foreign_firms"] == export_side)
                         & (design["concentration_of_foreign_firms"] == concentration_side)]
    return str(match[0])


def predict(export_level: object, concentration_level: object) -> dict:
    """What the theory expects for a city at this position in the plane.

    Returns the two levels, cohesiveness, bargaining power, predicted support, a support tier
    (0 lowest, 1 intermediate, 2 highest; None between cells), the Table 1 case city of the
    cell (None between cells), that city's Table 1 description, the basis of the prediction
    (the paper's typology or the course's interpolation) and, between cells, the neighbouring
    case cities (``neighbours``; empty in a cell). The texts are English; a view translates them.
    """
    export_level = level("export_level", export_level)
    concentration_level = level("concentration_level", concentration_level)
    e_side, c_side = side(export_level), side(concentration_level)
    exact = export_level in ("Low", "High") and concentration_level in ("Low", "High")
    result = {"export_level": export_level, "concentration_level": concentration_level}
    result["cohesiveness"] = _COHESION[e_side] if e_side else BETWEEN_COHESION
    if c_side is None:
        result["bargaining_power"] = BETWEEN_POWER
    elif e_side == "Low" and c_side == "High":
        result["bargaining_power"] = NINGBO_POWER
    else:
        result["bargaining_power"] = _POWER[c_side]
    if e_side and c_side:
        result["support"] = _SUPPORT[(e_side, c_side)]
        result["support_tier"] = _SUPPORT_TIER[(e_side, c_side)]
        result["case_city"] = _city_in_cell(e_side, c_side)
        result["table1_description"] = case_design().loc[result["case_city"], "coalition_description"]
        result["basis"] = TYPOLOGY_BASIS if exact else NEAREST_BASIS
        result["neighbours"] = ()
    else:
        neighbours = sorted({_city_in_cell(e, c) for e in ([e_side] if e_side else ["High", "Low"])
                             for c in ([c_side] if c_side else ["High", "Low"])}, key=CASE_CITIES.index)
        result["support"] = BETWEEN_SUPPORT.format(cities=CITY_JOINER.join(neighbours))
        result["neighbours"] = tuple(neighbours)
        result["support_tier"] = None
        result["case_city"] = None
        result["table1_description"] = ""
        result["basis"] = BETWEEN_BASIS
    return result


@lru_cache(maxsize=1)
def sixteen_cities() -> pd.DataFrame:
    """Table 4 as loaded from the data package."""
    return load("chen2017_sixteen_cities")


def table4_matches(export_level: object, concentration_level: object) -> pd.DataFrame:
    """Table 4 cities whose categories equal this position (case-insensitive)."""
    export_level = level("export_level", export_level)
    concentration_level = level("concentration_level", concentration_level)
    cities = sixteen_cities()
    same = (cities["export_share_of_foreign_firms"].map(lambda v: level("Table 4 category", v)) == export_level) & (
        cities["concentration_of_large_firms"].map(lambda v: level("Table 4 category", v)) == concentration_level)
    return cities.loc[same, ["city", "province", "fdi_gdp", "st_expense_share"]]


def table4_position(city: object) -> tuple[str, str]:
    """(export-share level, concentration level) of a Table 4 city, in ``LEVELS`` spelling.

    Table 4 prints 'Medium High' once (Deyang); it is read as 'Medium high'.
    """
    cities = sixteen_cities().set_index("city")
    validate.choice("city", city, tuple(cities.index))
    row = cities.loc[city]
    return (level("Table 4 export share", row["export_share_of_foreign_firms"]),
            level("Table 4 concentration", row["concentration_of_large_firms"]))


@lru_cache(maxsize=1)
def interviews() -> pd.DataFrame:
    """Table 7 (the interviews cited in the text) as loaded from the data package, indexed by code."""
    return load("chen2017_interviews").set_index("code")


NOT_IN_TABLE7 = N_("not in Table 7")


"""What ``table7_rows`` shows for a code that a note cites but Table 7 does not list (English here, as code
compares it; the view ``coalitions.shown`` translates it)."""


def table7_rows(codes) -> pd.DataFrame:
    """The Table 7 entry (place, year, interviewee) of each interview code, in the order given.

    A code that Table 7 does not list is kept, with every column saying so: the point of the
    view is to check a note's codes against the table, so a missing code must show, not vanish.
    Codes are compared after trimming spaces and upper-casing ('zj002 ' finds ZJ002).
    """
    if isinstance(codes, str):
        raise ModelInputError("codes", codes, N_("a list of interview codes such as ['ZJ002', 'ZJ013']"))
    codes = validate.non_empty("codes", codes)
    table = interviews()
    rows = {}
    for code in codes:
        if not isinstance(code, str) or not code.strip():
            raise ModelInputError("codes", code, N_("interview codes written as text, such as 'ZJ002'"))
        tidy = code.strip().upper()
        if tidy in table.index:
            row = table.loc[tidy]
            rows[tidy] = [row["location"], str(row["year"]), row["interviewee"]]
        else:
            rows[tidy] = [NOT_IN_TABLE7] * 3
    frame = pd.DataFrame.from_dict(rows, orient="index", columns=["Place (Table 7)", "Year", "Interviewee"])
    frame.index.name = "Code"
    return frame


MEASURE_HEADING = N_("{measure} ({unit}, {period})")


"""A Table 3 column heading: the measure with the unit and period its head prints (English here, as code indexes
the table by it; the views fill the pattern from the data's ``_zh`` columns in Chinese)."""


@lru_cache(maxsize=2)
def case_support(printed: bool = False) -> pd.DataFrame:
    """Table 3: the four case cities (rows) by the four support measures (columns, labelled with unit and period).

    ``printed=True`` gives the values as printed (text, e.g. '0.30'); otherwise numbers.
    """
    support = load("chen2017_case_city_support")
    support = support.assign(column=[MEASURE_HEADING.format(measure=r.measure_label, unit=r.unit, period=r.period)
                                     for r in support.itertuples()])
    order = support.drop_duplicates("measure").sort_values("measure_order")["column"].tolist()
    values = "value_as_printed" if printed else "value"
    table = support.pivot(index="city", columns="column", values=values).loc[list(CASE_CITIES), order]
    table.index.name = "City"
    table.columns.name = None
    return table


PREDICTORS = {N_("export share"): "FIE exporter overlap", N_("large-firm concentration"): "Large FIE concentration"}


"""Reader-facing names of the two independent variables → their Table 6 row labels.

Table 5 calls them a ratio and a proportion; the course reads both on a 0–1 scale, so a change of
0.1 is ten percentage points."""


USABLE_SIGNS = ("as_printed", "inferred_negative")


CAVEAT = N_("An association across prefecture-level cities (244 in the basic model), holding the other variables "
            "in the model constant — not the effect of changing a city's foreign firms. Only coefficients whose "
            "sign the text states or implies are used.")


@lru_cache(maxsize=1)
def table6() -> pd.DataFrame:
    """Table 6 coefficients in long form, as loaded from the data package."""
    return load("chen2017_table6_coefficients")


@lru_cache(maxsize=1)
def table6_models() -> pd.DataFrame:
    return load("chen2017_table6_models").set_index("model")


def signed_coefficient(row: pd.Series) -> float | None:
    """The coefficient with its sign, or None if its sign is unknown in the extracted text."""
    status = row["sign_status"]
    if status == "inferred_negative":
        return float(row["coefficient_signed"])
    if status == "as_printed":
        return float(row["coefficient"])
    return None


def coefficient(predictor: object, model: object, coefficients: pd.DataFrame | None = None) -> dict:
    """One usable Table 6 coefficient: value (signed), standard error, stars, sign status."""
    validate.choice("predictor", predictor, PREDICTORS)
    frame = table6() if coefficients is None else coefficients
    variable = PREDICTORS[predictor]
    rows = frame[frame["variable"] == variable]
    models = sorted(int(m) for m in rows["model"])
    if isinstance(model, bool) or not isinstance(model, int) or model not in models:
        raise ModelInputError("model", model, N_("a Table 6 model that includes {predictor}: one of {models}"),
                              predictor=predictor, models=", ".join(str(m) for m in models))
    row = rows[rows["model"] == model].iloc[0]
    value = signed_coefficient(row)
    if row["sign_status"] not in USABLE_SIGNS or value is None:
        raise ModelInputError(f"sign of {variable} in model {model}", row["sign_status"],
                              N_("as printed or inferred from the prose; this sign is unknown (the copy of the paper "
                                 "the course used has lost its minus signs), so no implied change can be computed"))
    return {"predictor": predictor, "variable": variable, "model": model, "coefficient": value,
            "standard_error": float(row["standard_error"]), "significance": row["significance"],
            "sign_status": row["sign_status"]}


def _share(name: str, value: object) -> float:
    validate.number(name, value)
    if not 0 < value < 1:
        raise ModelInputError(name, value, N_("a share strictly between 0 and 1 (for example 0.02 for 2%)"))
    return float(value)


def implied_share(baseline: object, predictor: object, model: object, change: object,
                  coefficients: pd.DataFrame | None = None) -> dict:
    """The S&T share of city expense implied by a change in one predictor, from a baseline share.

    logit(new) = logit(baseline) + coefficient × change, new = 1 / (1 + exp(−logit(new))).
    ``change`` is in the predictor's own units: a ratio, so between −1 and 1.
    """
    baseline = _share("baseline", baseline)
    change = validate.number("change", change, low=-1.0, high=1.0)
    c = coefficient(predictor, model, coefficients)
    shift = c["coefficient"] * change + 0.0  # + 0.0 turns −0.0 into 0.0
    if shift == 0:
        share = baseline  # no change: exactly the baseline, not a round trip through logs
    else:
        share = 1 / (1 + math.exp(-(math.log(baseline / (1 - baseline)) + shift)))
    return {**c, "baseline": baseline, "change": change, "log_odds_shift": shift, "odds_ratio": math.exp(shift),
            "share": share, "change_in_points": 100 * (share - baseline)}


MODEL_LABELS = {1: N_("basic"), 2: N_("without export share"), 3: N_("without both"), 4: N_("provincial fixed effects"),
                5: N_("fixed effects + FDI length"), 6: N_("predictors 2001–2005")}


"""Short names of the Table 6 models for the calculator view (full descriptions: chen2017_table6_models)."""


def _signed_text(value: float, digits: int | None = None) -> str:
    """'+0.1', '−0.0414'; with ``digits``, fixed decimals ('−0.080'). Zero is shown without a sign."""
    text = f"{value:+.{digits}f}" if digits is not None else f"{value:+.3g}"
    if float(text) == 0:
        return text[1:]
    return text.replace("-", "−")


"""Baseline shares offered in the view: the reader's choice, not figures from the source."""


def table6_display(coefficients: pd.DataFrame | None = None) -> pd.DataFrame:
    """Table 6 as text: variables × models, 'coefficient stars (SE)'; minus only where the sign is inferred.

    A coefficient whose sign is unknown is prefixed with '±'; one shown as printed (the prose gives no
    direction, and the extraction drops minus signs) is marked '†': its sign is not confirmed.
    """
    frame = table6() if coefficients is None else coefficients
    def cell(row):
        value = signed_coefficient(row)
        printed = row["coefficient_as_printed"]
        text = ("−" + printed) if value is not None and value < 0 else ("±" + printed) if value is None else printed
        if row["sign_status"] == "as_printed":
            text += "†"
        return f"{text}{row['significance']} ({row['standard_error_as_printed']})"
    out = frame.assign(cell=frame.apply(cell, axis=1)).pivot(index="variable", columns="model", values="cell")
    order = frame.drop_duplicates("variable").sort_values("variable_order")["variable"]
    out = out.loc[list(order)].fillna("")
    out.columns = [f"({m})" for m in out.columns]
    out.index.name = "Variable"
    return out


LARGE_FIRM_EFFECT = {"Per capita GDP (yuan)": 6_000.0,
                     "High-tech output (% of GDP)": 5.0,
                     "Patents per million yuan GDP": 0.25}


"""What ONE large foreign firm adds to a city's values in the course's illustration (assumptions, not data)."""


MAX_FIRMS = 3


def with_large_firms(city: object, firms: object, base: pd.DataFrame = puzzle.ILLUSTRATIVE_CITIES,
                     effect: dict | None = None) -> pd.DataFrame:
    """Chapter 1's illustrative cities with ``firms`` large foreign firms added to ``city``.

    Each firm adds ``effect[target]`` to the city's value on that target; other targets and
    other cities are unchanged. Values are checked against each target's allowed range.
    """
    firms = validate.number("firms", firms, low=0, high=MAX_FIRMS, integer=True)
    if city not in base.index:
        raise ModelInputError("city", city, N_("one of {options}"), options=", ".join(base.index))
    effect = LARGE_FIRM_EFFECT if effect is None else effect
    by_name = {t.short: t for t in puzzle.TARGETS}
    unknown = [k for k in effect if k not in by_name]
    if unknown:
        raise ModelInputError("effect", unknown, N_("targets of the chapter 1 scorer: {targets}"),
                              targets=", ".join(by_name))
    values = base
    for name, per_firm in effect.items():
        validate.number(f"effect on {name}", per_firm)
        values = puzzle.with_value(city, by_name[name], float(base.loc[city, name]) + firms * per_firm, base=values)
    return values
