"""Chapter 4: the Nanguo health-insurance reforms (Zhu & Xiao 2015).

Three widgets, each a pure function (data or numbers in, a table or dict out), an HTML
renderer built with ``widgets.html``, and a kernel-free view:

- **Reform timeline.** ``timeline_states`` turns the ``zhuxiao2015_reform_timeline`` data
  into one state per dated year (what the paper reports for that year, the programmes
  named so far, the coverage figures reported so far from ``zhuxiao2015_facts``, and the
  data notes, including every recorded discrepancy between Table 1 and the prose).
- **Why a low contribution rate can pay.** ``pool_model`` is a stylised one-year insurance
  pool. It ILLUSTRATES the paper's argument (young, healthy migrants' contributions cover
  older members' costs, and a low rate keeps employers willing to enrol); it is not a
  finding or an estimate of the paper. Three inputs are figures from the paper, read from
  the data (``paper_figures``); every other default is an assumption listed in
  ``ASSUMPTIONS``.
- **Alliance network.** ``strategy_edges`` builds, from ``zhuxiao2015_actors`` and
  ``zhuxiao2015_relationships``, the ties each strategy family used, every tie with the
  section of the paper it comes from.
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

import numpy as np
import pandas as pd

from widgets import html, validate
from widgets.data import load
from widgets.errors import ModelInputError
from widgets.static import Choice, Explorer

SOURCE = "Zhu & Xiao 2015"

# --------------------------------------------------------------------------------------
# Reform timeline
# --------------------------------------------------------------------------------------

_TIMELINE_COLUMNS = ("year", "date_text", "origin", "programme", "abbreviation", "policy_result", "event", "locator",
                     "notes")
_DECADE = re.compile(r"(early|mid|late)-?\s*(\d{4})s")
_DECADE_OFFSET = {"early": 0, "mid": 4, "late": 7}


def _note(body: str) -> str:
    """A plain, escaped note for widget states.

    Widget states are shown in a light card even in dark mode; ``html.message``'s shaded box
    inherits the dark theme's surface colour there and loses contrast, so notes are plain text.
    """
    return f'<p class="course-note">{html.text(body)}</p>'


def _approximate_year(date_text: str) -> int | None:
    """'mid-1980s' -> 1984, 'late 1990s' -> 1997: where an undated row sits, for ordering only."""
    match = _DECADE.search(str(date_text))
    return int(match.group(2)) + _DECADE_OFFSET[match.group(1)] if match else None


def dated_years(timeline: pd.DataFrame) -> list[int]:
    """The years the timeline dates, in chronological order, each once."""
    timeline = validate.table("timeline", timeline, _TIMELINE_COLUMNS)
    return sorted({int(y) for y in timeline["year"].dropna()})


def _coverage_reports(facts: pd.DataFrame | None) -> pd.DataFrame:
    """Coverage figures from the facts table, each with the year it refers to (parsed from the period)."""
    columns = ["year", "label", "period", "value", "value_text", "unit", "locator"]
    if facts is None:
        return pd.DataFrame(columns=columns)
    facts = validate.table("facts", facts, ("topic", "value", "value_text", "unit", "year_or_period", "qualifier",
                                          "locator"))
    rows = []
    for fact in facts[facts["topic"] == "coverage"].itertuples():
        found = re.search(r"\d{4}", str(fact.year_or_period))
        if not found or pd.isna(fact.value):
            continue
        period = str(fact.year_or_period)
        qualifier = f" ({fact.qualifier})" if isinstance(fact.qualifier, str) and fact.qualifier.strip() else ""
        rows.append({"year": int(found.group()), "label": period[:1].upper() + period[1:] + qualifier, "period": period,
                     "value": float(fact.value), "value_text": fact.value_text, "unit": fact.unit,
                     "locator": fact.locator})
    return pd.DataFrame(rows, columns=columns).sort_values("year", kind="stable").reset_index(drop=True)


@dataclass(frozen=True)
class TimelineState:
    """What the reader sees for one dated year."""
    year: int
    events: pd.DataFrame        # the timeline rows dated to this year, in data order
    programmes: pd.DataFrame    # every programme named up to and including this year
    undated: pd.DataFrame       # rows the paper dates only by decade, shown where they fall
    coverage: pd.DataFrame      # coverage figures reported up to and including this year


def timeline_states(timeline: pd.DataFrame, facts: pd.DataFrame | None = None) -> list[TimelineState]:
    """One state per dated year, in chronological order."""
    timeline = validate.table("timeline", timeline, _TIMELINE_COLUMNS)
    years = dated_years(timeline)
    coverage = _coverage_reports(facts)
    undated = timeline[timeline["year"].isna()].copy()
    undated["approx"] = undated["date_text"].map(_approximate_year)
    named = timeline[timeline["programme"].fillna("").str.strip() != ""]
    states, previous = [], None
    for year in years:
        dated = timeline["year"].notna()
        events = timeline[dated & (timeline["year"] == year)]
        programmes = named[named["year"].notna() & (named["year"] <= year)]
        falls_here = undated["approx"].map(lambda a: a is not None and a <= year
                                           and (previous is None or a > previous))
        states.append(TimelineState(year, events.reset_index(drop=True), programmes.reset_index(drop=True),
                                    undated[falls_here].drop(columns="approx").reset_index(drop=True),
                                    coverage[coverage["year"] <= year].reset_index(drop=True)))
        previous = year
    return states


def render_timeline_state(state: TimelineState, coverage_high: float | None = None) -> str:
    """HTML for one year: the paper's events, the programmes named so far, coverage so far, data notes."""
    parts = [f'<p class="course-timeline__year"><strong>{html.text(state.year)}</strong></p>']
    if not state.undated.empty:
        items = "".join(f"<li><strong>{html.text(r.date_text)}</strong> (no year given): {html.text(r.event)} "
                        f"<em>[{html.text(r.locator)}]</em></li>" for r in state.undated.itertuples())
        parts.append(f"<p>Earlier, dated only by decade:</p><ul>{items}</ul>")
    items = []
    for r in state.events.itertuples():
        origin = "Table 1" if r.origin == "Table 1" else "the prose"
        where = (html.text(r.locator) if str(r.locator).startswith(origin)
                 else f"from {html.text(origin)}; {html.text(r.locator)}")
        result = (f" <br>Table 1's policy result: “{html.text(r.policy_result)}”."
                  if isinstance(r.policy_result, str) and r.policy_result.strip() else "")
        items.append(f"<li><strong>{html.text(r.date_text)}</strong> — {html.text(r.event)}{result} "
                     f"<em>[{where}]</em></li>")
    parts.append(f"<p>What the paper reports for {html.text(state.year)}:</p><ul>{''.join(items)}</ul>")
    if not state.programmes.empty:
        named = [f"{html.text(_short_programme(r.programme, r.abbreviation))} ({int(r.year)}, {html.text(r.origin)})"
                 for r in state.programmes.itertuples()]
        parts.append(f"<p><strong>Programmes named up to {html.text(state.year)}</strong> (as the paper names "
                     f"them; year, and whether Table 1 or the prose names it): {'; '.join(named)}.</p>")
    counts = state.coverage[state.coverage["unit"].str.contains("million")]
    if not counts.empty:
        high = coverage_high if coverage_high is not None else float(counts["value"].max())
        parts.append(html.bars(list(counts["label"]), list(counts["value"]),
                               f"Coverage reported so far (million insured; {SOURCE})", low=0.0, high=high,
                               value_format="{:g}"))
        for r in state.coverage[~state.coverage["unit"].str.contains("million")].itertuples():
            parts.append(_note(f"Also reported for the {r.period}: {r.value_text} of the migrant "
                                      f"population took part ({r.locator})."))
    else:
        parts.append(_note("No coverage figure is reported up to this year."))
    notes = [(r.date_text, r.notes) for r in state.events.itertuples()
             if isinstance(r.notes, str) and r.notes.strip()]
    if notes:
        items = "".join(f"<li><strong>{html.text(d)}:</strong> {html.text(n)}</li>" for d, n in notes)
        parts.append(f'<details class="course-timeline__notes"><summary>Data notes for {html.text(state.year)} '
                     f"(how the rows were read; discrepancies between Table 1 and the prose)</summary>"
                     f"<ul>{items}</ul></details>")
    return f'<div class="course-timeline">{"".join(parts)}</div>'


