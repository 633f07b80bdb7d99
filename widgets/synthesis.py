"""Views of chapter 6's comparisons: the classification quiz, the framework comparer and the role figure.

The lesson's one entry point: the model (widgets/models/synthesis.py, pure: no ipywidgets, no
matplotlib) is re-exported here, so a lesson reaches model and views through one name.
"""
from __future__ import annotations

import ipywidgets as w
import matplotlib.pyplot as plt
import pandas as pd

from widgets import figures, html, quiz, validate
from widgets.i18n import N_, _, column
from widgets.models.synthesis import (  # noqa: F401  (re-exported)
    _PROSE_CELL as _PROSE_CELL,
    CATEGORY_LABELS as CATEGORY_LABELS,
    COMPARISON_COLUMNS as COMPARISON_COLUMNS,
    QUESTION_SUFFIX as QUESTION_SUFFIX,
    ROLE_LABELS as ROLE_LABELS,
    ROLE_MARKERS as ROLE_MARKERS,
    VIGNETTE_COLUMNS as VIGNETTE_COLUMNS,
    _check_comparison as _check_comparison,
    _comparison as _comparison,
    _vignettes as _vignettes,
    cell_table as cell_table,
    comparison_data as comparison_data,
    comparison_table as comparison_table,
    dimension_list as dimension_list,
    framework_list as framework_list,
    parse_codes as parse_codes,
    role_matrix as role_matrix,
    vignette_data as vignette_data,
    where as where,
)
from widgets.static import ShowsWidget, panel, view
from widgets.tables import translated_values

# The titles lesson 6.1 gives role_figure, marked for the catalogue (role_figure shows its title in the course
# language, so the lesson passes its English text).
ROLE_FIGURE_TITLES = (N_("Who innovates, and in what role"), N_("Where they look: levels of government in focus"))


def localised(record, name: str) -> str:
    """A row's text ``name`` in the course language: its ``_zh`` column in Chinese when the data has it filled
    (the datasets keep the Chinese of their reader-facing prose beside the English), else the English."""
    translated = record.get(column(name), "") if column(name) != name else ""
    return translated if isinstance(translated, str) and translated else record[name]


def framework_names(comparison: pd.DataFrame, short: bool = False) -> pd.Series:
    """framework_id -> the framework's name (or short name) in the course language, in display order."""
    ids = framework_list(comparison).index  # validates the table
    rows = comparison.drop_duplicates("framework_id").set_index("framework_id")
    name = "framework_short" if short else "framework"
    return pd.Series([localised(rows.loc[f], name) for f in ids], index=ids, dtype=object)


def dimension_names(comparison: pd.DataFrame) -> pd.Series:
    """dimension -> its label in the course language, in display order."""
    dims = dimension_list(comparison).index  # validates the table
    rows = comparison.drop_duplicates("dimension").set_index("dimension")
    return pd.Series([localised(rows.loc[d], "dimension_label") for d in dims], index=dims, dtype=object)


def size_line(comparison: pd.DataFrame) -> str:
    """How big the comparison is, as lesson 6.1 prints it ("48 rows: 6 frameworks × 8 dimensions")."""
    return _("{rows} rows: {frameworks} frameworks × {dimensions} dimensions").format(
        rows=len(comparison), frameworks=comparison["framework_id"].nunique(),
        dimensions=comparison["dimension"].nunique())


def fits_line(several: int, total: int) -> str:
    """How many of the ``total`` cases fit more than one framework, as lesson 6.1's exercise prints it."""
    return _("{n} of {total} cases fit more than one framework").format(n=several, total=total)


# The headings lesson 6.1 gives its counts of the role matrices, marked for the catalogue (``shown`` translates them).
COUNT_HEADINGS = (N_("frameworks in which this actor innovates"), N_("frameworks with this level in focus"))


def shown(table: pd.DataFrame, comparison: pd.DataFrame | None = None) -> pd.DataFrame:
    """A model table of this chapter (``role_matrix`` and counts of it, ``comparison_table``) as students see it:
    the categories, the lesson's count headings and ``Dimension`` from the catalogue; framework names, dimension
    labels and entries from the data's ``_zh`` columns in Chinese; locators and citations as they are. In English
    the table is unchanged."""
    if column("value") == "value":
        return table
    comparison = comparison_data() if comparison is None else comparison
    labels = {label: _(label) for categories in CATEGORY_LABELS.values() for label in categories.values()}
    labels.update({heading: _(heading) for heading in (*COUNT_HEADINGS, "Dimension", "Framework")})
    shorts = comparison.drop_duplicates("framework_id")
    for english, chinese in zip(shorts["framework_short"], shorts[column("framework_short")]):
        labels[english] = chinese
        labels[f"{english}: where"] = _("{framework}: where").format(framework=chinese)
    dims = comparison.drop_duplicates("dimension")
    labels.update(translated_values(dims, "dimension_label"))
    entries = translated_values(comparison, "value")
    out = table.rename(index=labels, columns=labels).rename_axis(
        index=[labels.get(n, n) for n in table.index.names], columns=[labels.get(n, n) for n in table.columns.names])
    return out.apply(lambda col: col.map(lambda v: entries.get(v, v) if isinstance(v, str) else v))


