"""Chapter 6: the frameworks side by side, a case-classification exercise and a comparer.

Everything here is read from two datasets of the data package:

- ``frameworks_comparison`` — six frameworks (Heilmann as Husain presents him, Husain, Almén,
  Zhu & Xiao, Chen, He) on eight dimensions, one short entry per cell with its source and
  locator;
- ``synthesis_vignettes`` — eight cases from the sources, each with the framework that explains
  it best and why.

Pure functions (data in, table or questions out; unit-tested):

- ``vignette_questions`` — one multiple-choice ``widgets.quiz.Question`` per vignette, the
  options being the frameworks, the answer the vignette's framework;
- ``comparison_table`` — two frameworks side by side on some or all dimensions;
- ``cell_table`` — one framework's entry on one dimension, with where it comes from;
- ``role_matrix`` — the coded "who innovates" or "level of government" categories as a
  frameworks × categories table of roles (for the chapter's figures).

Views (kernel-free): ``classify_quiz`` (built on ``widgets.quiz``) and ``compare_view`` (two
dropdowns and a slider ``jslink``ed to stacks of precomputed tables, the technique of
``widgets.static``). Bad input raises ``ModelInputError`` naming the parameter.
"""
from __future__ import annotations

from functools import lru_cache
from typing import Sequence

import pandas as pd

from widgets import validate
from widgets.data import cite, load
from widgets.errors import ModelInputError
from widgets.i18n import N_  # marks English text the views show (and translate)

COMPARISON_COLUMNS = ("framework_id", "framework_order", "framework", "framework_short", "dimension",
                      "dimension_order", "dimension_label", "value", "codes", "source", "locator")


VIGNETTE_COLUMNS = ("vignette_id", "title", "vignette", "framework_id", "explanation", "source", "locator")


# Category labels for the coded dimensions (the codes themselves are in the data).
CATEGORY_LABELS = {
    "innovator": {
        "centre": N_("Centre"),
        "local_leaders": N_("Local leaders"),
        "local_governments": N_("Local governments"),
        "mid_level_bureaucrats": N_("Mid-level bureaucrats"),
        "bureaucratic_coalitions": N_("Bureaucratic coalitions"),
    },
    "level_of_government": {
        "centre": N_("Centre"),
        "province": N_("Province"),
        "city": N_("City"),
        "county": N_("County"),
        "township": N_("Township"),
        "unspecified_local": N_("Local (level not specified)"),
    },
}


ROLE_LABELS = {
    "innovates": N_("innovates"), "directs": N_("directs"), "approves": N_("approves"),
    "sets_direction": N_("sets direction"), "focus": N_("focus"), "context": N_("context"),
}


# Marker shape and fill per role, so roles differ by shape and text, never by colour alone.
ROLE_MARKERS = {
    "innovates": ("o", True), "directs": ("^", True), "approves": ("s", False), "sets_direction": ("D", False),
    "focus": ("o", True), "context": ("s", False),
}


QUESTION_SUFFIX = N_("Which framework explains this case best?")


@lru_cache(maxsize=1)
def _comparison() -> pd.DataFrame:
    return load("frameworks_comparison")


@lru_cache(maxsize=1)
def _vignettes() -> pd.DataFrame:
    return load("synthesis_vignettes")


def comparison_data() -> pd.DataFrame:
    """The ``frameworks_comparison`` dataset, ordered by framework then dimension (a copy)."""
    return _comparison().sort_values(["framework_order", "dimension_order"]).reset_index(drop=True)


def vignette_data() -> pd.DataFrame:
    """The ``synthesis_vignettes`` dataset in display order (a copy)."""
    return _vignettes().sort_values("vignette_order").reset_index(drop=True)


def _check_comparison(comparison: object) -> pd.DataFrame:
    comparison = validate.table("comparison", comparison, COMPARISON_COLUMNS)
    if comparison.duplicated(["framework_id", "dimension"]).any():
        raise ModelInputError("comparison", "duplicate framework × dimension rows",
                              N_("a table with one row per framework and dimension"))
    return comparison


def framework_list(comparison: pd.DataFrame) -> pd.DataFrame:
    """One row per framework, in display order: ``framework_id`` (index), ``framework``, ``framework_short``."""
    comparison = _check_comparison(comparison)
    table = (comparison.sort_values("framework_order")
             .drop_duplicates("framework_id")[["framework_id", "framework", "framework_short"]])
    return table.set_index("framework_id")


def dimension_list(comparison: pd.DataFrame) -> pd.DataFrame:
    """One row per dimension, in display order: ``dimension`` (index), ``dimension_label``."""
    comparison = _check_comparison(comparison)
    table = comparison.sort_values("dimension_order").drop_duplicates("dimension")[["dimension", "dimension_label"]]
    return table.set_index("dimension")