def _short_programme(programme: str, abbreviation: str) -> str:
    """'Local Citizen Health Insurance (LCHI)' -> 'LCHI'; names without an abbreviation stay whole."""
    abbreviation = abbreviation.strip() if isinstance(abbreviation, str) else ""
    return abbreviation.replace(";", " and") if abbreviation else str(programme)


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
            raise ModelInputError("year", year, "one of the dated years: " + ", ".join(map(str, states)))
        return render_timeline_state(states[int(value)], high)

    return Explorer("Year", list(states), view, start=min(states), format_value=str)


# --------------------------------------------------------------------------------------
# Why a low contribution rate can pay: a stylised one-year pool (an ILLUSTRATION)
# --------------------------------------------------------------------------------------

@dataclass(frozen=True)
class Assumption:
    value: float
    unit: str
    meaning: str


# Every default that is not a figure from the paper. Shown to readers as assumptions.
ASSUMPTIONS = {
    "claims_migrant": Assumption(0.5, "% of the average salary per insured member a year",
                                 "expected claims of a young, healthy migrant worker"),
    "claims_resident": Assumption(4.0, "% of the average salary per insured member a year",
                                  "expected claims of an older local resident"),
    "resident_enrolment": Assumption(1.0, "share (0–1)",
                                     "share of older local residents insured whatever the rate (they are taken "
                                     "to be covered through public employers and retirement, not through private "
                                     "employers' choice)"),
    "zero_enrolment_rate": Assumption(10.0, "% of the average salary",
                                      "rate at which no private employer would enrol its (mostly migrant) workers; "
                                      "willingness falls in a straight line from all employers at 0 % to none "
                                      "at this rate"),
    "population": Assumption(1000.0, "residents", "size of the stylised city (results are per 1,000 residents)"),
}


