"""Two logics of innovation: a stylised agent simulation (an illustration, not an estimate).

It sets the two arguments of chapter 2 side by side, as Husain (2015) presents them:

- **Experimentation under hierarchy** (Heilmann, as presented in Husain 2015, §4.2,
  §4.4 and §4.6): the centre designates a few pilot sites (shidian), lets them try their own
  variants for a trial period, evaluates them, and rolls one model out nationwide
  ("from point to surface"). Two simplifications are the course's, not Heilmann's: nobody
  else experiments, and a change of local leader does not end a pilot. The hierarchy logic
  can fail in two ways (both the course's assumptions, off by default so the default run
  is the original one): each pilot's variant works with probability ``pilot_success`` when
  evaluated, and if none works the centre designates a fresh set of pilots for another trial;
  and the national model suits a locality's conditions with probability ``model_fit``
  (Husain 2015, §3.1: no "one size fits all", implementation "according to local
  conditions"). A locality the model does not suit has no working practice, and since
  nobody else experiments under this logic, it stays without one.
- **Embedded innovation** (Husain 2015, §3 and §4.4): every locality is under pressure
  (yali) to implement a loosely specified central direction. Each round a locality
  that has no working practice tries something with probability ``pressure``. A try is
  either its own idea (an *independent try*, the start of a new practice) or, with
  probability ``learning``, based on an inspection visit (kaocha) to a locality that
  already uses a practice: the visitor usually adapts what it saw (a new variant, one
  step more refined; "hybrids are the rule") and sometimes copies it as it is. When a
  locality's leader rotates (probability ``rotation`` per round), a practice that has
  not yet been institutionalised is dropped (ren zou zheng xi). A practice becomes
  institutionalised with probability ``institutionalisation`` per round. Once a share
  ``codification_threshold`` of localities (and at least two) use the same practice,
  the centre codifies its most refined variant in use as national policy and every
  locality adopts it.

Every number in the model is an assumption of the course unless a docstring or the chapter
says otherwise; the model is not calibrated to any figure in the sources. Outputs are on
the same axes for both logics: adoption, distinct variants in circulation, and the share
of local innovations discontinued.
"""
from __future__ import annotations

import math
from dataclasses import dataclass, fields, replace
from functools import lru_cache

import numpy as np
import pandas as pd

from widgets import seeding, validate
from widgets.errors import ModelInputError
from widgets.i18n import N_, _  # N_ marks English text the views show (and translate)

LOGICS = ("hierarchy", "embedded")


LABELS = {"hierarchy": N_("Experimentation under hierarchy"), "embedded": N_("Embedded innovation")}


MAX_LOCALITIES = 1000


MAX_ROUNDS = 200


MAX_RUNS = 500


@dataclass(frozen=True)
class Settings:
    """Model parameters. Every default is an assumption of the course (none is a source figure)."""

    n_localities: int = 100           # localities (e.g. counties) under one central policy direction
    rounds: int = 40                  # simulated rounds (no calendar length is implied)
    pressure: float = 0.10            # chance a locality without a working practice tries one, per round
    learning: float = 0.50            # chance a try is based on a visit to a locality already using a practice
    rotation: float = 0.10            # chance per round that a locality's leader changes
    codification_threshold: float = 0.10  # share of localities using one practice before the centre codifies it
    institutionalisation: float = 0.05    # chance per round that a locality's practice becomes institutionalised
    adaptation: float = 0.75          # chance a learner adapts (new variant) rather than copies exactly
    n_pilots: int = 5                 # pilots designated by the centre (hierarchy)
    trial_period: int = 5             # rounds before the centre evaluates the pilots (hierarchy)
    pilot_success: float = 1.0        # chance a pilot's variant works when evaluated (hierarchy)
    model_fit: float = 1.0            # chance the rolled-out national model suits a locality (hierarchy)


DEFAULTS = Settings()


PARAMETERS = tuple(f.name for f in fields(Settings))


