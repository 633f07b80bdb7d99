"""Views of chapter 5's models (Chen 2017): the coalition explorer, the regression calculator,
the large-firm scorer and the figures.

The lesson's one entry point: the model (widgets/models/coalitions.py, pure: no ipywidgets, no
matplotlib) is re-exported here, so a lesson reaches model and views through one name.
"""
from __future__ import annotations

from functools import lru_cache

import pandas as pd

from widgets import html, puzzle, validate
from widgets.data import load
from widgets.errors import ModelInputError
from widgets.i18n import N_, _, column, language
from widgets.models.coalitions import (  # noqa: F401  (re-exported)
    _COHESION as _COHESION,
    _POWER as _POWER,
    _SUPPORT as _SUPPORT,
    _SUPPORT_TIER as _SUPPORT_TIER,
    BETWEEN_BASIS as BETWEEN_BASIS,
    BETWEEN_COHESION as BETWEEN_COHESION,
    BETWEEN_POWER as BETWEEN_POWER,
    BETWEEN_SUPPORT as BETWEEN_SUPPORT,
    CASE_CITIES as CASE_CITIES,
    CAVEAT as CAVEAT,
    CITY_JOINER as CITY_JOINER,
    LARGE_FIRM_EFFECT as LARGE_FIRM_EFFECT,
    LEVELS as LEVELS,
    MAX_FIRMS as MAX_FIRMS,
    MEASURE_HEADING as MEASURE_HEADING,
    MODEL_LABELS as MODEL_LABELS,
    NEAREST_BASIS as NEAREST_BASIS,
    NINGBO_POWER as NINGBO_POWER,
    NOT_IN_TABLE7 as NOT_IN_TABLE7,
    PREDICTORS as PREDICTORS,
    TYPOLOGY_BASIS as TYPOLOGY_BASIS,
    USABLE_SIGNS as USABLE_SIGNS,
    _city_in_cell as _city_in_cell,
    _share as _share,
    _signed_text as _signed_text,
    case_cell as case_cell,
    case_design as case_design,
    case_support as case_support,
    coefficient as coefficient,
    implied_share as implied_share,
    interviews as interviews,
    level as level,
    predict as predict,
    side as side,
    signed_coefficient as signed_coefficient,
    sixteen_cities as sixteen_cities,
    table4_matches as table4_matches,
    table4_position as table4_position,
    table6 as table6,
    table6_display as table6_display,
    table6_models as table6_models,
    table7_rows as table7_rows,
    with_large_firms as with_large_firms,
)
from widgets.static import Choice, Explorer
from widgets.tables import dataset_translations, readable, translated_values

# Headings of the tables chapter 5 builds from the data (field name -> heading; see tables.readable).
SIXTEEN_HEADINGS = {"city": N_("City"), "province": N_("Province"), "fdi_gdp": N_("FDI/GDP"),
                    "export_share_of_foreign_firms": N_("Export share"),
                    "concentration_of_large_firms": N_("Large-firm concentration"),
                    "st_expense_share": N_("S&T share of city expense")}
CASE_HEADINGS = {"province": N_("Province"), "export_share_of_foreign_firms": N_("Export share of foreign firms"),
                 "concentration_of_foreign_firms": N_("Concentration in large firms"),
                 "coalition_description": N_("Table 1 cell")}
CONTEXT_HEADINGS = {"first_fdi_year": N_("First FDI"), "fdi_share_of_gdp": N_("FDI/GDP"),
                    "foreign_firm_export_share": N_("Foreign firms' share of exports"),
                    "officials_interviewed": N_("Officials interviewed")}
INTERVIEW_HEADINGS = {"location": N_("Place"), "interviews": N_("Interviews cited"), "first": N_("First year"),
                      "last": N_("Last year")}


def measure_heading(row: pd.Series) -> str:
    """A Table 3 measure's heading in the course language, from its row of ``chen2017_case_city_support``: the
    measure with its unit and period (``MEASURE_HEADING``), from the ``_zh`` columns in Chinese."""
    return _(MEASURE_HEADING).format(measure=row[column("measure_label")], unit=row[column("unit")],
                                     period=row[column("period")])