@lru_cache(maxsize=1)
def paper_figures() -> dict[str, dict]:
    """The model inputs that are figures from the paper, read from ``zhuxiao2015_facts``.

    Keys: ``nanguo_rate`` (2 % of last year's average salary), ``usual_rate`` (normally 8 %
    elsewhere) and ``migrant_share`` (migrants 70 % of the population in 2009), each with
    ``value`` (as a model input: the share as 0–1), ``text`` and ``locator``.
    """
    facts = load("zhuxiao2015_facts")

    def find(topic: str, unit_part: str, statement_part: str) -> pd.Series:
        rows = facts[(facts["topic"] == topic) & facts["unit"].str.contains(unit_part, regex=False)
                     & facts["statement"].str.contains(statement_part, case=False, regex=False)]
        if len(rows) != 1:
            raise ModelInputError("zhuxiao2015_facts", f"{len(rows)} rows for {statement_part!r}",
                                  "exactly one matching fact")
        return rows.iloc[0]

    nanguo = find("contribution", "last year's average salary", "new programmes")
    usual = find("contribution", "average salary", "other cities")
    migrants = find("population", "total population", "migrant")
    return {
        "nanguo_rate": {"value": float(nanguo["value"]), "text": nanguo["value_text"], "locator": nanguo["locator"],
                        "meaning": "contribution rate of Nanguo's new programmes (BHI and HIHC)"},
        "usual_rate": {"value": float(usual["value"]), "text": usual["value_text"], "locator": usual["locator"],
                       "meaning": "contribution rate normally charged in other cities"},
        "migrant_share": {"value": float(migrants["value"]) / 100.0, "text": migrants["value_text"],
                          "locator": f"{migrants['locator']} ({migrants['year_or_period']})",
                          "meaning": "migrant workers' share of Nanguo's total population"},
    }