def vignette_questions(vignettes: pd.DataFrame, comparison: pd.DataFrame) -> list[quiz.Question]:
    """One question per vignette: the options are the frameworks, the answer is the vignette's framework
    (title, case, explanation and framework names in the course language)."""
    vignettes = validate.table("vignettes", vignettes, VIGNETTE_COLUMNS)
    names = framework_names(comparison)
    ids = list(names.index)
    questions = []
    for row in vignettes.to_dict("records"):
        validate.choice("framework_id", row["framework_id"], ids)
        questions.append(quiz.Question(
            prompt=_("{title}. {vignette} {question}").format(
                title=localised(row, "title"), vignette=localised(row, "vignette"), question=_(QUESTION_SUFFIX)),
            options=list(names),
            answer=ids.index(row["framework_id"]),
            explanation=localised(row, "explanation"),
            source=where(row["source"], row["locator"]),
        ))
    return questions


# Words too wide for a column at 11 pt in a 4.8-in figure, broken where a reader expects it.
HYPHENATED = {"governments": "govern-\nments", "bureaucrats": "bureau-\ncrats", "Bureaucratic": "Bureau-\ncratic"}


def column_label(category: str) -> str:
    """A category as a column heading: one word per line, long words hyphenated."""
    return "\n".join(HYPHENATED.get(word, word) for word in category.split())


def role_figure(comparison: pd.DataFrame, dimension: str, title: str):
    """A frameworks × categories matrix: each coded cell gets a marker shape and its role in words.

    Each framework's name stands on a line above its row, so the columns have the figure's whole width.
    ``title`` is English, shown in the course language (``ROLE_FIGURE_TITLES`` holds the lesson's).
    """
    matrix = role_matrix(comparison, dimension)
    shown = dict(zip(framework_list(comparison)["framework_short"], framework_names(comparison, short=True)))
    figures.style()
    n_rows, n_cols = matrix.shape
    block = 3.6  # text lines per framework: its name, a marker, the role in words, a gap
    fig, ax = plt.subplots(figsize=(figures.WIDTH, 0.19 * block * n_rows + 1.6))
    for i, framework in enumerate(matrix.index):
        top = i * block
        ax.text(-0.5, top, shown[framework], ha="left", va="center", fontweight="bold")
        for j, category in enumerate(matrix.columns):
            role = matrix.loc[framework, category]
            if not role:
                ax.text(j, top + 1.5, "–", ha="center", va="center", color="0.45")
                continue
            marker, filled = ROLE_MARKERS[role]
            colour = figures.PALETTE[0] if filled else figures.PALETTE[1]
            ax.scatter([j], [top + 1.1], marker=marker, s=70, facecolor=colour if filled else "white",
                       edgecolor=colour, linewidth=1.6, zorder=3)
            ax.text(j, top + 2.1, figures.wrap(_(ROLE_LABELS[role]), 9), ha="center", va="center", linespacing=1.0)
        ax.axhline(top + block - 0.55, color="0.85", linewidth=0.8)
    ax.set_xticks(range(n_cols))
    ax.set_xticklabels([column_label(_(c)) for c in matrix.columns])
    ax.xaxis.tick_top()
    ax.set_yticks([])
    ax.set_xlim(-0.5, n_cols - 0.5)
    ax.set_ylim(n_rows * block - 0.5, -0.7)
    for spine in ax.spines.values():
        spine.set_visible(False)
    ax.tick_params(length=0)
    figures.heading(fig, _(title), width=46)
    fig.tight_layout(pad=0.3)
    return fig


def classify_quiz(vignettes: pd.DataFrame | None = None, comparison: pd.DataFrame | None = None):
    """The case-classification exercise: one dropdown of frameworks per vignette, with feedback."""
    vignettes = vignette_data() if vignettes is None else vignettes
    comparison = comparison_data() if comparison is None else comparison
    return quiz.self_check(vignette_questions(vignettes, comparison),
                           title=_("Which framework explains each case best?"))


