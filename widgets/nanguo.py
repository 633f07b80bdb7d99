"""Views of chapter 4's models (Zhu & Xiao 2015): the reform timeline, the pool explorer, the
alliance network and the figures.

The lesson's one entry point: the model (widgets/models/nanguo.py, pure: no ipywidgets, no
matplotlib) is re-exported here, so a lesson reaches model and views through one name.
"""
from __future__ import annotations

import numpy as np
import pandas as pd

from widgets import html, validate
from widgets.data import load
from widgets.errors import ModelInputError
from widgets.i18n import N_, _, language
from widgets.models.nanguo import (  # noqa: F401  (re-exported)
    _DECADE as _DECADE,
    _DECADE_OFFSET as _DECADE_OFFSET,
    _EDGE_COLUMNS as _EDGE_COLUMNS,
    _TIMELINE_COLUMNS as _TIMELINE_COLUMNS,
    ASSUMED as ASSUMED,
    ASSUMPTIONS as ASSUMPTIONS,
    FROM_THE_PAPER as FROM_THE_PAPER,
    LEVEL_ORDER as LEVEL_ORDER,
    RATE_GRID as RATE_GRID,
    SOURCE as SOURCE,
    STRATEGIES as STRATEGIES,
    Assumption as Assumption,
    TimelineState as TimelineState,
    _approximate_year as _approximate_year,
    _coverage_reports as _coverage_reports,
    _short_programme as _short_programme,
    actor_part as actor_part,
    actor_ties as actor_ties,
    break_even_rate as break_even_rate,
    dated_years as dated_years,
    migrant_enrolment_curve as migrant_enrolment_curve,
    network_by_strategy as network_by_strategy,
    paper_figures as paper_figures,
    parameter_table as parameter_table,
    pool_curve as pool_curve,
    pool_model as pool_model,
    short_name as short_name,
    strategy_edges as strategy_edges,
    textwrap_label as textwrap_label,
    ties_by_level as ties_by_level,
    timeline_states as timeline_states,
)
from widgets.static import Choice, Explorer
from widgets.tables import dataset_translations, localised, readable, translated_values

# The timeline's origin values, as the reader sees them.
ORIGINS = {"Table 1": N_("Table 1"), "prose": N_("prose")}

# The headings of chapter 4's table of interviews: the data's field names, as the English edition shows them.
INTERVIEW_HEADINGS = {"date_text": N_("date_text")}
NO_INTERVIEW = N_("(a speech, not an interview)")


def interview_table(interviews: pd.DataFrame) -> pd.DataFrame:
    """Chapter 4's table of quoted speakers: who, whom, when, what kind, on what (a speech has no interviewee);
    in Chinese from the data's ``_zh`` columns (the dates stay as printed)."""
    table = localised(interviews, ["speaker", "interviewee", "date_text", "kind", "topic"])
    return readable(table.replace({"interviewee": {"": _(NO_INTERVIEW)}}).set_index("speaker"), INTERVIEW_HEADINGS)


def actor_name(name: str, actors: pd.DataFrame | None = None) -> str:
    """An actor's name (``zhuxiao2015_actors.name``, as the network's ties carry it) in the course language:
    in Chinese its ``name_zh``; a name not in the data stays as it is."""
    names = (dataset_translations("zhuxiao2015_actors", "name", language()) if actors is None
             else translated_values(actors, "name"))
    return names.get(name, name)


def shown(table: pd.DataFrame) -> pd.DataFrame:
    """A model table (``parameter_table``) as students see it: headings in words and its status values in the
    course language (the model's own table keeps the English that code indexes and compares)."""
    statuses = {ASSUMED: _(ASSUMED)}
    for fig in paper_figures().values():
        statuses[FROM_THE_PAPER.format(text=fig["text"], locator=fig["locator"])] = _(FROM_THE_PAPER).format(
            text=fig["text"], locator=fig["locator"])
    if "status" in table.columns:
        table = table.assign(status=table["status"].map(lambda v: statuses.get(v, v)))
    return readable(table)


