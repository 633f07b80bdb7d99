"""Static figures for the lessons: one style, colour-blind-safe, never colour alone."""
from __future__ import annotations

import matplotlib.pyplot as plt
import pandas as pd

# Okabe–Ito palette: distinguishable with the common colour-vision deficiencies.
PALETTE = ["#0072B2", "#E69F00", "#009E73", "#D55E00", "#CC79A7", "#56B4E9", "#F0E442", "#000000"]
HATCHES = ["", "//", "..", "xx", "\\\\", "++", "oo", "--"]


def style() -> None:
    """Apply the course's matplotlib style (called by every figure function)."""
    plt.rcParams.update({
        "figure.dpi": 100, "savefig.dpi": 100, "font.size": 10, "axes.titlesize": 11,
        "axes.spines.top": False, "axes.spines.right": False, "axes.prop_cycle": plt.cycler(color=PALETTE),
        # DejaVu Sans ships inside matplotlib: figures never depend on a system font.
        "font.family": ["DejaVu Sans"],
    })


def hierarchy(levels: pd.DataFrame, note_column: str = "includes"):
    """Stacked boxes from the centre (top) to the village (bottom), labelled in text.

    Levels outside the formal state structure are drawn dashed and marked in words.
    """
    style()
    levels = levels.sort_values("level_order")
    fig, ax = plt.subplots(figsize=(7.5, 0.75 * len(levels) + 0.4))
    n = len(levels)
    for i, row in enumerate(levels.itertuples()):
        y = n - 1 - i
        inside = row.in_state_structure == "yes"
        width = 1.0 - 0.09 * i
        ax.add_patch(plt.Rectangle(((1 - width) / 2, y + 0.1), width, 0.8, facecolor=PALETTE[0] if inside else "white",
                                   alpha=0.18 if inside else 1.0, edgecolor=PALETTE[0],
                                   linestyle="-" if inside else "--", linewidth=1.5))
        label = row.level + ("" if inside else "  (not formally part of the state)")
        ax.text(0.5, y + 0.62, label, ha="center", va="center", fontsize=11, fontweight="bold")
        ax.text(0.5, y + 0.32, getattr(row, note_column), ha="center", va="center", fontsize=8.5, wrap=True)
    ax.set_xlim(0, 1)
    ax.set_ylim(0, n)
    ax.axis("off")
    fig.tight_layout()
    return fig


def category_counts(frame: pd.DataFrame, column: str, title: str, xlabel: str):
    """Horizontal bar chart of counts per category, each bar labelled with its number."""
    style()
    counts = frame[column].value_counts(sort=False)
    fig, ax = plt.subplots(figsize=(7, 0.45 * len(counts) + 1))
    bars = ax.barh(counts.index[::-1], counts.values[::-1], color=PALETTE[0])
    for bar, hatch in zip(bars, HATCHES):
        bar.set_hatch(hatch)
        bar.set_edgecolor("white")
    ax.bar_label(bars, padding=3)
    ax.set_xlabel(xlabel)
    ax.set_title(title, loc="left")
    fig.tight_layout()
    return fig