def data_labels() -> dict[str, str]:
    """The English labels the models' tables take from the data -> the same labels in the course language: Table 3's
    measure headings (``measure_heading``) and the Table 6/8 variable names (``chen2017_variables``:
    ``table6_variable``, in Chinese ``table6_variable_zh``). In English each label maps to itself. Made once per
    language: every precomputed explorer position asks for it."""
    return _data_labels(language())


@lru_cache(maxsize=None)
def _data_labels(lang: str) -> dict[str, str]:
    support = load("chen2017_case_city_support").drop_duplicates("measure")
    labels = {MEASURE_HEADING.format(measure=row["measure_label"], unit=row["unit"], period=row["period"]):
              measure_heading(row) for _index, row in support.iterrows()}
    variables = load("chen2017_variables")
    named = variables[variables["table6_variable"].fillna("") != ""]
    labels.update(translated_values(named, "table6_variable"))
    return labels


def shown(table: pd.DataFrame, headings: dict | None = None) -> pd.DataFrame:
    """A table as students see it: headings in words (``tables.readable``), and the labels the model takes from the
    data (``data_labels``) and its marked values ("not in Table 7") in the course language; the models' own tables
    keep the English that code uses."""
    labels = data_labels()
    if "Interviewee" in table.columns and column("interviewee") != "interviewee":  # Table 7's rows: the data's Chinese
        table = table.assign(Interviewee=table["Interviewee"].replace(
            dataset_translations("chen2017_interviews", "interviewee", language())))
    out = readable(table.rename(index=labels, columns=labels), headings)
    if _(NOT_IN_TABLE7) != NOT_IN_TABLE7:
        out = out.replace(NOT_IN_TABLE7, _(NOT_IN_TABLE7))
    return out


# The data's sign statuses in words (the calculator's Sign column).
SIGN_STATUS = {"as_printed": N_("as printed"), "inferred_negative": N_("inferred negative")}


def render_position(export_level: object, concentration_level: object) -> str:
    """HTML view of one position: the prediction with its basis, the corner's case city and Table 4 matches."""
    p = predict(export_level, concentration_level)
    # The model's texts are the English messages marked in widgets/models/coalitions.py: translated here.
    cohesiveness, power, support, basis = (_(text) for text in (p["cohesiveness"], p["bargaining_power"],
                                                                 p["support"], p["basis"]))
    if p["neighbours"]:  # "Between the cells of Suzhou and Ningbo": a pattern, filled in the course language
        support = _(BETWEEN_SUPPORT).format(cities=_(CITY_JOINER).join(p["neighbours"]))
    prediction = pd.DataFrame(
        {_("Expected"): [cohesiveness, power, support, basis]},
        index=pd.Index([_("Cohesiveness of the international-commerce coalition"),
                        _("Bargaining power of that coalition"),
                        _("Government support for domestic upgrading"),
                        _("Basis of this prediction")], name=_("Theory says")))
    # No 5 × 5 position grid here: the explorer embeds 25 of these views, and the controls already show
    # the position (a grid per view pushed the lesson page over its weight budget).
    export, concentration = p["export_level"], p["concentration_level"]
    parts = [html.table(prediction, _("Export share {export}, concentration {concentration}: what the theory expects")
                        .format(export=_(export), concentration=_(concentration)))]
    if p["case_city"]:
        city = p["case_city"]
        measures = case_support(printed=True).loc[[city]].T
        measures.columns = [_("{city} (Table 3)").format(city=city)]
        measures = measures.rename(index=data_labels())
        measures.index.name = _("Measure")
        # The cell as printed (English), or in Chinese its coalition_description_zh: the printed cell, translated.
        description = case_design().loc[city, column("coalition_description")] or p["table1_description"]
        parts.append(html.message(_("Table 1 cell: {city} — {description}.").format(
            city=city, description=description)))
        parts.append(html.table(measures, _("How much support {city} actually gave (Chen 2017, Table 3)").format(
            city=city), number_format="{:g}"))
    matches = table4_matches(p["export_level"], p["concentration_level"])
    if len(matches):
        shown = matches.rename(columns={"city": _("City"), "province": _("Province"), "fdi_gdp": _("FDI/GDP"),
                                        "st_expense_share": _("S&T share of city expense")}).set_index(_("City"))
        parts.append(html.table(shown, _("Table 4 cities with exactly these two categories")))
    else:
        parts.append(html.message(_("No Table 4 city has exactly these two categories.")))
    return "".join(parts)