def _note(body: str) -> str:
    """A plain, escaped note for widget states (a quieter mark than ``html.message``'s box)."""
    return f'<p class="course-note">{html.text(body)}</p>'


def render_timeline_state(state: TimelineState, coverage_high: float | None = None) -> str:
    """HTML for one year: the paper's events, the programmes named so far, coverage so far, data notes."""
    parts = [f'<p class="course-timeline__year"><strong>{html.text(state.year)}</strong></p>']
    if not state.undated.empty:
        undated = _("(no year given)")
        items = "".join(f"<li><strong>{html.text(r.date_text)}</strong> {html.text(undated)}: {html.text(r.event)} "
                        f"<em>[{html.text(r.locator)}]</em></li>" for r in state.undated.itertuples())
        earlier = _("Earlier, dated only by decade:")
        parts.append(f"<p>{html.text(earlier)}</p><ul>{items}</ul>")
    items = []
    for r in state.events.itertuples():
        origin = N_("Table 1") if r.origin == "Table 1" else N_("the prose")
        where = (html.text(r.locator) if str(r.locator).startswith(origin)
                 else html.text(_("from {origin}; {locator}").format(origin=_(origin), locator=r.locator)))
        result = (" <br>" + _("Table 1's policy result: “{result}”.").format(result=html.text(r.policy_result))
                  if isinstance(r.policy_result, str) and r.policy_result.strip() else "")
        items.append(f"<li><strong>{html.text(r.date_text)}</strong> — {html.text(r.event)}{result} "
                     f"<em>[{where}]</em></li>")
    reports = _("What the paper reports for {year}:").format(year=state.year)
    parts.append(f"<p>{html.text(reports)}</p><ul>{''.join(items)}</ul>")
    if not state.programmes.empty:
        named = [f"{html.text(_short_programme(r.programme, r.abbreviation))} ({int(r.year)}, "
                 f"{html.text(_(ORIGINS.get(r.origin, r.origin)))})" for r in state.programmes.itertuples()]
        heading = _("Programmes named up to {year}").format(year=state.year)
        how = _("(as the paper names them; year, and whether Table 1 or the prose names it): {programmes}.")
        parts.append(f"<p><strong>{html.text(heading)}</strong> {how.format(programmes='; '.join(named))}</p>")
    counts = state.coverage[state.coverage["unit"].str.contains("million")]
    if not counts.empty:
        high = coverage_high if coverage_high is not None else float(counts["value"].max())
        parts.append(html.bars(list(counts["label"]), list(counts["value"]),
                               _("Coverage reported so far (million insured; {source})").format(source=SOURCE),
                               low=0.0, high=high, value_format="{:g}"))
        for r in state.coverage[~state.coverage["unit"].str.contains("million")].itertuples():
            parts.append(_note(_("Also reported for the {period}: {value} of the migrant population took part "
                                 "({locator}).").format(period=r.period, value=r.value_text, locator=r.locator)))
    else:
        parts.append(_note(_("No coverage figure is reported up to this year.")))
    notes = [(r.date_text, r.notes) for r in state.events.itertuples()
             if isinstance(r.notes, str) and r.notes.strip()]
    if notes:
        items = "".join(f"<li><strong>{html.text(d)}:</strong> {html.text(n)}</li>" for d, n in notes)
        summary = _("Data notes for {year} (how the rows were read; discrepancies between Table 1 and the prose)")
        parts.append(f'<details class="course-timeline__notes"><summary>{html.text(summary.format(year=state.year))}'
                     f"</summary><ul>{items}</ul></details>")
    return f'<div class="course-timeline">{"".join(parts)}</div>'


