"""Small, self-contained HTML renderings for widget states.

Widget states are embedded in the static page, so they are rendered as compact
HTML (text tables and labelled CSS bars) rather than images: a few kilobytes per
state, readable by screen readers, and styled by the theme in light and dark mode.
Every piece of text passes through ``html.escape``.
"""
from __future__ import annotations

from html import escape
from pathlib import Path
from typing import Sequence

import pandas as pd

from widgets.i18n import _

# The stylesheet of every view below (the site links it; live kernels embed it: widgets/static.py).
VIEW_CSS_FILE = Path(__file__).with_name("view.css")


def text(value: object) -> str:
    return escape(str(value), quote=True)


def table(frame: pd.DataFrame, caption: str, number_format: str = "{:,.1f}") -> str:
    """An accessible HTML table with a caption; numbers formatted, everything escaped."""
    head = "".join(f'<th scope="col">{text(c)}</th>' for c in frame.columns)
    rows = []
    for index, row in frame.iterrows():
        cells = "".join(
            f'<td class="num">{text(number_format.format(v))}</td>' if isinstance(v, float)
            else f'<td class="num">{text(v)}</td>' if isinstance(v, int) and not isinstance(v, bool)
            else f"<td>{text(v)}</td>" for v in row
        )
        rows.append(f'<tr><th scope="row">{text(index)}</th>{cells}</tr>')
    # A wide table scrolls sideways inside its own box (focusable, so keyboards can scroll it too)
    # instead of pushing the view wider than a phone's screen.
    name = _("{caption} (table)").format(caption=caption)
    return (f'<div class="course-scroll" role="region" tabindex="0" aria-label="{text(name)}">'
            f'<table class="course-table"><caption>{text(caption)}</caption>'
            f'<thead><tr><th scope="col">{text(frame.index.name or "")}</th>{head}</tr></thead>'
            f'<tbody>{"".join(rows)}</tbody></table></div>')


def bars(labels: Sequence[str], values: Sequence[float], caption: str, *, low: float, high: float,
         value_format: str = "{:.1f}", highlight: str | None = None, reference: float | None = None,
         reference_label: str = "") -> str:
    """Horizontal bars as HTML: each bar carries its label and value as text, so colour is never the only cue."""
    span = (high - low) or 1.0
    items = []
    for label, value in zip(labels, values):
        width = max(0.0, min(100.0, 100.0 * (value - low) / span))
        mark = " course-bar--highlight" if label == highlight else ""
        star = " ★" if label == highlight else ""
        items.append(
            f'<li class="course-bar{mark}"><span class="course-bar__label">{text(label)}{star}</span>'
            f'<span class="course-bar__track"><span class="course-bar__fill" style="width:{width:.1f}%"></span>'
            + (f'<span class="course-bar__ref" style="left:{100.0 * (reference - low) / span:.1f}%"></span>'
               if reference is not None else "")
            + f'</span><span class="course-bar__value">{text(value_format.format(value))}</span></li>')
    note = _("Dashed line: {reference}").format(reference=reference_label)
    ref = (f'<p class="course-bars__note">{text(note)}</p>'
           if reference is not None and reference_label else "")
    return (f'<figure class="course-bars" role="group" aria-label="{text(caption)}">'
            f'<figcaption>{text(caption)}</figcaption><ul>{"".join(items)}</ul>{ref}</figure>')


def message(body: str, kind: str = "note") -> str:
    """A short notice (``note`` or ``error``) with the text escaped."""
    role = ' role="alert"' if kind == "error" else ""
    return f'<div class="course-msg course-msg--{text(kind)}"{role}>{text(body)}</div>'


DASHES = ["", "6 3", "2 3", "8 3 2 3", "1 2"]
MARKERS = ["circle", "square", "triangle", "diamond", "cross"]


def _marker(kind: str, x: float, y: float) -> str:
    if kind == "circle":
        return f'<circle cx="{x:.1f}" cy="{y:.1f}" r="3"/>'
    if kind == "square":
        return f'<rect x="{x - 3:.1f}" y="{y - 3:.1f}" width="6" height="6"/>'
    if kind == "triangle":
        return f'<path d="M{x:.1f} {y - 3.5:.1f}L{x + 3.5:.1f} {y + 3:.1f}L{x - 3.5:.1f} {y + 3:.1f}Z"/>'
    if kind == "diamond":
        return f'<path d="M{x:.1f} {y - 4:.1f}L{x + 4:.1f} {y:.1f}L{x:.1f} {y + 4:.1f}L{x - 4:.1f} {y:.1f}Z"/>'
    return (f'<path d="M{x - 3:.1f} {y - 3:.1f}L{x + 3:.1f} {y + 3:.1f}'
            f'M{x - 3:.1f} {y + 3:.1f}L{x + 3:.1f} {y - 3:.1f}"/>')


