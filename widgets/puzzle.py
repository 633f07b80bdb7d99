"""Views of the cadre-evaluation scorer (chapter 1; Chen 2017, Table 9): HTML and the kernel-free widget.

The lesson's one entry point: the model (widgets/models/puzzle.py, pure: no ipywidgets, no
matplotlib) is re-exported here, so a lesson reaches model and views through one name.
"""
from __future__ import annotations

import pandas as pd

from widgets import html
from widgets.i18n import N_, _
from widgets.models.puzzle import (  # noqa: F401  (re-exported)
    ILLUSTRATIVE_CITIES as ILLUSTRATIVE_CITIES,
    LOWER_IS_BETTER as LOWER_IS_BETTER,
    TARGETS as TARGETS,
    Target as Target,
    _check_values as _check_values,
    evaluate as evaluate,
    formula_constants as formula_constants,
    target_scores as target_scores,
    unscored_targets as unscored_targets,
    with_value as with_value,
)
from widgets.static import Choice, Explorer

# The model's tables head their columns in English (the targets' short names and this): the views translate.
MODEL_HEADINGS = (N_("Mean score"),)


def render(values: pd.DataFrame, highlight: str = "City A") -> str:
    """HTML view: mean scores as labelled bars, then the per-target score table."""
    result = evaluate(values, LOWER_IS_BETTER)
    floor, span = formula_constants()
    order = result.sort_values(["Rank", "Mean score"], ascending=[True, False])
    labels = [f"#{r} {city}" for city, r in zip(order.index, order["Rank"])]
    chart = html.bars(labels, list(order["Mean score"]), _("Mean cadre score (60 = lowest, 100 = highest)"),
                      low=floor, high=floor + span, highlight=f"#{order.loc[highlight, 'Rank']} {highlight}")
    skipped = unscored_targets(values)
    note = (html.message(_("Not scored (every city has the same value, so the formula divides by zero): {targets}")
                         .format(targets=", ".join(map(_, skipped)))) if skipped else "")
    table = html.table(result.drop(columns=["Rank"]).round(1).rename(columns=_),
                       _("Score on each target (Table 9 formula)"))
    return chart + note + table


def _readout(value: float) -> str:
    return f"{value:,.0f}" if abs(value) >= 1000 else f"{value:.3g}"


def scorer(city: str = "City A", steps: int = 7) -> Choice:
    """The chapter 1 widget: pick a target, slide one city's value, watch scores and ranks."""
    explorers = {}
    for target in TARGETS:
        column = ILLUSTRATIVE_CITIES[target.short]
        lo, hi = float(column.min()), float(column.max())
        pad = (hi - lo) * 0.25
        start, stop = max(target.low, lo - pad), min(target.high, hi + pad)
        grid = sorted({round(start + i * (stop - start) / (steps - 1), 3) for i in range(steps)}
                      | {float(column[city])})
        explorers[f"{target.number} {_(target.short)}"] = Explorer(
            _("{city}'s value").format(city=city), grid, lambda v, t=target: render(with_value(city, t, v)),
            start=float(column[city]), format_value=_readout).widget
    return Choice(_("Target"), explorers)
