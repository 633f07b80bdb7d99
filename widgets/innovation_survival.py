"""Views of the survival model (chapter 3): HTML, the kernel-free explorer and the timeline figure.

The lesson's one entry point: the model (widgets/models/innovation_survival.py, pure: no ipywidgets, no
matplotlib) is re-exported here, so a lesson reaches model and views through one name.
"""
from __future__ import annotations

import pandas as pd

from widgets import html, validate
from widgets.errors import ModelInputError
from widgets.i18n import N_, _
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


def still_running(finding) -> str:
    """Two lines on a survey finding of innovations discontinued where they began: the figure as printed, where
    it is from, and the share still running (1 − the share discontinued), in the course language."""
    share = float(finding["value"])
    return "\n".join([
        _("Discontinued in place of origin: {value} ({study}, in Husain 2015 {locator})").format(
            value=finding["value_text"], study=finding["original_study"], locator=finding["locator"]),
        _("Share still running where they began: 1 − {share:.3f} = {running:.3f} "
          "(rough: the source says 'around')").format(share=share, running=1 - share)])


def render(tenure: int = DEFAULTS.tenure, drop: float = DEFAULTS.drop,
           institutionalise: float = DEFAULTS.institutionalise, champions: int = DEFAULTS.champions,
           horizon: int = DEFAULTS.horizon, reference: float | None = None) -> str:
    """HTML view of one setting: survival curve and institutionalised share, median and long run."""
    curve = survival(tenure, drop, institutionalise, champions, horizon)
    facts = summary(tenure, drop, institutionalise, champions, horizon)
    if reference is not None:
        validate.probability("reference", reference)
    series = {_("Still running"): list(curve["running"]),
              _("Running and institutionalised"): list(curve["institutionalised"])}
    chart = html.lines(
        list(curve.index), series,
        _("Illustration: tenure {tenure}, drop {drop}, institutionalise {institutionalise}, champions {champions}")
        .format(tenure=tenure, drop=f"{drop:g}", institutionalise=f"{institutionalise:g}", champions=champions),
        xlabel=_("Years since launch"), ylabel=_("Probability"), ylim=(0.0, 1.0), y_format="{:.2f}",
        marker_every=5, reference=reference,
        reference_label=_("2/3 of prize-winners not discontinued (Husain 2015 §3.4): no time horizon, "
                          "not a calibration target") if reference is not None else "")
    median = facts["median_years"]
    median_text = (_("Median lifetime: {median} years — by then half the innovations have been dropped.")
                   .format(median=median) if median is not None else
                   _("Median lifetime: beyond the horizon — more than half are still running after {horizon} years.")
                   .format(horizon=horizon))
    lines = [
        median_text,
        _("Still running after {horizon} years: {share}.").format(
            horizon=horizon, share=_percent(facts["running_at_horizon"])),
        _("In the long run, {share} are never ended by rotation (they get institutionalised first).").format(
            share=_percent(facts["long_run"])),
        _("Yearly chance of institutionalisation with {champions} champion(s): {share}.").format(
            champions=champions, share=_percent(facts["yearly_institutionalisation"])),
    ]
    note = html.message(_("Illustration with assumed numbers: not a finding or estimate of any source."))
    return note + chart + "".join(f'<p class="course-summary">{html.text(s)}</p>' for s in lines)


def explorer(reference: float | None = None) -> Choice:
    """Pick a parameter, slide it; the other parameters stay at the course defaults."""
    if reference is None:
        reference = reference_share()[0]
    views = {}
    for knob in KNOBS:
        start = getattr(DEFAULTS, knob.name)
        views[_(knob.label)] = Explorer(
            _(knob.label), list(knob.values),
            lambda v, k=knob.name: render(**{k: v}, reference=reference),
            start=start, format_value=_(knob.show).format).widget
    return Choice(_("Parameter to vary"), views)


def timeline_figure(dated: pd.DataFrame):
    """Draw ``dated_events(...)`` on a time axis; approximate dates drawn and labelled as approximate.

    Each event's words stand on their own lines (the figure's whole width), its date in italics below them,
    then its mark on the time axis. Exact years are filled diamonds; part of a decade or an approximate
    period is a hatched, open bar labelled "approximate" with the printed date words; a period with no end
    is an arrow to the time of writing; a year taken from the source description rather than the document
    is an open diamond, labelled so.
    """
    import textwrap

    import matplotlib.pyplot as plt

    from widgets import figures

    if not isinstance(dated, pd.DataFrame) or "label" not in dated or dated.empty:
        raise ModelInputError("dated", type(dated).__name__, N_("the table returned by dated_events()"))
    figures.style()
    # y in text lines (one line of 11 pt text is about 0.19 in): each event's words, then its mark on the axis.
    blocks, y = [], 0.0
    for row in dated.itertuples():
        start = int(row.start_year)
        if row.date_precision in ("part_of_decade", "approximate"):
            when = _("“{date}”: approximate, no exact year given").format(date=row.date_text.strip())
        elif pd.isna(row.end_year):
            when = _("{start} onward (“{date}”)").format(start=start, date=row.date_text.strip())
        else:
            from_description = row.date_status == "from_source_description"
            when = (_("{start} (year from the source description, not the essay)") if from_description
                    else "{start}").format(start=start)
        label, when = textwrap.fill(row.label, 52), textwrap.fill(when, 52)
        lines = label.count("\n") + when.count("\n") + 2
        blocks.append((row, y, label, y - (label.count("\n") + 1), when, y - lines - 0.4))
        y -= lines + 1.7
    fig, ax = plt.subplots(figsize=(figures.WIDTH, 0.19 * -y + 0.9))
    transform = ax.get_yaxis_transform()  # x in axes fraction, y in data
    writing = int(dated["start_year"].max())
    left, right = int(dated["start_year"].min()) - 1, writing + 3
    for row, top, label, when_top, when, mark in blocks:
        start = int(row.start_year)
        ax.text(0, top, label, va="top", ha="left", transform=transform)
        ax.text(0, when_top, when, va="top", ha="left", style="italic", color="#333333", transform=transform)
        if row.date_precision in ("part_of_decade", "approximate"):
            end = int(row.end_year) if pd.notna(row.end_year) else start + 9
            ax.barh(mark, end - start, left=start, height=0.9, facecolor="white", edgecolor=figures.PALETTE[1],
                    hatch="//", hatchcolor=figures.PALETTE[1], linewidth=1.2)
        elif pd.isna(row.end_year):           # a start year and no end: ongoing
            ax.annotate("", xy=(writing + 0.5, mark), xytext=(start, mark),
                        arrowprops={"arrowstyle": "->", "color": figures.PALETTE[2], "lw": 1.8})
            ax.plot(start, mark, marker="s", color=figures.PALETTE[2], markersize=7)
        else:
            from_description = row.date_status == "from_source_description"
            ax.plot(start, mark, marker="D", markersize=8, color=figures.PALETTE[0],
                    markerfacecolor="white" if from_description else figures.PALETTE[0])
    ax.set_yticks([])
    ax.set_ylim(y + 0.8, 0.3)
    ax.set_xlim(left, right)
    ax.set_xticks(range(left + (5 - left % 5) % 5, right + 1, 5))
    ax.spines["left"].set_visible(False)
    ax.set_xlabel(_("Year"))
    ax.grid(axis="x", linewidth=0.4, alpha=0.35)
    fig.tight_layout(pad=0.3)
    return fig