def lines(x: Sequence[float], series: dict[str, Sequence[float]], caption: str, *, xlabel: str, ylabel: str,
          ylim: tuple[float, float], reference: float | None = None, reference_label: str = "",
          width: int = 560, height: int = 240, y_format: str = "{:g}", marker_every: int = 1) -> str:
    """A small inline SVG line chart (a few kB, no script).

    Each series has its own dash pattern and marker shape and is named in the legend, so
    colour is never the only cue; the caption doubles as the chart's accessible name.
    """
    left, right, top, bottom = 52, 12, 12, 38
    plot_w, plot_h = width - left - right, height - top - bottom
    x0, x1 = min(x), max(x)
    y0, y1 = ylim

    def sx(v):
        return left + plot_w * (v - x0) / ((x1 - x0) or 1)

    def sy(v):
        return top + plot_h * (1 - (min(max(v, y0), y1) - y0) / ((y1 - y0) or 1))

    parts = [f'<line x1="{left}" y1="{top + plot_h}" x2="{left + plot_w}" y2="{top + plot_h}" class="axis"/>',
             f'<line x1="{left}" y1="{top}" x2="{left}" y2="{top + plot_h}" class="axis"/>']
    for i in range(5):
        v = y0 + (y1 - y0) * i / 4
        parts.append(f'<text x="{left - 6}" y="{sy(v) + 4:.1f}" text-anchor="end">{text(y_format.format(v))}</text>')
        parts.append(f'<line x1="{left}" y1="{sy(v):.1f}" x2="{left + plot_w}" y2="{sy(v):.1f}" class="grid"/>')
    ticks = sorted({x0, x1, *x[:: max(1, len(x) // 5)]})
    for v in ticks:
        parts.append(f'<text x="{sx(v):.1f}" y="{top + plot_h + 16}" text-anchor="middle">{text(f"{v:g}")}</text>')
    parts.append(f'<text x="{left + plot_w / 2:.1f}" y="{height - 4}" text-anchor="middle">{text(xlabel)}</text>')
    parts.append(f'<text x="12" y="{top + plot_h / 2:.1f}" text-anchor="middle" '
                 f'transform="rotate(-90 12 {top + plot_h / 2:.1f})">{text(ylabel)}</text>')
    if reference is not None:
        parts.append(f'<line x1="{left}" y1="{sy(reference):.1f}" x2="{left + plot_w}" y2="{sy(reference):.1f}" '
                     f'class="reference"/>')
    legend = []
    for i, (name, ys) in enumerate(series.items()):
        points = " ".join(f"{sx(a):.1f},{sy(b):.1f}" for a, b in zip(x, ys))
        dash = f' stroke-dasharray="{DASHES[i % len(DASHES)]}"' if DASHES[i % len(DASHES)] else ""
        marks = "".join(_marker(MARKERS[i % len(MARKERS)], sx(a), sy(b))
                        for j, (a, b) in enumerate(zip(x, ys)) if j % marker_every == 0)
        parts.append(f'<g class="series s{i}"><polyline points="{points}" fill="none"{dash}/>{marks}</g>')
        legend.append(f'<li class="series s{i}"><svg width="34" height="10" aria-hidden="true">'
                      f'<line x1="0" y1="5" x2="34" y2="5"{dash}/>{_marker(MARKERS[i % len(MARKERS)], 17, 5)}</svg> '
                      f'{text(name)}</li>')
    if reference is not None and reference_label:
        legend.append('<li><svg width="34" height="10" aria-hidden="true"><line x1="0" y1="5" x2="34" y2="5" '
                      f'class="reference"/></svg> {text(reference_label)}</li>')
    svg = (f'<svg class="course-lines" viewBox="0 0 {width} {height}" width="100%" role="img" '
           f'aria-label="{text(caption)}"><title>{text(caption)}</title>{"".join(parts)}</svg>')
    return (f'<figure class="course-chart"><figcaption>{text(caption)}</figcaption>{svg}'
            f'<ul class="course-legend">{"".join(legend)}</ul></figure>')