def timeline_explorer(timeline: pd.DataFrame | None = None, facts: pd.DataFrame | None = None) -> Explorer:
    """The reform-timeline widget: a slider over the dated years."""
    timeline = load("zhuxiao2015_reform_timeline") if timeline is None else timeline
    facts = load("zhuxiao2015_facts") if facts is None else facts
    states = {s.year: s for s in timeline_states(timeline, facts)}
    coverage = _coverage_reports(facts)
    counts = coverage[coverage["unit"].str.contains("million")]
    high = float(counts["value"].max()) if not counts.empty else None

    def view(year):
        value = validate.number("year", year, low=min(states), high=max(states))
        if int(value) != value or int(value) not in states:
            raise ModelInputError("year", year, N_("one of the dated years: {years}"),
                                  years=", ".join(map(str, states)))
        return render_timeline_state(states[int(value)], high)

    return Explorer(_("Year"), list(states), view, start=min(states), format_value=str)


def render_pool(result: dict[str, float]) -> str:
    """HTML for one state of the pool: who is insured (bars), money in and out and the balance (table)."""
    figures = paper_figures()
    rate, share = result["contribution_rate"], result["migrant_share"]
    out = [_note(_("Illustration built on the course's assumptions, not a finding of the paper."))]
    if rate == figures["nanguo_rate"]["value"]:
        out.append(_note(_("{rate} % is the rate Nanguo set for its new programmes ({source}, {locator}).").format(
            rate=f"{rate:g}", source=SOURCE, locator=figures["nanguo_rate"]["locator"])))
    elif rate == figures["usual_rate"]["value"]:
        out.append(_note(_("{rate} % is the rate normally charged in other cities ({source}, {locator}).").format(
            rate=f"{rate:g}", source=SOURCE, locator=figures["usual_rate"]["locator"])))
    everyone = _("All residents insured")
    out.append(html.bars(
        [_("Migrant workers insured"), _("Older residents insured"), everyone],
        [100 * result["migrant_enrolment"], 100 * result["resident_enrolment"], 100 * result["coverage"]],
        _("Coverage at a {rate} % rate, migrants {share} % of residents (% insured)").format(
            rate=f"{rate:g}", share=f"{100 * share:g}"),
        low=0.0, high=100.0, value_format="{:.0f} %", highlight=everyone))
    verdict, balance = ((_("Surplus"), _("Balance (surplus)")) if result["balance"] > 1e-9 else
                        (_("Deficit"), _("Balance (deficit)")) if result["balance"] < -1e-9 else
                        (_("Balanced"), _("Balance (balanced)")))
    money = pd.DataFrame({_("Value"): [f"{result['contributions']:.1f}", f"{result['claims']:.1f}",
                                       f"{result['balance']:+.1f}", f"{result['balance_per_member']:+.2f} %"]},
                         index=pd.Index([_("Contributions paid in"), _("Claims paid out"), balance,
                                         _("Balance per insured member (% of average salary)")], name=_("Money")))
    out.append(html.table(money, _("Money in and out (average annual salaries per 1,000 residents)")))
    out.append(_note(_("{verdict}: fund balance {balance} average salaries per 1,000 residents; {coverage} % of "
                       "residents insured.").format(verdict=verdict, balance=f"{result['balance']:+.1f}",
                                                    coverage=f"{100 * result['coverage']:.0f}")))
    return "".join(out)


def pool_explorer(shares=None, rates=RATE_GRID) -> Choice:
    """The chapter 4 pool widget: choose the migrant share, slide the contribution rate."""
    figures = paper_figures()
    paper_share = figures["migrant_share"]["value"]
    shares = [paper_share, 0.3] if shares is None else list(shares)
    rates = [float(r) for r in validate.non_empty("rates", rates)]
    children = {}
    for share in shares:
        label = (_("Migrants {share} % of residents (Nanguo 2009, from the paper)") if share == paper_share
                 else _("Migrants {share} % of residents (assumption, for comparison)")).format(
                     share=f"{100 * share:g}")
        children[label] = Explorer(
            _("Contribution rate (% of average salary)"), rates,
            lambda r, s=share: render_pool(pool_model(r, s)),
            start=figures["nanguo_rate"]["value"], format_value=lambda v: f"{v:g} %").widget
    return Choice(_("Population"), children)


