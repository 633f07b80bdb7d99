"""Will it outlast its champion? A stylised survival model of a local innovation (chapter 3).

THIS IS AN ILLUSTRATION, NOT A FINDING. No source estimates any of its parameters. It turns
one argument into arithmetic: Almén (2013, paras 4–5) and Husain (2015, §3.4) say that
local innovations tied to one leader often fade when the leader is moved on (*ren zou zheng
xi*), unless they are institutionalised (*zhiduhua*) — written into rules, structures and
incentives and carried by several leaders and other actors.

The model, year by year (years 1, 2, …, ``horizon``; the innovation starts at year 0 at the
start of its champion's term, and is not yet institutionalised):

1. An innovation that is running but not yet institutionalised becomes institutionalised
   during the year with probability ``p = 1 − (1 − institutionalise) ** champions`` (each
   champion, independently, has the same yearly chance of getting it written into rules).
2. At the end of every ``tenure``-th year a successor arrives. The successor drops a running,
   not-yet-institutionalised innovation with probability ``drop``. An institutionalised one
   cannot be ended by rotation.

Nothing else ends an innovation (in particular, a crisis passing — Husain's other reason —
is left out). The chain is computed exactly; there is no randomness and no seed.
"""
from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache

import pandas as pd

from widgets import validate
from widgets.data import cite
from widgets.errors import ModelInputError
from widgets.i18n import N_  # marks English text the views show (and translate)

MAX_YEARS = 100


MAX_CHAMPIONS = 10


@dataclass(frozen=True)
class Settings:
    """One set of model inputs. Every default is the course's assumption (see ASSUMPTIONS)."""
    tenure: int = 3
    drop: float = 0.5
    institutionalise: float = 0.10
    champions: int = 1
    horizon: int = 20


DEFAULTS = Settings()


# Every default, with why it is an assumption. Shown in the lesson's illustration box.
ASSUMPTIONS = {
    "tenure": "A successor arrives every 3 years. The sources say only that leaders stay 'a few years' "
              "(Almén 2013, para. 4); 3 is our choice.",
    "drop": "A successor drops a not-yet-institutionalised innovation with probability 0.5. No source gives "
            "this chance; the sources say only that innovations 'often' fade (Almén 2013, para. 4).",
    "institutionalise": "Each champion has a 10% yearly chance of getting the innovation written into rules. "
                        "No source gives this rate.",
    "champions": "One champion (the leader who launched it). Wenling had several leaders, scholars and others "
                 "(Almén 2013, para. 5), but the sources give no count and no effect size.",
    "horizon": "20 years shown. Our choice.",
    "start": "The innovation starts at the beginning of its champion's term.",
    "order": "Within a year, institutionalisation can happen before the successor arrives.",
    "other": "Nothing but rotation ends an innovation: crises passing, failure or lack of money are left out.",
}


def yearly_institutionalisation(institutionalise: float, champions: int) -> float:
    """Yearly chance that a running innovation becomes institutionalised, with ``champions`` champions."""
    p = validate.probability("institutionalise", institutionalise)
    n = validate.number("champions", champions, low=1, high=MAX_CHAMPIONS, integer=True)
    return 1.0 - (1.0 - p) ** n


def _check(tenure, drop, institutionalise, champions, horizon):
    tenure = validate.number("tenure", tenure, low=1, high=MAX_YEARS, integer=True)
    drop = validate.probability("drop", drop)
    p = yearly_institutionalisation(institutionalise, champions)
    horizon = validate.number("horizon", horizon, low=1, high=MAX_YEARS, integer=True)
    return tenure, drop, p, horizon


def survival(tenure: int = DEFAULTS.tenure, drop: float = DEFAULTS.drop,
             institutionalise: float = DEFAULTS.institutionalise, champions: int = DEFAULTS.champions,
             horizon: int = DEFAULTS.horizon) -> pd.DataFrame:
    """The survival curve, one row per year 0 … horizon.

    Columns: ``new_leader`` (a successor arrives at the end of that year), ``running`` (probability
    the innovation is still in place), ``institutionalised`` (probability it is running and
    institutionalised) and ``at_risk`` (running but not yet institutionalised).
    """
    tenure, drop, p, horizon = _check(tenure, drop, institutionalise, champions, horizon)
    at_risk, running = 1.0, 1.0
    rows = [(0, False, running, 0.0, at_risk)]
    for year in range(1, horizon + 1):
        at_risk *= 1.0 - p                      # some become institutionalised this year
        new_leader = year % tenure == 0
        if new_leader:
            lost = at_risk * drop               # the successor drops some of the rest
            running -= lost                     # subtracting keeps the curve exactly non-increasing
            at_risk -= lost
        rows.append((year, new_leader, running, max(running - at_risk, 0.0), at_risk))
    frame = pd.DataFrame(rows, columns=["year", "new_leader", "running", "institutionalised", "at_risk"])
    return frame.set_index("year")


def median_lifetime(curve: pd.DataFrame) -> int | None:
    """First year by which half the innovations have ended (running ≤ 0.5); None if beyond the horizon."""
    if not isinstance(curve, pd.DataFrame) or "running" not in curve or curve.empty:
        raise ModelInputError("curve", type(curve).__name__, N_("a survival table from survival()"))
    ended = curve.index[curve["running"] <= 0.5]
    return int(ended[0]) if len(ended) else None