def parameter_table() -> pd.DataFrame:
    """Every input of the pool model with its default and whether it is from the paper or assumed."""
    rows = []
    for key, fig in paper_figures().items():
        rows.append({"parameter": key, "default": fig["value"], "meaning": fig["meaning"],
                     "status": f"from the paper: {fig['text']} ({fig['locator']})"})
    for key, a in ASSUMPTIONS.items():
        rows.append({"parameter": key, "default": a.value, "meaning": f"{a.meaning} [{a.unit}]",
                     "status": "assumption (course illustration)"})
    return pd.DataFrame(rows).set_index("parameter")


def migrant_enrolment_curve(contribution_rate: float, zero_enrolment_rate: float | None = None) -> float:
    """ASSUMED share of private employers that enrol their workers at a given rate (straight line)."""
    zero = ASSUMPTIONS["zero_enrolment_rate"].value if zero_enrolment_rate is None else zero_enrolment_rate
    rate = validate.number("contribution_rate", contribution_rate, low=0.0, high=100.0)
    zero = validate.number("zero_enrolment_rate", zero, low=0.0, high=100.0, low_open=True)
    return max(0.0, 1.0 - rate / zero)


def pool_model(contribution_rate: float, migrant_share: float, *,
               claims_migrant: float | None = None, claims_resident: float | None = None,
               resident_enrolment: float | None = None, zero_enrolment_rate: float | None = None,
               migrant_enrolment: float | None = None, population: float | None = None) -> dict[str, float]:
    """One year of a stylised health-insurance pool (course illustration, not the paper's model).

    Each insured member pays ``contribution_rate`` % of the average annual salary and is
    expected to claim ``claims_migrant`` or ``claims_resident`` % of it. Money is counted in
    average annual salaries. Migrant workers are insured only if their employers enrol, and
    employers' willingness falls as the rate rises (``migrant_enrolment_curve``) unless
    ``migrant_enrolment`` fixes it; older residents' enrolment is fixed.

    Returns members by group, ``coverage`` (share of all residents insured, 0–1),
    ``contributions``, ``claims`` and ``balance`` (average salaries per ``population``
    residents), and ``balance_per_member`` (% of the average salary).
    """
    a = {k: v.value for k, v in ASSUMPTIONS.items()}
    rate = validate.number("contribution_rate", contribution_rate, low=0.0, high=100.0)
    share = validate.probability("migrant_share", migrant_share)
    c_mig = validate.number("claims_migrant", a["claims_migrant"] if claims_migrant is None else claims_migrant,
                            low=0.0, high=100.0)
    c_res = validate.number("claims_resident", a["claims_resident"] if claims_resident is None else claims_resident,
                            low=0.0, high=100.0)
    e_res = validate.probability("resident_enrolment",
                                 a["resident_enrolment"] if resident_enrolment is None else resident_enrolment)
    size = validate.number("population", a["population"] if population is None else population, low=0.0,
                           low_open=True)
    if migrant_enrolment is None:
        e_mig = migrant_enrolment_curve(rate, zero_enrolment_rate)
    else:
        if zero_enrolment_rate is not None:
            validate.number("zero_enrolment_rate", zero_enrolment_rate, low=0.0, high=100.0, low_open=True)
        e_mig = validate.probability("migrant_enrolment", migrant_enrolment)
    migrants = size * share * e_mig
    residents = size * (1.0 - share) * e_res
    members = migrants + residents
    contributions = members * rate / 100.0
    claims = (migrants * c_mig + residents * c_res) / 100.0
    balance = contributions - claims
    return {
        "contribution_rate": rate, "migrant_share": share, "migrant_enrolment": e_mig, "resident_enrolment": e_res,
        "migrants_insured": migrants, "residents_insured": residents, "members": members,
        "coverage": min(1.0, members / size), "contributions": contributions, "claims": claims, "balance": balance,
        "balance_per_member": 100.0 * balance / members if members else 0.0,
    }