EXPLORER_EXPORT_LEVELS = tuple(reversed(LEVELS))


"""All five export-share levels, High first, so that every Table 4 city has a view: Maoming and Wuhan
('Medium high') and Chongqing ('Medium low') sit on levels that a three-level dropdown would skip."""


def coalition_explorer(export_levels=EXPLORER_EXPORT_LEVELS, start_concentration: str = "High") -> Choice:
    """The widget: a dropdown of export-share levels (first one shown), each with a slider over concentration."""
    export_levels = [level("export_levels", e) for e in validate.non_empty("export_levels", export_levels)]
    start_concentration = level("start_concentration", start_concentration)
    explorers = {}
    for e in export_levels:
        explorers[_(e)] = Explorer(
            _("Concentration of foreign sales in large firms"), list(LEVELS),
            lambda c, e=e: render_position(e, c), start=start_concentration, format_value=_, live=False).widget
    return Choice(_("Export share of foreign firms"), explorers)


def render_table7(codes) -> str:
    """HTML view of ``table7_rows``: each code's Table 7 entry, or that Table 7 does not list it."""
    return html.table(shown(table7_rows(codes)), _("The codes as Table 7 lists them (Chen 2017, Table 7)"))


def render_calculator(baseline: float, predictor: str, change: float) -> str:
    """HTML view: the implied share under every Table 6 model that includes the predictor."""
    models = sorted(int(m) for m in table6().loc[table6()["variable"] == PREDICTORS[predictor], "model"])
    rows, results = {}, {}
    for m in models:
        desc = _(MODEL_LABELS[m]) if m in MODEL_LABELS else table6_models().loc[m, "description"]
        try:
            r = implied_share(baseline, predictor, m, change)
        except ModelInputError:  # sign unknown in the extracted text: say so, compute nothing
            rows[f"({m}) {desc}"] = [_("sign unknown"), _("unknown"), _("not computed"), _("not computed")]
            continue
        results[m] = r
        rows[f"({m}) {desc}"] = [f"{_signed_text(r['coefficient'])}{r['significance']}",
                                 _(SIGN_STATUS.get(r["sign_status"], r["sign_status"].replace("_", " "))),
                                 f"{100 * r['share']:.3f}%",
                                 _("{change} points").format(change=_signed_text(r["change_in_points"], 3))]
    if not results:
        raise ModelInputError("predictor", predictor, N_("a predictor with at least one coefficient of known sign"))
    frame = pd.DataFrame.from_dict(rows, orient="index",
                                   columns=[_("Coefficient"), _("Sign"), _("Implied share"), _("Change")])
    frame.index.name = _("Table 6 model")
    first = min(results)
    base = results[first]
    bars = html.bars([_("Baseline {baseline}%").format(baseline=f"{100 * baseline:g}"),
                      _("Model ({model}): {predictor} {change}").format(model=first, predictor=_(predictor),
                                                                       change=_signed_text(change))],
                     [100 * baseline, 100 * base["share"]],
                     _("S&T expense as % of total city expense"), low=0.0,
                     high=max(100 * baseline, 100 * base["share"]) * 1.25,
                     value_format="{:.3f}%")
    head = html.message(_("{Predictor} changes by {change} (a ratio: {points} percentage points). Model ({model}): "
                          "log odds shift {shift}, odds × {odds}.").format(
        Predictor=_(predictor).capitalize(), change=_signed_text(change), points=_signed_text(100 * change),
        model=first, shift=_signed_text(base["log_odds_shift"]), odds=f"{base['odds_ratio']:.3f}"))
    return head + bars + html.table(frame, _("Implied S&T share from a baseline of {baseline}%").format(
        baseline=f"{100 * baseline:g}")) + html.message(_("Caveat: {caveat}").format(caveat=_(CAVEAT)))