def cell_view(comparison: pd.DataFrame, framework: str, dimension: str) -> pd.DataFrame:
    """``cell_table`` in the course language: the entry and the dimension's label from the data's ``_zh`` columns
    in Chinese, the row names translated; where it comes from (a citation) as it is."""
    table = cell_table(comparison, framework, dimension)  # validates; English
    row = comparison.set_index(["framework_id", "dimension"]).loc[(framework, dimension)]
    return pd.DataFrame({localised(row, "dimension_label"): [localised(row, "value"), table.iloc[1, 0]]},
                        index=pd.Index([_("Entry"), _("Where")], name=""))


SIDE_BY_SIDE_CAPTIONS = {
    (1, 4): N_("Who innovates, why, and how ideas spread or die (Heilmann: as presented by Husain 2015)"),
    (5, 8): N_("How each author knows, and where they look (Heilmann: as presented by Husain 2015)"),
}


"""The lesson's two side-by-side tables: dimensions ``first``–``last`` -> caption."""


def side_by_side(comparison: pd.DataFrame, first: int, last: int):
    """The frameworks (rows) by dimensions ``first``–``last`` (columns), each entry with its locator, as a
    styled table in the course language (the data's ``_zh`` columns in Chinese), captioned for the lesson."""
    part = comparison[comparison["dimension_order"].between(first, last)]
    part = part.assign(
        entry=[localised(r, "value") + " [" + r["locator"] + "]" for _i, r in part.iterrows()],
        row=[localised(r, "framework_short") for _i, r in part.iterrows()],
        col=[localised(r, "dimension_label") for _i, r in part.iterrows()])
    table = part.pivot(index="row", columns="col", values="entry")
    rows = part.sort_values("framework_order")["row"].unique()
    columns = part.sort_values("dimension_order")["col"].unique()
    styled = (table.loc[rows, columns].rename_axis(index=_("Framework"), columns=None).style
              .set_table_styles([{"selector": "td, th", "props": "text-align: left; vertical-align: top; "
                                  "padding: 0.4em 0.5em; font-size: 0.85em; border-bottom: 1px solid #8884;"},
                                 {"selector": "caption",
                                  "props": "color: inherit; font-weight: 600; text-align: left;"}]))
    caption = SIDE_BY_SIDE_CAPTIONS.get((first, last))
    return styled.set_caption(_(caption)) if caption else styled


def render_cell(table: pd.DataFrame, framework_label: str) -> str:
    """HTML for ``cell_table`` output, captioned with the framework (text escaped by ``widgets.html``)."""
    return html.table(table, framework_label).replace("<td>", _PROSE_CELL)


class CompareView(ShowsWidget):
    """Framework A and framework B side by side on one dimension at a time, kernel-free.

    Each framework has one stack of eight small tables (one per dimension). One slider is ``jslink``ed to
    every framework's stack, and two dropdowns (A, B) each pick which framework's stack to show. Both
    sides show the *same* six stacks, so the page holds 6 × 8 precomputed tables in all, not one per pair.
    """

    def __init__(self, comparison: pd.DataFrame, start_a: str = "heilmann", start_b: str = "husain"):
        names = framework_names(comparison)
        dims = dimension_names(comparison)
        ids = list(names.index)
        validate.choice("start_a", start_a, ids)
        validate.choice("start_b", start_b, ids)
        self.slider = w.SelectionSlider(options=list(dims), index=0, continuous_update=True,
                                        description=_("Dimension"), style={"description_width": "initial"},
                                        layout=w.Layout(width="40rem", max_width="100%"))
        self.links = []
        self.framework_stacks = []
        for f in ids:
            stack = w.Stack([view(render_cell(cell_view(comparison, f, d), names[f]))
                             for d in dims.index],
                            selected_index=0)
            self.links.append(w.jslink((self.slider, "index"), (stack, "selected_index")))
            self.framework_stacks.append(stack)
        self.dropdowns, self.stacks, columns = [], [], []
        for side, start in (("A", start_a), ("B", start_b)):
            dropdown = w.Dropdown(options=list(names), index=ids.index(start),
                                  description=_("Framework {side}").format(side=side),
                                  style={"description_width": "initial"},
                                  layout=w.Layout(width="max-content", max_width="100%"))
            outer = w.Stack(self.framework_stacks, selected_index=dropdown.index)
            self.links.append(w.jslink((dropdown, "index"), (outer, "selected_index")))
            self.dropdowns.append(dropdown)
            self.stacks.append(outer)
            columns.append(w.VBox([dropdown, outer], layout=w.Layout(flex="1 1 20rem", min_width="16rem")))
        self.widget = panel([self.slider, w.HBox(columns, layout=w.Layout(flex_flow="row wrap"))])


def compare_view(comparison: pd.DataFrame | None = None) -> CompareView:
    """The chapter's comparer: pick framework A and framework B, slide through the eight dimensions."""
    return CompareView(comparison_data() if comparison is None else comparison)
