"""Static figures for the lessons: one style, colour-blind-safe, never colour alone.

Every figure is drawn for the reader's screen, not for print: at most ``MAX_WIDTH`` inches wide with no
text smaller than ``MIN_FONT`` points, and shown as SVG (text drawn as paths, so the reader needs no font).
A figure shown at its natural width then has text of at least 11 × 96/72 ≈ 14.7 CSS px on a desktop, and
still at least 10 CSS px on a 390 px phone, where the page's content column is about 358 px wide
(5 in = 480 CSS px, scaled by 358/480: 11 pt → 10.9 px).
"""
from __future__ import annotations

import re
import textwrap
from functools import lru_cache
from pathlib import Path

import matplotlib.pyplot as plt
import pandas as pd

from widgets.i18n import N_, _, language
from widgets.tables import localised

# Okabe–Ito palette: distinguishable with the common colour-vision deficiencies.
PALETTE = ["#0072B2", "#E69F00", "#009E73", "#D55E00", "#CC79A7", "#56B4E9", "#F0E442", "#000000"]
# Hatching only where it encodes a category that colour alone would carry (never as decoration).
HATCHES = ["", "//", "..", "xx", "\\\\", "++", "oo", "--"]

MAX_WIDTH = 5.0     # inches: the widest a figure may be (its SVG's natural width, margins included)
WIDTH = 4.8         # inches: the width figures are drawn at (the saved SVG adds a small margin)
MIN_FONT = 11.0     # points: the smallest text in any figure
TITLE_FONT = 12.0
# The format every lesson figure is shown in, and what makes its SVG byte-for-byte reproducible:
# fixed ids (svg.hashsalt) and no creation date in the metadata.
FIGURE_FORMAT = "svg"
SAVE_KWARGS = {"bbox_inches": "tight", "metadata": {"Date": None}}


# Chinese text has no spaces: it may break between any two characters, and each is about two Latin
# letters wide. A line never starts with closing punctuation.
_HANZI_CLASS = "\u3000-\u303f\u3400-\u4dbf\u4e00-\u9fff\uff00-\uffef"
_HANZI = re.compile(f"[{_HANZI_CLASS}]")
_TOKENS = re.compile(f"[{_HANZI_CLASS}]|[^\\s{_HANZI_CLASS}]+|\\s+")  # a hanzi, a word, or a space
_NO_LINE_START = set("，。、；：！？）》」”’")


def _wrap_mixed(line: str, width: int) -> str:
    lines, current, used = [], "", 0
    for token in _TOKENS.findall(line):
        size = sum(2 if _HANZI.match(ch) else 1 for ch in token)
        if current and used + size > width and not token.isspace() and token not in _NO_LINE_START:
            lines.append(current.rstrip())
            current, used = "", 0
        if not (token.isspace() and not current):
            current, used = current + token, used + size
    return "\n".join(lines + [current.rstrip()])


def wrap(text: str, width: int) -> str:
    """``text`` broken into lines of at most ``width`` characters (existing line breaks kept); a Chinese
    character counts as two, and Chinese text breaks between characters."""
    return "\n".join(_wrap_mixed(line, width) if _HANZI.search(line)
                     else textwrap.fill(line, width, break_long_words=False) for line in str(text).split("\n"))


CHINESE_FONT_FILES = sorted((Path(__file__).resolve().parent / "fonts").glob("noto-sans-sc-figures-*.otf"))


@lru_cache(maxsize=1)
def _register_chinese_font() -> str:
    """The package's own Chinese font, regular and bold (subsets of Noto Sans SC with the characters
    the views draw), so Chinese figure text never depends on a system font. Returns its family name."""
    from matplotlib import font_manager

    for path in CHINESE_FONT_FILES:
        font_manager.fontManager.addfont(str(path))
    return font_manager.FontProperties(fname=str(CHINESE_FONT_FILES[0])).get_name()


def heading(fig, text: str, width: int = 50) -> None:
    """A left-aligned figure title, wrapped to the figure's width."""
    fig.suptitle(wrap(text, width), x=0.01, ha="left", fontsize=TITLE_FONT)


def note(fig, text: str, width: int = 58) -> None:
    """An italic note under the figure (the caller leaves room with ``tight_layout(rect=...)``)."""
    fig.text(0.01, 0.01, wrap(text, width), fontsize=MIN_FONT, style="italic", va="bottom")