def render_strategy(edges: pd.DataFrame, strategy: str, top: int = 8,
                    spotlight: tuple[str, str] | None = None) -> str:
    """HTML for one strategy family: a summary, the busiest actors (up to ``top``), every tie with its section.

    ``spotlight`` = (actor_id, name) marks that actor's ties with a star and their name (never colour alone).
    """
    label = _(STRATEGIES.get(strategy, strategy))
    if edges.empty:
        return _note(_("{strategy}: no ties in the data.").format(strategy=label))
    people = sorted(set(edges["from_actor"]) | set(edges["to_actor"]))
    inferred = int((edges["edge_status"] != "stated").sum())
    summary = ((_("{strategy}: {ties} tie among {actors} actors") if len(edges) == 1
                else _("{strategy}: {ties} ties among {actors} actors")).format(
                   strategy=label, ties=len(edges), actors=len(people))
               + (_("; {inferred} inferred by the data's authors rather than stated in the paper (marked ‘inferred’).")
                  .format(inferred=inferred) if inferred else _("; every tie is stated in the paper.")))
    ties = actor_ties(edges).head(top)
    busiest = _note(_("Most ties: {actors}.").format(
        actors="; ".join(f"{short_name(name)} ({count})" for name, count in ties.items())))
    marked = set()
    if spotlight is not None:
        who, name = spotlight
        marked = set(edges.loc[(edges["from_actor"] == who) | (edges["to_actor"] == who), "edge_id"])
        busiest += _note((_("★ {name}: {count} of these ties (marked ★ below).") if marked
                          else _("★ {name}: {count} of these ties.")).format(name=name, count=len(marked)))
    items = []
    inferred_flag = " <em>" + _("[inferred by the data's authors, not stated in the paper]") + "</em>"
    star_text = _("★ {name}’s tie:").format(name=spotlight[1]) if spotlight is not None else ""
    for edge in edges.itertuples():
        when = (edge.date_text[:1].upper() + edge.date_text[1:] + ": "
                if isinstance(edge.date_text, str) and edge.date_text.strip() else "")
        flag = inferred_flag if edge.edge_status != "stated" else ""
        star = f"<strong>{html.text(star_text)}</strong> " if edge.edge_id in marked else ""
        items.append(f'<li value="{int(edge.edge_id)}">{star}<strong>{html.text(short_name(edge.from_name))}</strong> '
                     f"→ <em>{html.text(edge.relation.replace('_', ' '))}</em> → "
                     f"<strong>{html.text(short_name(edge.to_name))}</strong>. {html.text(when + edge.description)}"
                     f"{flag} <span class=\"course-network__section\">[§ {html.text(edge.section)}]</span></li>")
    every = _("Every tie in ‘{strategy}’").format(strategy=label)
    numbered = _("(numbered as in the data, zhuxiao2015_relationships; {source}):").format(source=SOURCE)
    listing = (f"<p><strong>{html.text(every)}</strong> {html.text(numbered)}</p>"
               f'<ol class="course-network">{"".join(items)}</ol>')
    return _note(summary) + busiest + listing


def render_actor_part(network: dict[str, pd.DataFrame], actor_id: str, name: str) -> str:
    """HTML for one actor across the families: ties per family (stated, inferred), then each tie with its section."""
    part = actor_part(network, actor_id)
    family = _("Strategy family")
    table = part[["family", "ties", "stated", "inferred"]].rename(
        columns={"family": family, "ties": _("Ties"), "stated": _("Stated"), "inferred": _("Inferred")})
    table[family] = table[family].map(_)
    out = [_note(_("{name}'s ties in every family (either end of the tie). ‘Inferred’ ties are the data's "
                   "reading of the paper, not its words: see each tie's note in zhuxiao2015_relationships.").format(
                       name=name)),
           html.table(table.set_index(family), _("{name} across the strategy families ({source})").format(
               name=name, source=SOURCE))]
    for strategy, edges in network.items():
        mine = edges[edges["edge_id"].isin(part.loc[strategy, "edge_ids"])]
        if not mine.empty:
            out.append(render_strategy(mine, strategy, spotlight=(actor_id, name)))
    return "".join(out)


