"""Views of the two-logics simulation (chapter 2): HTML, the kernel-free explorer and the
evidence charts.

The lesson's one entry point: the model (widgets/models/innovation_logics.py, pure: no ipywidgets, no
matplotlib) is re-exported here, so a lesson reaches model and views through one name.
"""
from __future__ import annotations

import math

import pandas as pd

from widgets import html, validate
from widgets.errors import ModelInputError
from widgets.i18n import N_, _, language
from widgets.models.innovation_logics import (  # noqa: F401  (re-exported)
    COLUMNS as COLUMNS,
    DEFAULTS as DEFAULTS,
    EVIDENCE_GROUPS as EVIDENCE_GROUPS,
    IDEA_SOURCE_LABELS as IDEA_SOURCE_LABELS,
    LABELS as LABELS,
    LOGICS as LOGICS,
    MAX_LOCALITIES as MAX_LOCALITIES,
    MAX_ROUNDS as MAX_ROUNDS,
    MAX_RUNS as MAX_RUNS,
    MECHANISMS as MECHANISMS,
    PARAMETERS as PARAMETERS,
    Mechanism as Mechanism,
    Settings as Settings,
    _embedded_run as _embedded_run,
    _hierarchy_run as _hierarchy_run,
    _percent as _percent,
    codification_need as codification_need,
    compare as compare,
    evidence_table as evidence_table,
    option_label as option_label,
    reference_discontinued as reference_discontinued,
    settings as settings,
    simulate as simulate,
    sources_table as sources_table,
    summary as summary,
)
from widgets.static import Choice, Explorer
from widgets.tables import dataset_translations

# The column names of sources_table and evidence_table: lesson code indexes the tables by these English names,
# so they stay English in the tables, and ``shown`` puts them in the course language for display.
TABLE_HEADINGS = (N_("Source of the idea"), N_("Per cent"), N_("Topic"), N_("Finding"), N_("As printed"),
                  N_("Hedged"), N_("Survey or study"), N_("Cited work"))


# Columns whose values are labels the model marked for translation (the rest are numbers and data).
LABEL_COLUMNS = ("Source of the idea", "Topic", "Finding")


def shown(table: pd.DataFrame) -> pd.DataFrame:
    """``sources_table`` or ``evidence_table`` output (or a selection of it) as the reader sees it: headings and
    the model's labels in the course language; numbers, values as printed and citations untouched.

        il.shown(il.evidence_table(findings).set_index("Finding")[["As printed", "Cited work"]])
    """
    if not isinstance(table, pd.DataFrame):
        raise ModelInputError("table", type(table).__name__, N_("a table from sources_table or evidence_table"))
    out = table.copy()
    for name in LABEL_COLUMNS:
        if name in out.columns:
            out[name] = [_(label) for label in out[name]]
    if "Survey or study" in out.columns:  # the data's words: in Chinese its survey_zh
        surveys = dataset_translations("husain2015_survey_findings", "survey", language())
        out["Survey or study"] = [surveys.get(survey, survey) for survey in out["Survey or study"]]
    if out.index.name in LABEL_COLUMNS:
        out.index = pd.Index([_(label) for label in out.index], name=out.index.name)
    out.columns = [_(name) if isinstance(name, str) else name for name in out.columns]
    if isinstance(out.index.name, str):
        out.index.name = _(out.index.name)
    return out