def use_svg_output() -> None:
    """Make a running IPython kernel show figures as SVG (the same as ``%config InlineBackend.figure_formats``).

    Called by :func:`style`, so it holds wherever a lesson runs: the book's build, JupyterLab, Colab, a
    lesson copied alone. Outside a kernel (scripts, tests) it does nothing.
    """
    try:
        from IPython.core.interactiveshell import InteractiveShell
        from IPython.core.pylabtools import select_figure_formats
        from matplotlib_inline.backend_inline import InlineBackend
    except ImportError:  # pragma: no cover - IPython ships with every kernel
        return
    if not InteractiveShell.initialized():
        return
    shell = InteractiveShell.instance()
    # The backend's configuration (what `%config InlineBackend...` sets), so it holds if the backend is
    # set up again later, and the shell's formatters now.
    config = InlineBackend.instance(parent=shell)
    if set(config.figure_formats) != {FIGURE_FORMAT}:
        config.figure_formats = {FIGURE_FORMAT}
    if config.print_figure_kwargs != SAVE_KWARGS:
        config.print_figure_kwargs = dict(SAVE_KWARGS)
    select_figure_formats(shell, {FIGURE_FORMAT}, **SAVE_KWARGS)


def style() -> None:
    """Apply the course's matplotlib style and SVG output (called by every figure function)."""
    plt.rcParams.update({
        "figure.dpi": 100, "savefig.dpi": 200, "font.size": MIN_FONT, "axes.titlesize": TITLE_FONT,
        "axes.labelsize": MIN_FONT, "xtick.labelsize": MIN_FONT, "ytick.labelsize": MIN_FONT,
        "legend.fontsize": MIN_FONT, "legend.title_fontsize": MIN_FONT, "figure.titlesize": TITLE_FONT,
        "axes.spines.top": False, "axes.spines.right": False, "axes.prop_cycle": plt.cycler(color=PALETTE),
        # DejaVu Sans ships inside matplotlib and the Chinese font inside this package: figures never
        # depend on a system font. Matplotlib takes each glyph from the first family that has it.
        "font.family": ["DejaVu Sans", _register_chinese_font()] if language() == "zh" else ["DejaVu Sans"],
        # Text as outlines (no font needed by the reader); fixed ids so re-running gives the same file.
        "svg.fonttype": "path", "svg.hashsalt": "policy-innovation-in-china",
        # An opaque white ground: the figure stays readable on the site's dark theme too.
        "figure.facecolor": "white", "savefig.facecolor": "white", "savefig.transparent": False,
        "hatch.linewidth": 0.8,
    })
    use_svg_output()


def hierarchy(levels: pd.DataFrame, note_column: str = "includes"):
    """Stacked boxes from the centre (top) to the village (bottom), labelled in text.

    Levels outside the formal state structure are drawn dashed and marked in words.
    """
    style()
    shown = localised(levels, ["level", note_column])  # in Chinese the data's level_zh and includes_zh
    levels = levels.assign(level=shown["level"], **{note_column: shown[note_column]}).sort_values("level_order")
    n = len(levels)
    fig, ax = plt.subplots(figsize=(WIDTH, 0.85 * n + 0.2))
    for i, row in enumerate(levels.itertuples()):
        y = n - 1 - i
        inside = row.in_state_structure == "yes"
        width = 1.0 - 0.05 * i
        ax.add_patch(plt.Rectangle(((1 - width) / 2, y + 0.06), width, 0.88,
                                   facecolor=PALETTE[0] if inside else "white",
                                   alpha=0.18 if inside else 1.0, edgecolor=PALETTE[0],
                                   linestyle="-" if inside else "--", linewidth=1.5))
        label = row.level if inside else _("{level} (not formally part of the state)").format(level=row.level)
        ax.text(0.5, y + 0.68, label, ha="center", va="center", fontsize=MIN_FONT, fontweight="bold")
        ax.text(0.5, y + 0.32, wrap(getattr(row, note_column), 44), ha="center", va="center", fontsize=MIN_FONT,
                linespacing=1.0)
    ax.set_xlim(0, 1)
    ax.set_ylim(0, n)
    ax.axis("off")
    fig.tight_layout(pad=0.2)
    return fig


# The title and axis label lessons give category_counts, marked for the catalogue: the function shows them in
# the course language, so a lesson (the same code in both editions) passes its English text.
LESSON_LABELS = (
    N_("Jiangsu cadre evaluation targets by category (Chen 2017, Table 9)"),
    N_("Number of targets"),
)


def category_counts(frame: pd.DataFrame, column: str, title: str, xlabel: str):
    """Horizontal bar chart of counts per category, each bar labelled with its number.

    ``title`` and ``xlabel`` are English and shown in the course language (a text the catalogue lacks stays
    English: list a lesson's text in ``LESSON_LABELS``). The categories are data: in Chinese the column's ``_zh``
    twin where the data has one (``category_zh``).
    """
    title, xlabel = _(title), _(xlabel)
    style()
    counts = localised(frame, [column])[column].value_counts(sort=False)
    fig, ax = plt.subplots(figsize=(WIDTH, 0.5 * len(counts) + 1.4))
    bars = ax.barh([wrap(c, 20) for c in counts.index[::-1]], counts.values[::-1], color=PALETTE[0])
    ax.bar_label(bars, padding=3)
    ax.set_xlim(0, counts.max() * 1.15)
    ax.set_xlabel(xlabel)
    heading(fig, title)
    fig.tight_layout()
    return fig