def network_view(relationships: pd.DataFrame | None = None, actors: pd.DataFrame | None = None,
                 spotlight: str | None = "zhao") -> Choice:
    """The alliance-network widget: pick a strategy family, see the ties it used; one actor's ties starred,
    and a last entry that follows that actor across the families."""
    import ipywidgets as w

    relationships = load("zhuxiao2015_relationships") if relationships is None else relationships
    actors = load("zhuxiao2015_actors") if actors is None else actors
    network = network_by_strategy(relationships, actors)
    star = None
    if spotlight is not None:
        names = actors.set_index("actor_id")["name"]
        if spotlight not in names.index:
            raise ModelInputError("spotlight", spotlight, N_("an actor_id of zhuxiao2015_actors, or None"))
        star = (spotlight, str(names[spotlight]))
    views = {_(STRATEGIES.get(s, s)): w.HTML(render_strategy(e, s, spotlight=star)) for s, e in network.items()}
    if star is not None:
        views[_("Follow one person: {name} across the families").format(name=star[1])] = w.HTML(
            render_actor_part(network, *star))
    return Choice(_("Strategy"), views)


def pizza_figure(layers: pd.DataFrame):
    """Table 2's three layers drawn as a pizza seen from the side: two wide crust layers, narrower toppings.

    Crust and toppings are told apart by width and in words; the layers carry no hatching, so their text
    stays clear.
    """
    import matplotlib.pyplot as plt

    from widgets import figures

    layers = validate.table("layers", layers, ("layer_order", "layer", "programme", "feature", "pizza_part"))
    figures.style()
    layers = layers.sort_values("layer_order")
    fig, ax = plt.subplots(figsize=(figures.WIDTH, 4.6))
    for i, row in enumerate(layers.itertuples()):
        crust = row.pizza_part == "crust"
        width = 0.98 - 0.03 * i if crust else 0.7
        ax.add_patch(plt.Rectangle(((1 - width) / 2, i + 0.06), width, 0.88,
                                   facecolor=figures.PALETTE[1 if crust else 3], alpha=0.25 if crust else 0.2,
                                   edgecolor="black", linewidth=1.2))
        part = _("crust") if crust else _("toppings")
        chars = 44 if crust else 30
        ax.text(0.5, i + 0.62, figures.wrap(f"{row.layer}: {row.programme}", chars), ha="center", va="center",
                fontweight="bold", linespacing=1.1)
        ax.text(0.5, i + 0.26, figures.wrap(f"{row.feature} ({part})", chars), ha="center", va="center",
                linespacing=1.1)
    ax.set_xlim(0, 1)
    ax.set_ylim(0, len(layers))
    ax.axis("off")
    fig.tight_layout(pad=0.2)
    return fig


# The marks lesson 4.2 puts on the pool figure, marked for the catalogue (pool_figure shows marks in the course
# language, so the lesson passes its English text).
MARK_LABELS = (N_("Nanguo"), N_("usual elsewhere"))


