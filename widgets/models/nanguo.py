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

import pandas as pd

from widgets import validate
from widgets.data import load
from widgets.errors import ModelInputError
from widgets.i18n import N_  # marks English text the views show (and translate)

SOURCE = "Zhu & Xiao 2015"


_TIMELINE_COLUMNS = ("year", "date_text", "origin", "programme", "abbreviation", "policy_result", "event", "locator",
                     "notes")


_DECADE = re.compile(r"(early|mid|late)-?\s*(\d{4})s")


_DECADE_OFFSET = {"early": 0, "mid": 4, "late": 7}


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


def _short_programme(programme: str, abbreviation: str) -> str:
    """'Local Citizen Health Insurance (LCHI)' -> 'LCHI'; names without an abbreviation stay whole."""
    abbreviation = abbreviation.strip() if isinstance(abbreviation, str) else ""
    return abbreviation.replace(";", " and") if abbreviation else str(programme)


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
                                  N_("exactly one matching fact"))
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


FROM_THE_PAPER = N_("from the paper: {text} ({locator})")
ASSUMED = N_("assumption (course illustration)")


"""``parameter_table``'s status values (English here; the view ``nanguo.shown`` translates them)."""


def parameter_table() -> pd.DataFrame:
    """Every input of the pool model with its default and whether it is from the paper or assumed."""
    rows = []
    for key, fig in paper_figures().items():
        rows.append({"parameter": key, "default": fig["value"], "meaning": fig["meaning"],
                     "status": FROM_THE_PAPER.format(text=fig["text"], locator=fig["locator"])})
    for key, a in ASSUMPTIONS.items():
        rows.append({"parameter": key, "default": a.value, "meaning": f"{a.meaning} [{a.unit}]",
                     "status": ASSUMED})
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


RATE_GRID = (1.0, 2.0, 3.0, 4.0, 5.0, 6.0, 7.0, 8.0, 9.0, 10.0)


STRATEGIES = {
    "framing_and_brokering": N_("Framing and brokering policy ideas"),
    "designing_programmes_and_capturing_opportunities":
        N_("Designing programmes and capturing political opportunities"),
    "alliances_and_defeating_opposition": N_("Making alliances and defeating the opposition"),
    "marking_highlights_and_winning_approval": N_("Marking highlights and winning decision makers' approval"),
    "context": N_("Context: the entrepreneur group and pressure from above"),
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
        raise ModelInputError("relationships", unknown, N_("ties between actors listed in the actors table"))
    no_section = relationships.loc[relationships["section"].fillna("").str.strip() == "", "edge_id"].tolist()
    if no_section:
        raise ModelInputError("relationships", f"edges {no_section} without a section",
                              N_("ties that each name the section of the paper they come from"))
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


def actor_part(network: dict[str, pd.DataFrame], actor_id: str) -> pd.DataFrame:
    """One actor's part in each strategy family of ``network`` (from ``network_by_strategy``).

    One row per family, in the network's order, with the actor's ``ties`` (either end),
    ``stated`` and ``inferred`` counts and ``edge_ids``; families without a tie of the actor
    keep a row of zeros, so an absence shows. Refuses an actor who has no tie at all (a typo).
    """
    if not isinstance(network, dict) or not network:
        raise ModelInputError("network", type(network).__name__, N_("the dict returned by network_by_strategy"))
    if not isinstance(actor_id, str) or not actor_id.strip():
        raise ModelInputError("actor_id", actor_id, N_("an actor_id of zhuxiao2015_actors"))
    rows = []
    for strategy, edges in network.items():
        mine = edges[(edges["from_actor"] == actor_id) | (edges["to_actor"] == actor_id)]
        stated = int((mine["edge_status"] == "stated").sum())
        rows.append({"strategy": strategy, "family": STRATEGIES.get(strategy, strategy), "ties": len(mine),
                     "stated": stated, "inferred": len(mine) - stated,
                     "edge_ids": [int(e) for e in mine["edge_id"]]})
    table = pd.DataFrame(rows).set_index("strategy")
    if table["ties"].sum() == 0:
        raise ModelInputError("actor_id", actor_id, N_("an actor with at least one tie in the network"))
    return table


def short_name(name: str) -> str:
    """'Social Security Department in Nanguo City (SSDNC)' -> 'SSDNC'; other names unchanged."""
    match = re.search(r"\(([A-Z]{2,})\)\s*$", str(name))
    return match.group(1) if match else str(name)


LEVEL_ORDER = (N_("central"), N_("provincial"), N_("municipal"), N_("township"), N_("society"))


def ties_by_level(network: dict[str, pd.DataFrame]) -> pd.DataFrame:
    """Ties per strategy family (rows) by the level of the actor each tie is directed to (columns)."""
    if not isinstance(network, dict) or not network:
        raise ModelInputError("network", type(network).__name__, N_("the dict returned by network_by_strategy"))
    rows = {}
    for strategy, edges in network.items():
        counts = edges["to_level"].value_counts()
        rows[STRATEGIES.get(strategy, strategy)] = [int(counts.get(level, 0)) for level in LEVEL_ORDER]
    frame = pd.DataFrame.from_dict(rows, orient="index", columns=list(LEVEL_ORDER))
    frame.index.name = "strategy family"
    return frame


def textwrap_label(text: str, width: int) -> str:
    import textwrap

    return "\n".join(textwrap.wrap(text, width))