BASELINES = (0.01, 0.02, 0.04)


CHANGES = (-0.2, -0.1, 0.0, 0.1, 0.2)


def regression_calculator(baselines=BASELINES, changes=CHANGES) -> Choice:
    """The widget: baseline (dropdown) → predictor (dropdown) → change (slider)."""
    baselines = validate.non_empty("baselines", baselines)
    changes = validate.non_empty("changes", changes)
    outer = {}
    for b in baselines:
        _share("baseline", b)
        inner = {}
        for predictor in PREDICTORS:
            inner[_(predictor)] = Explorer(
                _("Change in {predictor} (ratio)").format(predictor=_(predictor)), list(changes),
                lambda d, b=b, p=predictor: render_calculator(b, p, d), start=0.0 if 0.0 in changes else None,
                format_value=lambda d: f"{d:+.1f}", live=False).widget
        outer[f"{100 * b:g}%"] = Choice(_("Predictor"), inner).widget
    return Choice(_("Baseline S&T share of city expense"), outer)


PLOT_LABELS = {"FIE exporter overlap": N_("Export share of\nforeign firms\n(FIE exporter overlap)"),
               "Large FIE concentration": N_("Concentration in\nlarge foreign firms\n(Large FIE concentration)"),
               "FDI/GDP (%, log)": N_("FDI/GDP\n(%, log)")}


