"""Views of the survival model (chapter 3): HTML, the kernel-free explorer and the timeline figure.

The lesson's one entry point: the model (widgets/models/innovation_survival.py, pure: no ipywidgets, no
matplotlib) is re-exported here, so a lesson reaches model and views through one name.
"""
from __future__ import annotations

import pandas as pd

from widgets import html, validate
from widgets.errors import ModelInputError
from widgets.models.innovation_survival import (  # noqa: F401  (re-exported)
    ASSUMPTIONS as ASSUMPTIONS,
    DEFAULTS as DEFAULTS,
    EVENT_COLUMNS as EVENT_COLUMNS,
    KNOBS as KNOBS,
    MAX_CHAMPIONS as MAX_CHAMPIONS,
    MAX_YEARS as MAX_YEARS,
    REFERENCE_FINDING as REFERENCE_FINDING,
    Knob as Knob,
    Settings as Settings,
    _check as _check,
    _percent as _percent,
    dated_events as dated_events,
    long_run_share as long_run_share,
    median_lifetime as median_lifetime,
    reference_share as reference_share,
    summary as summary,
    survival as survival,
    yearly_institutionalisation as yearly_institutionalisation,
)
from widgets.static import Choice, Explorer


def render(tenure: int = DEFAULTS.tenure, drop: float = DEFAULTS.drop,
           institutionalise: float = DEFAULTS.institutionalise, champions: int = DEFAULTS.champions,
           horizon: int = DEFAULTS.horizon, reference: float | None = None) -> str:
    """HTML view of one setting: survival curve and institutionalised share, median and long run."""
    curve = survival(tenure, drop, institutionalise, champions, horizon)
    facts = summary(tenure, drop, institutionalise, champions, horizon)
    if reference is not None:
        validate.probability("reference", reference)
    series = {"Still running": list(curve["running"]),
              "Running and institutionalised": list(curve["institutionalised"])}
    chart = html.lines(
        list(curve.index), series,
        f"Illustration: tenure {tenure}, drop {drop:g}, institutionalise {institutionalise:g}, "
        f"champions {champions}",
        xlabel="Years since launch", ylabel="Probability", ylim=(0.0, 1.0), y_format="{:.2f}",
        marker_every=5, reference=reference,
        reference_label=("2/3 of prize-winners not discontinued (Husain 2015 §3.4): no time horizon, "
                         "not a calibration target") if reference is not None else "")
    median = facts["median_years"]
    median_text = (f"Median lifetime: {median} years — by then half the innovations have been dropped."
                   if median is not None else
                   f"Median lifetime: beyond the horizon — more than half are still running after {horizon} years.")
    lines = [
        median_text,
        f"Still running after {horizon} years: {_percent(facts['running_at_horizon'])}.",
        f"In the long run, {_percent(facts['long_run'])} are never ended by rotation "
        "(they get institutionalised first).",
        f"Yearly chance of institutionalisation with {champions} champion(s): "
        f"{_percent(facts['yearly_institutionalisation'])}.",
    ]
    note = html.message("Illustration with assumed numbers: not a finding or estimate of any source.")
    return note + chart + "".join(f'<p class="course-summary">{html.text(s)}</p>' for s in lines)


def explorer(reference: float | None = None) -> Choice:
    """Pick a parameter, slide it; the other parameters stay at the course defaults."""
    if reference is None:
        reference = reference_share()[0]
    views = {}
    for knob in KNOBS:
        start = getattr(DEFAULTS, knob.name)
        views[knob.label] = Explorer(
            knob.label, list(knob.values),
            lambda v, k=knob.name: render(**{k: v}, reference=reference),
            start=start, format_value=knob.show.format).widget
    return Choice("Parameter to vary", views)


def timeline_figure(dated: pd.DataFrame):
    """Draw ``dated_events(...)`` on a time axis; approximate dates drawn and labelled as approximate.

    Exact years are filled diamonds; part of a decade or an approximate period is a hatched, open bar labelled
    "approximate" with the printed date words; a period with no end is an arrow to the time of writing; a
    year taken from the source description rather than the document is an open diamond, labelled so.
    """
    import textwrap

    import matplotlib.pyplot as plt

    from widgets import figures

    if not isinstance(dated, pd.DataFrame) or "label" not in dated or dated.empty:
        raise ModelInputError("dated", type(dated).__name__, "the table returned by dated_events()")
    figures.style()
    n = len(dated)
    fig, ax = plt.subplots(figsize=(8, min(5.0, 0.6 * n + 1.2)))
    writing = int(dated["start_year"].max())
    left, right = int(dated["start_year"].min()) - 1, writing + 3
    for i, row in enumerate(dated.itertuples()):
        y = n - 1 - i
        start = int(row.start_year)
        if row.date_precision in ("part_of_decade", "approximate"):
            end = int(row.end_year) if pd.notna(row.end_year) else start + 9
            ax.barh(y, end - start, left=start, height=0.45, facecolor="white", edgecolor=figures.PALETTE[1],
                    hatch="//", linewidth=1.2)
            when = f"“{row.date_text.strip()}”: approximate, no exact year given"
            x_text = start
        elif pd.isna(row.end_year):           # a start year and no end: ongoing
            ax.annotate("", xy=(writing + 0.5, y), xytext=(start, y),
                        arrowprops={"arrowstyle": "->", "color": figures.PALETTE[2], "lw": 1.8})
            ax.plot(start, y, marker="s", color=figures.PALETTE[2], markersize=7)
            when = f"{start} onward (“{row.date_text.strip()}”)"
            x_text = writing + 0.5
        else:
            from_description = row.date_status == "from_source_description"
            ax.plot(start, y, marker="D", markersize=8, color=figures.PALETTE[0],
                    markerfacecolor="white" if from_description else figures.PALETTE[0])
            when = f"{start}" + (" (year from the source description, not the essay)" if from_description else "")
            x_text = start
        flip = x_text > writing - 6
        ax.text(x_text + (0.5 if flip else 0.0), y + 0.26, when, fontsize=8, va="bottom",
                ha="right" if flip else "left")
        ax.text(left - 0.3, y, textwrap.fill(row.label, 48), fontsize=7.8, va="center", ha="right")
    ax.set_yticks([])
    ax.set_ylim(-0.6, n - 0.1)
    ax.set_xlim(left, right)
    ax.set_xticks(range(left + (5 - left % 5) % 5, right + 1, 5))
    ax.spines["left"].set_visible(False)
    ax.set_xlabel("Year")
    ax.grid(axis="x", linewidth=0.4, alpha=0.5)
    fig.subplots_adjust(left=0.43, right=0.98, top=0.96, bottom=0.1)
    return fig
