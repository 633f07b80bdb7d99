"""Cadre evaluation scorer, after Chen (2017), Table 9.

Model: on each target, a city scores ``floor + range · (x − min) / (max − min)`` over
the compared cities (the formula under Table 9: 60 for the lowest city, 100 for the
highest). The formula's constants and the target list are read from the data
package; the city values below are illustrative, made up for teaching.

Two choices are the course's, not the source's, and are labelled as such wherever
they are shown: for targets where less is better the scale is reversed, and a city's
overall result is the unweighted mean of its target scores (Table 9 gives no weights).
"""
from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache

import pandas as pd

from widgets import validate
from widgets.data import load
from widgets.errors import ModelInputError
from widgets.i18n import N_  # marks English text the views show (and translate)


@lru_cache(maxsize=1)
def formula_constants() -> tuple[float, float]:
    """(floor_points, range_points) from Chen (2017), Table 9."""
    constants = load("chen2017_cadre_formula").set_index("parameter")["value"]
    return float(constants["floor_points"]), float(constants["range_points"])


def _check_values(values: object) -> pd.DataFrame:
    if not isinstance(values, pd.DataFrame) or values.empty:
        raise ModelInputError("values", type(values).__name__,
                              N_("a non-empty table of cities (rows) by targets (columns)"))
    if len(values.index) < 2:
        raise ModelInputError("values", f"{len(values.index)} city", N_("a table with at least two cities to compare"))
    if values.index.has_duplicates:
        raise ModelInputError("values", list(values.index), N_("a table whose city names are all different"))
    for target in values.columns:
        for city, x in values[target].items():
            validate.number(f"{target} for {city}", x)
    return values.astype(float)


def target_scores(values: pd.DataFrame, lower_is_better: tuple[str, ...] = ()) -> pd.DataFrame:
    """Score every city on every target with the Table 9 formula.

    A target on which all cities are equal cannot separate them (the formula divides
    by zero): its scores are left empty (NaN) and ``unscored_targets`` names it.
    """
    values = _check_values(values)
    unknown = [t for t in lower_is_better if t not in values.columns]
    if unknown:
        raise ModelInputError("lower_is_better", unknown, N_("names of targets in the table: {targets}"),
                              targets=", ".join(values.columns))
    floor, span = formula_constants()
    low, high = values.min(), values.max()
    spread = (high - low).where(high > low)  # NaN where every city is equal
    scores = floor + span * (values - low) / spread
    for target in lower_is_better:
        scores[target] = floor + span * (high[target] - values[target]) / spread[target]
    return scores


def unscored_targets(values: pd.DataFrame) -> list[str]:
    values = _check_values(values)
    return [t for t in values.columns if values[t].min() == values[t].max()]


def evaluate(values: pd.DataFrame, lower_is_better: tuple[str, ...] = ()) -> pd.DataFrame:
    """Target scores plus each city's mean score and rank (1 = best; ties share a rank)."""
    scores = target_scores(values, lower_is_better)
    result = scores.copy()
    result["Mean score"] = scores.mean(axis=1, skipna=True)
    result["Rank"] = result["Mean score"].rank(ascending=False, method="min").astype("Int64")
    return result


@dataclass(frozen=True)
class Target:
    number: str        # Table 9 number, e.g. "X1–1"
    short: str         # column name used in the widget (English: the views translate it)
    unit: str
    low: float         # what a reader may type (validation), and the slider range
    high: float
    lower_is_better: bool = False


TARGETS = (
    Target("X1–1", N_("Per capita GDP (yuan)"), "yuan", 0, 500_000),
    Target("X1–5", N_("High-tech output (% of GDP)"), "%", 0, 100),
    Target("X2–3", N_("Patents per million yuan GDP"), "number", 0, 100),
    Target("X3–5", N_("Work-related deaths per 100 million yuan GDP"), "number", 0, 100, lower_is_better=True),
    Target("X4–5", N_("Days with good air (%)"), "%", 0, 100),
)


ILLUSTRATIVE_CITIES = pd.DataFrame(
    [[60_000, 20, 1.2, 0.15, 80], [85_000, 35, 0.8, 0.20, 70], [45_000, 12, 0.5, 0.10, 90],
     [70_000, 28, 1.6, 0.25, 65]],
    index=pd.Index(["City A", "City B", "City C", "City D"], name="City"),
    columns=[t.short for t in TARGETS],
    dtype=float,
)


LOWER_IS_BETTER = tuple(t.short for t in TARGETS if t.lower_is_better)


def with_value(city: str, target: Target, value: float, base: pd.DataFrame = ILLUSTRATIVE_CITIES) -> pd.DataFrame:
    """A copy of ``base`` with one city's value on one target replaced (validated against the target's range)."""
    validate.number(f"{target.short} for {city}", value, low=target.low, high=target.high)
    if city not in base.index:
        raise ModelInputError("city", city, N_("one of {options}"), options=", ".join(base.index))
    changed = base.astype(float)
    changed.loc[city, target.short] = value
    return changed