def break_even_rate(migrant_share: float, step: float = 0.01, **assumptions) -> float:
    """The lowest contribution rate (on a grid of ``step`` %) at which the pool does not run a deficit.

    Claims are at most 100 % of the salary, so a 100 % rate always balances: the answer is at most 100."""
    step = validate.number("step", step, low=0.0, high=1.0, low_open=True)
    below_full = (round(i * step, 6) for i in range(int(round(100.0 / step))))
    return next((rate for rate in below_full if pool_model(rate, migrant_share, **assumptions)["balance"] >= -1e-9),
                100.0)


def pool_curve(migrant_share: float, rates, **assumptions) -> pd.DataFrame:
    """``pool_model`` over several rates: one row per rate."""
    rates = validate.non_empty("rates", rates)
    rows = [pool_model(r, migrant_share, **assumptions) for r in rates]
    return pd.DataFrame(rows).set_index("contribution_rate")


def render_pool(result: dict[str, float]) -> str:
    """HTML for one state of the pool: who is insured (bars), money in and out and the balance (table)."""
    figures = paper_figures()
    rate, share = result["contribution_rate"], result["migrant_share"]
    out = [_note("Illustration built on the course's assumptions, not a finding of the paper.")]
    if rate == figures["nanguo_rate"]["value"]:
        out.append(_note(f"{rate:g} % is the rate Nanguo set for its new programmes "
                                f"({SOURCE}, {figures['nanguo_rate']['locator']})."))
    elif rate == figures["usual_rate"]["value"]:
        out.append(_note(f"{rate:g} % is the rate normally charged in other cities "
                                f"({SOURCE}, {figures['usual_rate']['locator']})."))
    out.append(html.bars(
        ["Migrant workers insured", "Older residents insured", "All residents insured"],
        [100 * result["migrant_enrolment"], 100 * result["resident_enrolment"], 100 * result["coverage"]],
        f"Coverage at a {rate:g} % rate, migrants {100 * share:g} % of residents (% insured)",
        low=0.0, high=100.0, value_format="{:.0f} %", highlight="All residents insured"))
    verdict = "Surplus" if result["balance"] > 1e-9 else ("Deficit" if result["balance"] < -1e-9 else "Balanced")
    money = pd.DataFrame({"Value": [f"{result['contributions']:.1f}", f"{result['claims']:.1f}",
                                    f"{result['balance']:+.1f}", f"{result['balance_per_member']:+.2f} %"]},
                         index=pd.Index(["Contributions paid in", "Claims paid out", f"Balance ({verdict.lower()})",
                                         "Balance per insured member (% of average salary)"], name="Money"))
    out.append(html.table(money, "Money in and out (average annual salaries per 1,000 residents)"))
    out.append(_note(f"{verdict}: fund balance {result['balance']:+.1f} average salaries per 1,000 residents; "
                            f"{100 * result['coverage']:.0f} % of residents insured."))
    return "".join(out)


RATE_GRID = (1.0, 2.0, 3.0, 4.0, 5.0, 6.0, 7.0, 8.0, 9.0, 10.0)


def pool_explorer(shares=None, rates=RATE_GRID) -> Choice:
    """The chapter 4 pool widget: choose the migrant share, slide the contribution rate."""
    figures = paper_figures()
    paper_share = figures["migrant_share"]["value"]
    shares = [paper_share, 0.3] if shares is None else list(shares)
    rates = [float(r) for r in validate.non_empty("rates", rates)]
    children = {}
    for share in shares:
        label = (f"Migrants {100 * share:g} % of residents (Nanguo 2009, from the paper)" if share == paper_share
                 else f"Migrants {100 * share:g} % of residents (assumption, for comparison)")
        children[label] = Explorer(
            "Contribution rate (% of average salary)", rates,
            lambda r, s=share: render_pool(pool_model(r, s)),
            start=figures["nanguo_rate"]["value"], format_value=lambda v: f"{v:g} %").widget
    return Choice("Population", children)