def settings(**params) -> Settings:
    """Validated settings: any parameter not given keeps its default."""
    unknown = sorted(set(params) - set(PARAMETERS))
    if unknown:
        raise ModelInputError(unknown[0], params[unknown[0]], N_("one of the parameters {parameters}"),
                              parameters=", ".join(PARAMETERS))
    s = replace(DEFAULTS, **params)
    n = validate.number("n_localities", s.n_localities, low=1, high=MAX_LOCALITIES, integer=True)
    t = validate.number("rounds", s.rounds, low=1, high=MAX_ROUNDS, integer=True)
    checked = {"n_localities": n, "rounds": t}
    for name in ("pressure", "learning", "rotation", "institutionalisation", "adaptation", "pilot_success",
                 "model_fit"):
        checked[name] = validate.probability(name, getattr(s, name))
    checked["codification_threshold"] = validate.number("codification_threshold", s.codification_threshold,
                                                        low=0.0, high=1.0, low_open=True)
    checked["n_pilots"] = validate.number("n_pilots", s.n_pilots, low=0, high=n, integer=True)
    checked["trial_period"] = validate.number("trial_period", s.trial_period, low=1, high=MAX_ROUNDS, integer=True)
    return Settings(**checked)


def codification_need(s: Settings) -> int:
    """Localities that must use one practice before the centre codifies it (never fewer than two)."""
    return max(2, math.ceil(s.codification_threshold * s.n_localities - 1e-9))


COLUMNS = ["adopters", "variants", "started", "independent_tries", "learned_tries",
           "discontinued_by_rotation", "share_discontinued", "centre_acted", "max_refinement"]


def _hierarchy_run(s: Settings, rng: np.random.Generator) -> np.ndarray:
    out = np.zeros((s.rounds, len(COLUMNS)))
    pilots = rng.choice(s.n_localities, size=s.n_pilots, replace=False)
    started = len(pilots)                     # each pilot is one local innovation
    trial_ends = s.trial_period               # the round after which the current pilots are evaluated
    fitting = None                            # localities the national model suits, once rolled out
    for t in range(1, s.rounds + 1):
        if fitting is None and s.n_pilots > 0 and t > trial_ends:
            # Evaluation: rolled out if at least one pilot works (no random draw when success is certain).
            works = s.pilot_success >= 1.0 or bool((rng.random(s.n_pilots) < s.pilot_success).any())
            if works:
                fitting = (s.n_localities if s.model_fit >= 1.0
                           else int((rng.random(s.n_localities) < s.model_fit).sum()))
            else:                             # nothing worked: a fresh set of pilots, another trial
                pilots = rng.choice(s.n_localities, size=s.n_pilots, replace=False)
                started += len(pilots)
                trial_ends = t - 1 + s.trial_period
        if fitting is not None:
            adopters, variants = fitting, int(fitting > 0)
        else:
            adopters = variants = len(pilots)
        out[t - 1] = [adopters, variants, started, started, 0, 0, 0.0, float(fitting is not None), 0]
    return out


def _embedded_run(s: Settings, rng: np.random.Generator) -> np.ndarray:
    n = s.n_localities
    out = np.zeros((s.rounds, len(COLUMNS)))
    variant = np.full(n, -1)
    family = np.full(n, -1)
    generation = np.zeros(n, dtype=int)
    institutional = np.zeros(n, dtype=bool)
    next_variant = next_family = 0
    independent = learned = discontinued = 0
    codified = False
    need = codification_need(s)
    for t in range(1, s.rounds + 1):
        if not codified:
            # 1. Leaders rotate; a new leader drops a practice that is not institutionalised.
            using = variant >= 0
            lost = using & ~institutional & (rng.random(n) < s.rotation)
            discontinued += int(lost.sum())
            variant[lost], family[lost], generation[lost] = -1, -1, 0
            # 2. Some practices become institutionalised (zhiduhua).
            using = variant >= 0
            institutional |= using & (rng.random(n) < s.institutionalisation)
            # 3. Under pressure, localities without a practice try one: their own idea or one seen on a visit.
            users = np.flatnonzero(using)
            for i in np.flatnonzero(~using & (rng.random(n) < s.pressure)):
                if users.size and rng.random() < s.learning:
                    j = users[rng.integers(users.size)]
                    family[i] = family[j]
                    if rng.random() < s.adaptation:
                        variant[i], generation[i] = next_variant, generation[j] + 1
                        next_variant += 1
                    else:
                        variant[i], generation[i] = variant[j], generation[j]
                    learned += 1
                else:
                    family[i], variant[i], generation[i] = next_family, next_variant, 0
                    next_family += 1
                    next_variant += 1
                    independent += 1
                institutional[i] = False
            # 4. The centre codifies a practice once enough localities use it.
            in_use = family[family >= 0]
            if in_use.size:
                counts = np.bincount(in_use)
                if counts.max() >= need:
                    chosen = int(np.argmax(counts))
                    members = np.flatnonzero(family == chosen)
                    best = members[np.argmax(generation[members])]
                    variant[:], family[:], generation[:] = variant[best], chosen, generation[best]
                    institutional[:] = True
                    codified = True
        current = variant[variant >= 0]
        started = independent + learned
        out[t - 1] = [current.size, np.unique(current).size, started, independent, learned, discontinued,
                      discontinued / started if started else 0.0, float(codified),
                      generation[variant >= 0].max() if current.size else 0]
    return out