def where(source: str, locator: str) -> str:
    """A short citation for a cell: 'Husain 2015, §4.2'."""
    return cite(source, locator)


def comparison_table(comparison: pd.DataFrame, framework_a: str, framework_b: str,
                     dimensions: str | Sequence[str] | None = None) -> pd.DataFrame:
    """Two frameworks side by side: one row per dimension, each entry with where it comes from.

    ``framework_a`` and ``framework_b`` are framework ids (``"husain"``, ``"chen"`` …) and must
    differ; ``dimensions`` is one dimension id, a list of them, or ``None`` for all eight.
    """
    names = framework_list(comparison)
    dims = dimension_list(comparison)
    ids = list(names.index)
    framework_a = validate.choice("framework_a", framework_a, ids)
    framework_b = validate.choice("framework_b", framework_b, ids)
    if framework_b == framework_a:
        raise ModelInputError("framework_b", framework_b, N_("a framework other than framework_a ({framework_a})"),
                              framework_a=repr(framework_a))
    if dimensions is None:
        chosen = list(dims.index)
    else:
        chosen = [dimensions] if isinstance(dimensions, str) else dimensions
        if not isinstance(chosen, (list, tuple)) or not chosen:
            raise ModelInputError("dimensions", dimensions, N_("a dimension id, a non-empty list of them, or None"))
        for d in chosen:
            validate.choice("dimensions", d, list(dims.index))
    cells = comparison.set_index(["framework_id", "dimension"])
    a, b = names.loc[framework_a, "framework_short"], names.loc[framework_b, "framework_short"]
    rows = []
    for d in chosen:
        ra, rb = cells.loc[(framework_a, d)], cells.loc[(framework_b, d)]
        rows.append({a: ra["value"], f"{a}: where": where(ra["source"], ra["locator"]),
                     b: rb["value"], f"{b}: where": where(rb["source"], rb["locator"])})
    return pd.DataFrame(rows, index=pd.Index([dims.loc[d, "dimension_label"] for d in chosen], name="Dimension"))


def parse_codes(codes: str) -> dict[str, str]:
    """'centre=directs; local_governments=innovates' → {'centre': 'directs', 'local_governments': 'innovates'}."""
    if not isinstance(codes, str):
        raise ModelInputError("codes", codes, N_("a string of 'category=role' pairs separated by '; '"))
    out = {}
    for part in filter(None, (p.strip() for p in codes.split(";"))):
        category, sep, role = part.partition("=")
        if not sep or not category or role not in ROLE_LABELS:
            raise ModelInputError("codes", codes, N_("'category=role' pairs with a role among {roles}"),
                                  roles=", ".join(ROLE_LABELS))
        out[category] = role
    return out


def role_matrix(comparison: pd.DataFrame, dimension: str) -> pd.DataFrame:
    """Frameworks (rows, short names) × coded categories (columns, labels) → role code or ''."""
    names = framework_list(comparison)
    dimension = validate.choice("dimension", dimension, list(CATEGORY_LABELS))
    labels = CATEGORY_LABELS[dimension]
    rows = comparison[comparison["dimension"] == dimension].set_index("framework_id")
    matrix = pd.DataFrame("", index=pd.Index(list(names["framework_short"]), name="Framework"),
                          columns=list(labels.values()))
    for f_id, short in names["framework_short"].items():
        for category, role in parse_codes(rows.loc[f_id, "codes"]).items():
            if category not in labels:
                raise ModelInputError("codes", category, N_("a category among {categories}"),
                                      categories=", ".join(labels))
            matrix.loc[short, labels[category]] = role
    return matrix


def cell_table(comparison: pd.DataFrame, framework: str, dimension: str) -> pd.DataFrame:
    """One framework's entry on one dimension and where it comes from: rows 'Entry' and 'Where', one column
    named after the dimension."""
    names = framework_list(comparison)
    dims = dimension_list(comparison)
    framework = validate.choice("framework", framework, list(names.index))
    dimension = validate.choice("dimension", dimension, list(dims.index))
    row = comparison.set_index(["framework_id", "dimension"]).loc[(framework, dimension)]
    return pd.DataFrame({dims.loc[dimension, "dimension_label"]: [row["value"], where(row["source"], row["locator"])]},
                        index=pd.Index(["Entry", "Where"], name=""))


# ``course-table`` cells are right-aligned for numbers; these cells hold prose.
_PROSE_CELL = '<td style="text-align: left; vertical-align: top">'