# --------------------------------------------------------------------------------------
# Alliance network
# --------------------------------------------------------------------------------------

STRATEGIES = {
    "framing_and_brokering": "Framing and brokering policy ideas",
    "designing_programmes_and_capturing_opportunities": "Designing programmes and capturing political opportunities",
    "alliances_and_defeating_opposition": "Making alliances and defeating the opposition",
    "marking_highlights_and_winning_approval": "Marking highlights and winning decision makers' approval",
    "context": "Context: the entrepreneur group and pressure from above",
}
_EDGE_COLUMNS = ("edge_id", "from_actor", "to_actor", "relation", "strategy_family", "description", "section",
                 "date_text", "edge_status", "locator")


def strategy_edges(relationships: pd.DataFrame, actors: pd.DataFrame, strategy: str | None = None) -> pd.DataFrame:
    """The ties of one strategy family (or all, if ``strategy`` is None), with actor names and sections.

    Refuses ties whose actors are not in ``actors`` or that cite no section, so every edge
    shown can be traced to the paper.
    """
    relationships = validate.table("relationships", relationships, _EDGE_COLUMNS)
    actors = validate.table("actors", actors, ("actor_id", "name", "level"))
    known = set(actors["actor_id"])
    unknown = sorted((set(relationships["from_actor"]) | set(relationships["to_actor"])) - known)
    if unknown:
        raise ModelInputError("relationships", unknown, "ties between actors listed in the actors table")
    no_section = relationships.loc[relationships["section"].fillna("").str.strip() == "", "edge_id"].tolist()
    if no_section:
        raise ModelInputError("relationships", f"edges {no_section} without a section",
                              "ties that each name the section of the paper they come from")
    families = list(dict.fromkeys(relationships["strategy_family"]))
    if strategy is not None:
        validate.choice("strategy", strategy, families)
        relationships = relationships[relationships["strategy_family"] == strategy]
    names = actors.set_index("actor_id")["name"]
    levels = actors.set_index("actor_id")["level"]
    edges = relationships.loc[:, list(_EDGE_COLUMNS)].copy()
    edges.insert(2, "from_name", edges["from_actor"].map(names))
    edges.insert(4, "to_name", edges["to_actor"].map(names))
    edges["to_level"] = edges["to_actor"].map(levels)
    return edges.reset_index(drop=True)


def network_by_strategy(relationships: pd.DataFrame, actors: pd.DataFrame) -> dict[str, pd.DataFrame]:
    """Every strategy family in the data (in the order of ``STRATEGIES``, then any others) -> its ties."""
    relationships = validate.table("relationships", relationships, _EDGE_COLUMNS)
    present = list(dict.fromkeys(relationships["strategy_family"]))
    order = [s for s in STRATEGIES if s in present] + [s for s in present if s not in STRATEGIES]
    return {s: strategy_edges(relationships, actors, s) for s in order}


def actor_ties(edges: pd.DataFrame) -> pd.Series:
    """How many ties each actor (by name) has among ``edges``, most first, ties broken by name."""
    counts = pd.concat([edges["from_name"], edges["to_name"]]).value_counts()
    frame = counts.rename_axis("actor").reset_index(name="ties").sort_values(["ties", "actor"],
                                                                             ascending=[False, True])
    return frame.set_index("actor")["ties"]