def simulate(logic: str, *, runs: int = 1, seed: int | None = None, **params) -> pd.DataFrame:
    """Simulate one logic and return one row per round, averaged over ``runs`` runs.

    Columns: ``adopters`` (localities using a practice), ``variants`` (distinct variants in
    use), ``started`` / ``independent_tries`` / ``learned_tries`` (cumulative local
    innovations begun), ``discontinued_by_rotation`` (cumulative), ``share_discontinued``
    (all runs pooled: discontinued ÷ started, 0 before anything starts), ``centre_acted``
    (share of runs in which the centre has rolled out or codified a model), and
    ``max_refinement`` (most refined generation in use). Same ``seed`` → same output.
    """
    validate.choice("logic", logic, LOGICS)
    runs = validate.number("runs", runs, low=1, high=MAX_RUNS, integer=True)
    if seed is not None:
        seed = validate.number("seed", seed, low=0, integer=True)
    s = settings(**params)
    rng = seeding.rng(seed)
    one = _hierarchy_run if logic == "hierarchy" else _embedded_run
    total = np.zeros((s.rounds, len(COLUMNS)))
    for _run in range(runs):
        total += one(s, rng)
    frame = pd.DataFrame(total / runs, columns=COLUMNS, index=pd.RangeIndex(1, s.rounds + 1, name="round"))
    started, lost = total[:, COLUMNS.index("started")], total[:, COLUMNS.index("discontinued_by_rotation")]
    frame["share_discontinued"] = np.divide(lost, started, out=np.zeros_like(lost), where=started > 0)
    return frame


def compare(*, runs: int = 1, seed: int | None = None, **params) -> dict[str, pd.DataFrame]:
    """Both logics with the same parameters and seed."""
    return {logic: simulate(logic, runs=runs, seed=seed, **params) for logic in LOGICS}


def summary(results: dict[str, pd.DataFrame]) -> pd.DataFrame:
    """The last round of each logic: adoption, variants, share discontinued, share of runs the centre acted
    (headed in the course language: a table for the reader)."""
    rows = {_(LABELS[logic]): frame.iloc[-1] for logic, frame in results.items()}
    table = pd.DataFrame(rows).T[["adopters", "variants", "share_discontinued", "centre_acted"]]
    table.columns = [_("Localities using a practice"), _("Distinct variants"), _("Share discontinued"),
                     _("Centre acted (share of runs)")]
    table.index.name = _("Logic")
    return table


@lru_cache(maxsize=1)
def reference_discontinued() -> tuple[float, str]:
    """LGIPP award winners discontinued in their place of origin (Chen and Huang 2010, in Husain 2015, §3.4)."""
    from widgets.data import load

    row = load("husain2015_survey_findings").set_index("finding_id").loc["discontinued_in_place_of_origin"]
    return float(row["value"]), str(row["value_text"])


@dataclass(frozen=True)
class Mechanism:
    parameter: str
    name: str      # the dropdown entry
    control: str   # the slider's label: what the number means
    values: tuple
    affects: str   # which logic the control changes