def render(results: dict[str, pd.DataFrame], *, n_localities: float | None = None,
           variants_max: float | None = None, runs: int | None = None, step: int = 1) -> str:
    """Three small line charts on shared axes (both logics on each), then the last-round table.

    ``step`` plots every ``step``-th round (the last round is always in the table) to keep
    each precomputed view small.
    """
    if not isinstance(results, dict) or not results or set(results) - set(LOGICS):
        raise ModelInputError("results", sorted(results) if isinstance(results, dict) else results,
                              N_("a dict with the keys {keys}"),
                              keys=" and ".join(LOGICS))
    step = validate.number("step", step, low=1, high=MAX_ROUNDS, integer=True)
    frames = {logic: frame.iloc[step - 1::step] for logic, frame in results.items()}
    x = [float(v) for v in next(iter(frames.values())).index]
    if not x:
        raise ModelInputError("step", step, N_("at most the number of rounds simulated"))
    n = n_localities if n_localities is not None else max(float(f["adopters"].max()) for f in results.values())
    vmax = variants_max if variants_max is not None else max(1.0, *(float(f["variants"].max())
                                                                  for f in results.values()))
    every = max(1, len(x) // 5)
    avg = _(", average of {runs} runs").format(runs=runs) if runs and runs > 1 else ""

    def series(column):
        return {_(LABELS[logic]): [round(float(v), 3) for v in frame[column]] for logic, frame in frames.items()}

    ref_value, ref_text = reference_discontinued()
    charts = [
        html.lines(x, series("adopters"), _("Adoption: localities using a practice{average}").format(average=avg),
                   xlabel=_("Round"), ylabel=_("Localities"), ylim=(0, n), marker_every=every, height=190),
        html.lines(x, series("variants"), _("Distinct variants in circulation{average}").format(average=avg),
                   xlabel=_("Round"), ylabel=_("Variants"), ylim=(0, vmax), marker_every=every, height=190),
        html.lines(x, series("share_discontinued"),
                   _("Share of local innovations discontinued{average}").format(average=avg),
                   xlabel=_("Round"), ylabel=_("Share"), ylim=(0, 1), marker_every=every, height=190,
                   reference=ref_value,
                   reference_label=_("LGIPP award winners discontinued in their place of origin: {value} "
                                     "(Chen and Huang 2010, in Husain 2015, §3.4); a reference, not a "
                                     "calibration target").format(value=ref_text)),
        html.table(summary(results).round(2), _("Last round{average}").format(average=avg), number_format="{:,.2f}"),
    ]
    return "".join(charts)


def explorer(*, runs: int = 100, seed: int | None = None) -> Choice:
    """The chapter 2 widget: choose a mechanism, slide its value (others at defaults), compare the logics."""
    runs = validate.number("runs", runs, low=1, high=MAX_RUNS, integer=True)
    results = {(m.parameter, v): compare(runs=runs, seed=seed, **{m.parameter: v})
               for m in MECHANISMS for v in m.values}
    vmax = max(float(f["variants"].max()) for r in results.values() for f in r.values())
    vmax = float(20 * math.ceil(vmax / 20))
    children = {}
    for m in MECHANISMS:
        def view(value, m=m):
            key = (m.parameter, value)
            res = results[key] if key in results else compare(runs=runs, seed=seed, **{m.parameter: value})
            return render(res, n_localities=DEFAULTS.n_localities, variants_max=vmax, runs=runs, step=2)

        fmt = (lambda v: f"{v:g}") if m.parameter == "n_pilots" else (lambda v: f"{v:.2f}")
        children[option_label(m)] = Explorer(_(m.control), list(m.values), view,
                                             start=getattr(DEFAULTS, m.parameter), format_value=fmt).widget
    return Choice(_("Mechanism to vary"), children)


def sources_chart(findings: pd.DataFrame):
    """Horizontal bars of the sources of innovations, the unreported remainder drawn open, dashed and labelled."""
    import matplotlib.pyplot as plt

    from widgets import figures

    figures.style()
    table = sources_table(findings)
    fig, ax = plt.subplots(figsize=(figures.WIDTH, 5.4))
    sources = list(table["Source of the idea"])
    labels = [_("{source} ({percent}%)").format(source=_(s), percent=f"{p:g}") if s == "Not reported" else _(s)
              for s, p in zip(sources, table["Per cent"])]
    y = list(range(len(table)))[::-1]
    for yi, source, (label, value) in zip(y, sources, zip(labels, table["Per cent"])):
        reported = source != "Not reported"
        ax.barh(yi, value, color=figures.PALETTE[0] if reported else "white", edgecolor=figures.PALETTE[0],
                linestyle="-" if reported else "--", linewidth=1.2)
        ax.text(value + 1.5, yi, f"{value:g}%", va="center")
    ax.set_yticks(y, [figures.wrap(label, 20) for label in labels])
    ax.set_xlim(0, 75)
    ax.set_xticks([0, 20, 40, 60])
    ax.set_xlabel(_("Per cent of surveyed innovators"))
    figures.heading(fig, _("Where the ideas came from, as LGIPP innovators reported them"), width=46)
    figures.note(fig, _("Entrants are not representative of local governments (Husain 2015, "
                        "§3.2 (Who Innovates and Why)); survey year not stated."))
    fig.tight_layout(rect=(0, 0.09, 1, 1))
    return fig


def evidence_chart(findings: pd.DataFrame):
    """One bar per reported figure, grouped by topic; hedged figures hatched; every bar labelled as printed.

    Each finding is named on its own line above its bar, so the names have the figure's whole width.
    """
    import matplotlib.pyplot as plt
    from matplotlib.patches import Patch

    from widgets import figures

    figures.style()
    table = evidence_table(findings)
    rows = len(EVIDENCE_GROUPS) + 2 * len(table)
    fig, ax = plt.subplots(figsize=(figures.WIDTH, 0.24 * rows + 2.2))
    y = 0.0
    for g, (heading, items) in enumerate(EVIDENCE_GROUPS):
        ax.text(0, -y, _(heading), fontweight="bold", va="center", ha="left")
        y += 1
        for _index, row in table[table["Topic"] == heading].iterrows():
            finding = row["Finding"]  # a label the model marked for translation
            ax.text(0, -y, _(finding), va="center", ha="left")
            y += 0.95
            ax.barh(-y, row["Per cent"], height=0.75, color=figures.PALETTE[g % len(figures.PALETTE)],
                    edgecolor="black", linewidth=0.6, hatch="///" if row["Hedged"] else "")
            ax.text(row["Per cent"] + 1.5, -y, row["As printed"], va="center")
            y += 1.05
        y += 0.2
    ax.set_yticks([])
    ax.spines["left"].set_visible(False)
    ax.set_xlim(0, 150)
    ax.set_ylim(-y + 0.6, 0.7)
    ax.set_xticks([0, 25, 50, 75, 100])
    ax.spines["bottom"].set_bounds(0, 100)
    ax.set_xlabel(figures.wrap(_("Per cent (each bar is a separate figure; bars do not add up)"), 50), loc="left")
    fig.legend(handles=[Patch(facecolor="white", edgecolor="black", hatch="///",
                              label=figures.wrap(_("hedged or in words in the source ('around', 'almost', "
                                                   "'more than', 'fully' …)"), 50)),
                        Patch(facecolor="white", edgecolor="black", label=_("a plain number in the source"))],
               loc="lower left", bbox_to_anchor=(0.0, 0.0), ncols=1, frameon=False)
    figures.heading(fig, _("LGIPP evidence at a glance: separate figures from different surveys"), width=46)
    fig.tight_layout(rect=(0, 0.1, 1, 1))
    return fig