def coefficient_plot(coefficients: pd.DataFrame | None = None,
                     variables=("FIE exporter overlap", "Large FIE concentration", "FDI/GDP (%, log)")):
    """Coefficients ±1.96 SE for a few Table 6 rows, one marker shape per model.

    Filled markers: sign inferred from the prose (drawn with its minus). Hollow markers: sign as
    printed, not confirmed (a lost minus cannot be ruled out). A sign marked unknown is not drawn
    at a position; its label says so. Every point carries its value and stars as text.
    """
    import matplotlib.pyplot as plt

    from widgets import figures

    LABEL_X = 0.3
    figures.style()
    frame = table6() if coefficients is None else coefficients
    markers = {1: "o", 2: "s", 3: "^", 4: "D", 5: "v", 6: "P"}
    models = sorted(frame["model"].unique())
    # One group per variable: its name on a line of its own (the figure's whole width), then a row per model.
    y_end = -len(variables) * (len(models) + 3.2)
    height = 0.27 * -y_end + 3.0
    fig, ax = plt.subplots(figsize=(figures.WIDTH, height))
    label_at = ax.get_yaxis_transform()  # x in axes fraction, y in data
    for i, variable in enumerate(variables):
        rows = frame[frame["variable"] == variable].sort_values("model")
        top = -i * (len(models) + 3.2)
        ax.text(0, top, figures.wrap(_(PLOT_LABELS.get(variable, variable)).replace("\n", " "), 40),
                fontweight="bold", va="bottom", ha="left", transform=label_at, linespacing=1.0)
        for j, m in enumerate(models):
            y = top - 0.9 - j
            row = rows[rows["model"] == m]
            if row.empty:
                ax.text(LABEL_X, y, _("({model}) not in this model").format(model=m), va="center", color="#555555")
                continue
            row = row.iloc[0]
            value = signed_coefficient(row)
            if value is None:
                ax.text(LABEL_X, y, _("({model}) sign unknown: |b| = {b}").format(
                    model=m, b=row["coefficient_as_printed"]), va="center")
                continue
            half = 1.96 * float(row["standard_error"])
            inferred = row["sign_status"] == "inferred_negative"
            colour = figures.PALETTE[j % len(figures.PALETTE)]
            ax.errorbar(value, y, xerr=half, fmt=markers[int(m)], color=colour, capsize=3, markersize=7,
                        markerfacecolor=colour if inferred else "white", markeredgewidth=1.5)
            text = (("−" if value < 0 else "") + row["coefficient_as_printed"] + row["significance"]
                    + ("" if inferred else _(" (as printed)")))
            ax.text(LABEL_X, y, f"({m}) {text}", va="center")
    ax.axvline(0, color="black", linewidth=1, linestyle="--")
    ax.set_yticks([])
    ax.spines["left"].set_visible(False)
    ax.set_ylim(y_end + 2.6, 2.3)
    ax.set_xlabel(figures.wrap(_("Coefficient on the log odds of S&T expense / total city expense "
                                 "(bars: ±1.96 SE)"), 48), loc="left")
    ax.set_xlim(-1.0, 1.55)
    ax.set_xticks([-1.0, -0.5, 0.0])
    ax.spines["bottom"].set_bounds(-1.0, 0.2)
    figures.heading(fig, _("Table 6: the two coalition variables and FDI/GDP, models (1)–(6)"), width=46)
    handles = [plt.Line2D([], [], marker=markers[int(m)], linestyle="", color=figures.PALETTE[j % len(figures.PALETTE)],
                          label=_("model ({model})").format(model=m)) for j, m in enumerate(models)]
    legend_top = 1.15 / height  # the legends sit under the axis title, in the figure's bottom 1.15 in
    fig.legend(handles=handles, loc="upper left", bbox_to_anchor=(0, legend_top), ncols=3, frameon=False,
               borderaxespad=0.2, columnspacing=1.0)
    fills = [plt.Line2D([], [], marker="o", linestyle="", color="black", label=_("filled: sign inferred from §7")),
             plt.Line2D([], [], marker="o", linestyle="", color="black", markerfacecolor="white",
                        label=_("hollow: sign as printed"))]
    fig.legend(handles=fills, loc="upper left", bbox_to_anchor=(0, legend_top - 0.5 / height), ncols=1,
               frameon=False, borderaxespad=0.2)
    fig.tight_layout(pad=0.3, rect=(0, legend_top, 1, 1))
    return fig


def render_large_firms(city: str, firms: int) -> str:
    values = with_large_firms(city, firms)
    before = puzzle.evaluate(puzzle.ILLUSTRATIVE_CITIES, puzzle.LOWER_IS_BETTER)
    after = puzzle.evaluate(values, puzzle.LOWER_IS_BETTER)
    arrivals = (_("{city} with {firms} large foreign firm") if firms == 1
                else _("{city} with {firms} large foreign firms")).format(city=city, firms=firms)
    moved = "; ".join(_("{target} +{per_firm} per firm").format(target=_(name), per_firm=f"{per_firm:g}")
                      for name, per_firm in LARGE_FIRM_EFFECT.items())
    note = _("{arrivals}: mean score {before} → {after}, rank {rank_before} → {rank_after}. Targets moved: "
             "{moved} (course assumptions).").format(
        arrivals=arrivals, before=f"{before.loc[city, 'Mean score']:.1f}", after=f"{after.loc[city, 'Mean score']:.1f}",
        rank_before=before.loc[city, "Rank"], rank_after=after.loc[city, "Rank"], moved=moved)
    return html.message(note) + puzzle.render(values, highlight=city)


def firms_line(firms: int, city: str, scores: pd.DataFrame) -> str:
    """One line of the large-firm exercise: ``city``'s mean score (to 2 decimals) and rank in ``scores`` (chapter 1's
    ``puzzle.evaluate``) with ``firms`` large foreign firms, in the course language."""
    return _("{firms} firm(s): {city} mean {mean} rank {rank}").format(
        firms=firms, city=city, mean=round(scores.loc[city, "Mean score"], 2), rank=scores.loc[city, "Rank"])


