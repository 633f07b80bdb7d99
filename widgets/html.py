"""Small, self-contained HTML renderings for widget states.

Widget states are embedded in the static page, so they are rendered as compact
HTML (text tables and labelled CSS bars) rather than images: a few kilobytes per
state, readable by screen readers, and styled by the theme in light and dark mode.
Every piece of text passes through ``html.escape``.
"""
from __future__ import annotations

from html import escape
from typing import Sequence

import pandas as pd


def text(value: object) -> str:
    return escape(str(value), quote=True)


def table(frame: pd.DataFrame, caption: str, number_format: str = "{:,.1f}") -> str:
    """An accessible HTML table with a caption; numbers formatted, everything escaped."""
    head = "".join(f'<th scope="col">{text(c)}</th>' for c in frame.columns)
    rows = []
    for index, row in frame.iterrows():
        cells = "".join(
            f"<td>{text(number_format.format(v)) if isinstance(v, float) else text(v)}</td>" for v in row
        )
        rows.append(f'<tr><th scope="row">{text(index)}</th>{cells}</tr>')
    return (f'<table class="course-table"><caption>{text(caption)}</caption>'
            f'<thead><tr><th scope="col">{text(frame.index.name or "")}</th>{head}</tr></thead>'
            f'<tbody>{"".join(rows)}</tbody></table>')


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
    ref = (f'<p class="course-bars__note">Dashed line: {text(reference_label)}</p>'
           if reference is not None and reference_label else "")
    return (f'<figure class="course-bars" role="group" aria-label="{text(caption)}">'
            f'<figcaption>{text(caption)}</figcaption><ul>{"".join(items)}</ul>{ref}</figure>')


def message(body: str, kind: str = "note") -> str:
    """A short notice (``note`` or ``error``) with the text escaped."""
    role = ' role="alert"' if kind == "error" else ""
    return f'<div class="course-msg course-msg--{text(kind)}"{role}>{text(body)}</div>'