def pool_figure(shares, rates, marks=()):
    """Balance and coverage against the contribution rate, one line per migrant share (illustration).

    The two panels are stacked, so the figure stays narrow enough for a phone. ``marks`` are (rate, English
    text) pairs, the text shown in the course language (``MARK_LABELS`` holds the lesson's).
    """
    import matplotlib.pyplot as plt

    from widgets import figures

    figures.style()
    fig, (left, right) = plt.subplots(2, 1, figsize=(figures.WIDTH, 6.6), sharex=True)
    markers = ["o", "s", "^", "D"]
    dashes = ["-", "--", ":", "-."]
    for i, share in enumerate(shares):
        curve = pool_curve(share, rates)
        label = _("migrants {share} %").format(share=f"{100 * share:g}")
        left.plot(curve.index, curve["balance"], dashes[i % 4], marker=markers[i % 4], markersize=3.5,
                  color=figures.PALETTE[i], label=label)
        right.plot(curve.index, 100 * curve["coverage"], dashes[i % 4], marker=markers[i % 4], markersize=3.5,
                   color=figures.PALETTE[i], label=label)
    left.axhline(0, color="black", linewidth=0.8)
    for ax in (left, right):
        for value, text in marks:
            ax.axvline(value, color="grey", linestyle=(0, (2, 3)), linewidth=1)
            ax.annotate(_(text), (value, 1.0), xycoords=("data", "axes fraction"), ha="center", va="bottom")
    right.set_xlabel(_("Contribution rate (% of average salary)"))
    left.set_ylabel(_("Balance (avg. salaries\nper 1,000 residents)"))
    right.set_ylabel(_("Residents insured (%)"))
    right.set_ylim(0, 100)
    left.legend(frameon=False, loc="upper left")
    figures.note(fig, _("Illustration on the course's assumptions (see the table above), not data from Zhu and "
                        "Xiao (2015)."))
    fig.tight_layout(rect=(0, 0.06, 1, 1))
    return fig


def ties_figure(table: pd.DataFrame):
    """Stacked horizontal bars: each strategy's ties by the level of the actor they reach.

    Each level has its own colour and hatching (so it is told apart without colour); the number of ties
    in a segment sits on a white label over the hatching; strategy names stand above their bars and the
    legend above the chart, clear of the totals.
    """
    import matplotlib.pyplot as plt

    from widgets import figures

    figures.style()
    names = [figures.wrap(_(s), 46) for s in table.index]
    # y in text lines (one line of 11 pt text is about 0.19 in): each strategy's name, then its bar.
    y, positions = 0.0, []
    for name in names:
        ax_text = (0, y, name)
        positions.append((ax_text, y - (name.count("\n") + 1) - 0.95))
        y = positions[-1][1] - 1.45
    fig, ax = plt.subplots(figsize=(figures.WIDTH, 0.19 * -y + 1.9))
    for (x, top, name), _centre in positions:
        ax.text(x, top, name, va="top", ha="left")
    positions = [centre for _text, centre in positions]
    left = np.zeros(len(table))
    for i, level in enumerate(table.columns):
        values = table[level].to_numpy(dtype=float)
        bars = ax.barh(positions, values, left=left, height=1.3, color=figures.PALETTE[i],
                       hatch=figures.HATCHES[i], edgecolor="white", hatchcolor="black", linewidth=1,
                       label=_("to {level} actors").format(level=_(level)))
        ax.bar_label(bars, labels=[f"{int(v)}" if v >= 2 else "" for v in values], label_type="center",
                     color="black", bbox={"boxstyle": "round,pad=0.15", "facecolor": "white", "edgecolor": "none"})
        left += values
    for yi, total in zip(positions, left):
        ax.text(total + 0.4, yi, _("{ties} ties").format(ties=int(total)), va="center")
    ax.set_yticks([])
    ax.spines["left"].set_visible(False)
    ax.set_ylim(y + 0.6, 0.2)
    ax.set_xlabel(_("Number of ties in the data"))
    ax.set_xlim(0, left.max() * 1.25)
    ax.legend(loc="lower left", ncols=2, frameon=False, bbox_to_anchor=(0.0, 1.02), columnspacing=1.0,
              handlelength=1.6, handleheight=1.1, borderaxespad=0)
    fig.tight_layout()
    return fig