def render_strategy(edges: pd.DataFrame, strategy: str, top: int = 8) -> str:
    """HTML for one strategy family: a summary, the busiest actors (up to ``top``), every tie with its section."""
    label = STRATEGIES.get(strategy, strategy)
    if edges.empty:
        return _note(f"{label}: no ties in the data.")
    people = sorted(set(edges["from_actor"]) | set(edges["to_actor"]))
    inferred = int((edges["edge_status"] != "stated").sum())
    summary = (f"{label}: {len(edges)} {'tie' if len(edges) == 1 else 'ties'} among {len(people)} actors"
               + (f"; {inferred} inferred by the data's authors rather than stated in the paper (marked ‘inferred’)."
                  if inferred else "; every tie is stated in the paper."))
    ties = actor_ties(edges).head(top)
    busiest = _note("Most ties: " + "; ".join(f"{short_name(name)} ({count})" for name, count in ties.items())
                           + ".")
    items = []
    for edge in edges.itertuples():
        when = (edge.date_text[:1].upper() + edge.date_text[1:] + ": "
                if isinstance(edge.date_text, str) and edge.date_text.strip() else "")
        flag = (" <em>[inferred by the data's authors, not stated in the paper]</em>"
                if edge.edge_status != "stated" else "")
        items.append(f'<li value="{int(edge.edge_id)}"><strong>{html.text(short_name(edge.from_name))}</strong> '
                     f"→ <em>{html.text(edge.relation.replace('_', ' '))}</em> → "
                     f"<strong>{html.text(short_name(edge.to_name))}</strong>. {html.text(when + edge.description)}"
                     f"{flag} <span class=\"course-network__section\">[§ {html.text(edge.section)}]</span></li>")
    listing = (f'<p><strong>Every tie in ‘{html.text(label)}’</strong> (numbered as in the data, '
               f"zhuxiao2015_relationships; {html.text(SOURCE)}):</p>"
               f'<ol class="course-network">{"".join(items)}</ol>')
    return _note(summary) + busiest + listing


def short_name(name: str) -> str:
    """'Social Security Department in Nanguo City (SSDNC)' -> 'SSDNC'; other names unchanged."""
    match = re.search(r"\(([A-Z]{2,})\)\s*$", str(name))
    return match.group(1) if match else str(name)


def network_view(relationships: pd.DataFrame | None = None, actors: pd.DataFrame | None = None) -> Choice:
    """The alliance-network widget: pick a strategy family, see the ties it used."""
    import ipywidgets as w

    relationships = load("zhuxiao2015_relationships") if relationships is None else relationships
    actors = load("zhuxiao2015_actors") if actors is None else actors
    network = network_by_strategy(relationships, actors)
    return Choice("Strategy", {STRATEGIES.get(s, s): w.HTML(render_strategy(e, s)) for s, e in network.items()})


# --------------------------------------------------------------------------------------
# Figures
# --------------------------------------------------------------------------------------

def pizza_figure(layers: pd.DataFrame):
    """Table 2's three layers drawn as a pizza seen from the side: two wide crust layers, narrower toppings."""
    import matplotlib.pyplot as plt

    from widgets import figures

    layers = validate.table("layers", layers, ("layer_order", "layer", "programme", "feature", "pizza_part"))
    figures.style()
    layers = layers.sort_values("layer_order")
    fig, ax = plt.subplots(figsize=(7.5, 3.8))
    for i, row in enumerate(layers.itertuples()):
        crust = row.pizza_part == "crust"
        width = 0.96 - 0.04 * i if crust else 0.62
        ax.add_patch(plt.Rectangle(((1 - width) / 2, i + 0.08), width, 0.84,
                                   facecolor=figures.PALETTE[1 if crust else 3], alpha=0.35 if crust else 0.3,
                                   hatch=figures.HATCHES[1] if crust else figures.HATCHES[2],
                                   edgecolor="black", linewidth=1.2))
        part = "crust" if crust else "toppings"
        ax.text(0.5, i + 0.66, f"{row.layer}: {row.programme}", ha="center", va="center", fontsize=10.5,
                fontweight="bold")
        ax.text(0.5, i + 0.33, f"{row.feature}  ({part})", ha="center", va="center", fontsize=9)
    ax.set_xlim(0, 1)
    ax.set_ylim(0, len(layers))
    ax.axis("off")
    fig.tight_layout()
    return fig