MECHANISMS = (
    Mechanism("pressure", N_("Pressure to implement (yali)"), N_("Chance per round that a locality tries something"),
              (0.02, 0.05, 0.10, 0.20, 0.40), "embedded"),
    Mechanism("learning", N_("Learning through inspection visits"),
              N_("Chance that a try copies a practice seen elsewhere"), (0.0, 0.25, 0.50, 0.65, 0.80), "embedded"),
    Mechanism("rotation", N_("Leader rotation"), N_("Chance per round that a locality's leader changes"),
              (0.0, 0.05, 0.10, 0.20, 0.30), "embedded"),
    Mechanism("codification_threshold", N_("Codification threshold"),
              N_("Share of localities using one practice before the centre codifies it"),
              (0.05, 0.07, 0.10, 0.12, 0.20), "embedded"),
    Mechanism("n_pilots", N_("Number of pilots (shidian)"), N_("Pilots the centre designates"), (0, 1, 3, 5, 10),
              "hierarchy"),
    Mechanism("model_fit", N_("Fit of the national model"),
              N_("Chance the rolled-out model suits a locality's conditions"), (0.4, 0.6, 0.8, 0.9, 1.0), "hierarchy"),
)


def option_label(m: Mechanism) -> str:
    """The dropdown entry, in the course language: the mechanism and which logic it changes."""
    return _("{mechanism} — changes {logic} only").format(mechanism=_(m.name), logic=_(LABELS[m.affects]).lower())


IDEA_SOURCE_LABELS = {   # short labels for the six sources Husain lists (§3.6.3), in his order
    "source_farsighted_local_leader": N_("Farsighted local leader"),
    "source_studying_practice_elsewhere": N_("Studying advanced practice elsewhere"),
    "source_lower_level_institution": N_("A lower-level institution"),
    "source_higher_level_pilot": N_("A pilot (shidian) of a higher-level department"),
    "source_academic_researcher": N_("An academic or researcher"),
    "source_own_staff": N_("Staff of the institution itself"),
}


EVIDENCE_GROUPS = (  # (heading, [(finding_id, short label)]) for the at-a-glance chart
    (N_("Who applies"),
     [("applications_county_and_city_levels", N_("Applications from county and city levels")),
      ("applications_from_government_departments", N_("Applications from government departments"))]),
    (N_("Why they innovate"),
     [("motivation_solving_work_problems", N_("Main motive: problems met in normal work")),
      ("motivation_central_policy_spirit", N_("Other main motive: the spirit of central policy")),
      ("implementation_type_innovations", N_("Call their reform 'implementation-type'"))]),
    (N_("Success and support"),
     [("success_judged_by_superior_approval", N_("Judge success by superiors' approval")),
      ("support_hoped_from_superior_leaders", N_("Hope most for superior leaders' support")),
      ("renke_speedy_initiation", N_("Superiors' recognition (renke) speeds start-up"))]),
    (N_("Learning"), [("inspection_visits_five_or_more", N_("Made five or more inspection visits"))]),
    (N_("Afterwards"),
     [("discontinued_in_place_of_origin", N_("Award winners later discontinued at home")),
      ("reformers_promoted_or_moved_up", N_("Reformers promoted or moved up"))]),
)


def _percent(row) -> float:
    return float(row["value"]) * 100 if row["unit"] == "fraction" else float(row["value"])


def sources_table(findings: pd.DataFrame) -> pd.DataFrame:
    """The six listed sources (per cent) plus the remainder the source does not report."""
    rows = findings.set_index("finding_id")
    table = pd.DataFrame({"Source of the idea": [IDEA_SOURCE_LABELS[k] for k in IDEA_SOURCE_LABELS],
                          "Per cent": [float(rows.loc[k, "value"]) for k in IDEA_SOURCE_LABELS]})
    listed = float(rows.loc["sources_listed_total", "value"])
    if abs(table["Per cent"].sum() - listed) > 1e-9:
        raise ModelInputError("findings", listed, N_("the sum of the six listed sources ({total})"),
                              total=f"{table['Per cent'].sum():g}")
    remainder = pd.DataFrame({"Source of the idea": [N_("Not reported")], "Per cent": [100.0 - listed]})
    return pd.concat([table, remainder], ignore_index=True)


def evidence_table(findings: pd.DataFrame) -> pd.DataFrame:
    """The at-a-glance figures: topic, short label, value as printed, per cent, survey and cited study."""
    rows = findings.set_index("finding_id")
    out = []
    for heading, items in EVIDENCE_GROUPS:
        for key, label in items:
            r = rows.loc[key]
            out.append({"Topic": heading, "Finding": label, "As printed": r["value_text"],
                        "Per cent": round(_percent(r), 1), "Hedged": r["qualifier"] != "exact",
                        "Survey or study": r["survey"], "Cited work": r["original_study"]})
    return pd.DataFrame(out)