def large_firm_scorer() -> Choice:
    """The widget: pick the city that receives the firms, slide the number of large firms."""
    explorers = {city: Explorer(_("Large foreign firms arriving"), list(range(MAX_FIRMS + 1)),
                                lambda n, c=city: render_large_firms(c, n), start=0, live=False).widget
                 for city in puzzle.ILLUSTRATIVE_CITIES.index}
    return Choice(_("City that receives the firms"), explorers)


def _bar_panel(ax, labels, values, texts, hatches, title, xlabel, xpad=1.35, title_width=40):
    from widgets import figures

    bars = ax.barh(labels[::-1], values[::-1], color=figures.PALETTE[0], alpha=0.85, edgecolor="black")
    for bar, hatch in zip(bars, hatches[::-1]):
        bar.set_hatch(hatch)
    ax.bar_label(bars, labels=texts[::-1], padding=3)
    ax.set_title(figures.wrap(title.replace("\n", " "), title_width), loc="left")
    ax.set_xlabel(xlabel)
    ax.set_xlim(0, max(values) * xpad)


def clients_figure(case_cities: pd.DataFrame, interview_results: pd.DataFrame):
    """Two panels over the four case cities: foreign firms' share of exports (§5) and the share of
    interviewed officials who dealt with both kinds of firm or could not tell them apart (Figure 4 prose).

    Cities with a high export share of foreign firms (Table 1) are hatched and marked 'High' in their label.
    """
    import matplotlib.pyplot as plt

    from widgets import figures

    figures.style()
    high = {c for c in CASE_CITIES if case_cell(c)[0] == "High"}
    labels = [(_("{city}\n(high export share)") if c in high else _("{city}\n(low export share)")).format(city=c)
              for c in CASE_CITIES]
    hatches = ["//" if c in high else "" for c in CASE_CITIES]
    share = case_cities[case_cities["indicator"] == "foreign_firm_export_share"].set_index("city")
    mixed = interview_results[(interview_results["figure"] == "Figure 4")
                              & (interview_results["answer"] == "Both/Cannot distinguish")].set_index("city")
    fig, axes = plt.subplots(2, 1, figsize=(figures.WIDTH, 6.4))
    _bar_panel(axes[0], labels, [float(share.loc[c, "value"]) for c in CASE_CITIES],
               [f"{share.loc[c, 'value_text']} ({share.loc[c, 'period']})" for c in CASE_CITIES],
               hatches, _("Foreign firms' share of the city's exports (§5)"), _("% of exports"), xpad=2.5,
               title_width=30)
    _bar_panel(axes[1], labels, [float(mixed.loc[c, "share_percent"]) for c in CASE_CITIES],
               [mixed.loc[c, "value_text"] for c in CASE_CITIES], hatches,
               _("Officials who deal with both kinds of firm\nor cannot tell them apart (Fig. 4)"),
               _("% of officials interviewed"), xpad=1.6,
               title_width=30)
    axes[0].set_xticks([0, 25, 50, 75, 100])
    fig.tight_layout()
    return fig


def support_figure(support: pd.DataFrame):
    """Table 3 as four small bar charts (one per measure), each bar labelled with the printed value."""
    import matplotlib.pyplot as plt

    from widgets import figures

    figures.style()
    fig, axes = plt.subplots(4, 1, figsize=(figures.WIDTH, 8.4))
    hatches = [""] * len(CASE_CITIES)  # the cities are named on the axis: no hatching needed
    for ax, (_order, block) in zip(axes.flat, support.sort_values("measure_order").groupby("measure_order")):
        block = block.set_index("city").loc[list(CASE_CITIES)]
        first = block.iloc[0]
        _bar_panel(ax, list(CASE_CITIES), block["value"].astype(float).tolist(),
                   block["value_as_printed"].tolist(), hatches,
                   measure_heading(first), "",
                   xpad=1.5)
    fig.tight_layout()
    return fig