def pool_figure(shares, rates, marks=()):
    """Balance and coverage against the contribution rate, one line per migrant share (illustration)."""
    import matplotlib.pyplot as plt

    from widgets import figures

    figures.style()
    fig, (left, right) = plt.subplots(1, 2, figsize=(8, 3.6))
    markers = ["o", "s", "^", "D"]
    dashes = ["-", "--", ":", "-."]
    for i, share in enumerate(shares):
        curve = pool_curve(share, rates)
        label = f"migrants {100 * share:g} %"
        left.plot(curve.index, curve["balance"], dashes[i % 4], marker=markers[i % 4], markersize=3.5,
                  color=figures.PALETTE[i], label=label)
        right.plot(curve.index, 100 * curve["coverage"], dashes[i % 4], marker=markers[i % 4], markersize=3.5,
                   color=figures.PALETTE[i], label=label)
    left.axhline(0, color="black", linewidth=0.8)
    for ax in (left, right):
        for value, text in marks:
            ax.axvline(value, color="grey", linestyle=(0, (2, 3)), linewidth=1)
            ax.annotate(text, (value, 1.0), xycoords=("data", "axes fraction"), ha="center", va="bottom",
                        fontsize=8)
        ax.set_xlabel("Contribution rate (% of average salary)")
    left.set_ylabel("Balance (avg. salaries per 1,000 residents)")
    right.set_ylabel("Residents insured (%)")
    right.set_ylim(0, 100)
    left.legend(fontsize=8, frameon=False)
    fig.tight_layout()
    return fig


LEVEL_ORDER = ("central", "provincial", "municipal", "township", "society")


def ties_by_level(network: dict[str, pd.DataFrame]) -> pd.DataFrame:
    """Ties per strategy family (rows) by the level of the actor each tie is directed to (columns)."""
    if not isinstance(network, dict) or not network:
        raise ModelInputError("network", type(network).__name__, "the dict returned by network_by_strategy")
    rows = {}
    for strategy, edges in network.items():
        counts = edges["to_level"].value_counts()
        rows[STRATEGIES.get(strategy, strategy)] = [int(counts.get(level, 0)) for level in LEVEL_ORDER]
    frame = pd.DataFrame.from_dict(rows, orient="index", columns=list(LEVEL_ORDER))
    frame.index.name = "strategy family"
    return frame


def ties_figure(table: pd.DataFrame):
    """Stacked horizontal bars: each strategy's ties by the level of the actor they reach (hatched, labelled)."""
    import matplotlib.pyplot as plt

    from widgets import figures

    figures.style()
    table = table.iloc[::-1]
    fig, ax = plt.subplots(figsize=(8, 3.8))
    left = np.zeros(len(table))
    labels = [textwrap_label(s, 34) for s in table.index]
    for i, level in enumerate(table.columns):
        values = table[level].to_numpy(dtype=float)
        bars = ax.barh(labels, values, left=left, color=figures.PALETTE[i], hatch=figures.HATCHES[i],
                       edgecolor="white", label=f"to {level} actors")
        ax.bar_label(bars, labels=[f"{int(v)}" if v >= 2 else "" for v in values], label_type="center",
                     fontsize=8, color="black")
        left += values
    for y, total in enumerate(left):
        ax.text(total + 0.4, y, f"{int(total)} ties", va="center", fontsize=8.5)
    ax.set_xlabel("Number of ties in the data")
    ax.set_xlim(0, left.max() * 1.18)
    ax.legend(fontsize=8, frameon=False, loc="lower right")
    fig.tight_layout()
    return fig


def textwrap_label(text: str, width: int) -> str:
    import textwrap

    return "\n".join(textwrap.wrap(text, width))