def long_run_share(tenure: int = DEFAULTS.tenure, drop: float = DEFAULTS.drop,
                   institutionalise: float = DEFAULTS.institutionalise,
                   champions: int = DEFAULTS.champions) -> float:
    """Share never ended by rotation however long one waits (= eventually institutionalised).

    Per term, the innovation escapes institutionalisation with q = (1 − p) ** tenure and then survives the
    successor with 1 − drop, so the share is (1 − q) / (1 − q (1 − drop)) — or 1 if nothing can end it.
    """
    tenure, drop, p, _ = _check(tenure, drop, institutionalise, champions, 1)
    q = (1.0 - p) ** tenure
    if q * (1.0 - drop) == 1.0:                 # never institutionalised and never dropped
        return 1.0
    return (1.0 - q) / (1.0 - q * (1.0 - drop))


def summary(tenure: int = DEFAULTS.tenure, drop: float = DEFAULTS.drop,
            institutionalise: float = DEFAULTS.institutionalise, champions: int = DEFAULTS.champions,
            horizon: int = DEFAULTS.horizon) -> dict:
    """Key numbers for one setting: median lifetime, share running at the horizon, long-run share."""
    curve = survival(tenure, drop, institutionalise, champions, horizon)
    return {"median_years": median_lifetime(curve),
            "running_at_horizon": float(curve["running"].iloc[-1]),
            "long_run": long_run_share(tenure, drop, institutionalise, champions),
            "yearly_institutionalisation": yearly_institutionalisation(institutionalise, champions)}


@lru_cache(maxsize=1)
def reference_share() -> tuple[float, str]:
    """Share of prize-winning innovations still running in their place of origin, from the data.

    Husain (2015, §3.4), citing Chen and Huang (2010): around one third of LGIPP prize-winners were later
    discontinued where they began, so about two thirds were not. No time horizon is given: a reference
    line, never a calibration target.
    """
    from widgets.data import load

    findings = load("husain2015_survey_findings")
    row = findings[findings["finding_id"] == REFERENCE_FINDING].iloc[0]
    return 1.0 - float(row["value"]), str(row["locator"])


REFERENCE_FINDING = "discontinued_in_place_of_origin"


def _percent(x: float) -> str:
    return f"{100 * x:.0f}%"


@dataclass(frozen=True)
class Knob:
    name: str
    label: str
    values: tuple
    show: str          # format for the slider readout


KNOBS = (
    Knob("tenure", N_("Years a leader stays before a successor arrives"), (1, 2, 3, 5, 8), N_("{:g} years")),
    Knob("drop", N_("Chance a successor drops a not-yet-institutionalised innovation"),
         (0.0, 0.25, 0.5, 0.75, 1.0), "{:.0%}"),
    Knob("institutionalise", N_("Yearly chance, per champion, of getting it written into rules"),
         (0.0, 0.05, 0.1, 0.2, 1.0), "{:.0%}"),
    Knob("champions", N_("Number of champions (leaders, deputies, scholars) pushing for rules"),
         (1, 2, 3, 4, 6), "{:g}"),
)


EVENT_COLUMNS = ["start_year", "end_year", "date_text", "date_precision", "date_status", "event", "source", "locator"]


def dated_events(events: pd.DataFrame, findings: pd.DataFrame | None = None) -> pd.DataFrame:
    """The events the sources date, oldest first, in the ``almen2013_events`` layout.

    ``events`` is the ``almen2013_events`` table; rows with no year are left out. ``findings`` (optional)
    is ``husain2015_survey_findings``: its rows whose unit is a year (the LGIPP's founding) are added as
    exact-year events. Each event's text ends with its source and locator.
    """
    if not isinstance(events, pd.DataFrame) or not set(EVENT_COLUMNS) <= set(events.columns):
        raise ModelInputError("events", type(events).__name__, N_("the almen2013_events table"))
    table = events[EVENT_COLUMNS].copy()
    if findings is not None:
        needed = {"unit", "value", "value_text", "category", "source", "locator"}
        if not isinstance(findings, pd.DataFrame) or not needed <= set(findings.columns):
            raise ModelInputError("findings", type(findings).__name__, N_("the husain2015_survey_findings table"))
        years = findings[findings["unit"] == "year"]
        extra = pd.DataFrame({
            "start_year": years["value"].astype(int), "end_year": years["value"].astype(int),
            "date_text": years["value_text"], "date_precision": "exact year", "date_status": "stated",
            "event": years["category"].str.cat(["."] * len(years)) if len(years) else years["category"],
            "source": years["source"], "locator": years["locator"]})
        table = pd.concat([table, extra.astype(table.dtypes.to_dict())], ignore_index=True)
    table = table[table["start_year"].notna()].copy()
    if table.empty:
        raise ModelInputError("events", "no dated rows", N_("a table with at least one dated event"))
    table["label"] = [f"{e} ({cite(s, loc)})"
                      for e, s, loc in zip(table["event"], table["source"], table["locator"])]
    return table.sort_values("start_year", kind="stable").reset_index(drop=True)
