"""Controls that work on the static site with no kernel.

The idea: compute every state a control can show at build time, put the states in an
``ipywidgets.Stack`` and ``jslink`` the control's index to the stack's
``selected_index``. The widget state (and so every precomputed view) is embedded in
the page, and the browser switches views without Python. In a live kernel an
explorer can also recompute for any value the reader types; bad input shows the
model's message and leaves the last valid view in place.
"""
from __future__ import annotations

import os
from functools import lru_cache
from typing import Callable, Sequence

import ipywidgets as w
from ipywidgets.widgets.widget_string import HTMLStyle

from widgets import html
from widgets.errors import ModelInputError

STATIC_BUILD_ENV = "COURSE_STATIC_BUILD"


def is_static_build() -> bool:
    """True while the book is being built for the static site (set by the Makefile)."""
    return os.environ.get(STATIC_BUILD_ENV) == "1"


@lru_cache(maxsize=1)
def _shared_look() -> tuple[w.Layout, "HTMLStyle"]:
    return w.Layout(), HTMLStyle()


def view(value: str) -> w.HTML:
    """An HTML view for a precomputed state.

    Every view shares one Layout and one style model: each widget otherwise embeds its own
    pair in the page (about 1.5 kB per state), which dominated the pages' weight.
    """
    layout, style = _shared_look()
    return w.HTML(value, layout=layout, style=style)


def _describe(label: str, width: str = "max-content") -> dict:
    # Long labels are cut off by ipywidgets' default description width.
    return {"description": label, "style": {"description_width": "initial"},
            "layout": w.Layout(width=width, max_width="100%")}


class ShowsWidget:
    """A view object that notebooks display by writing it last in a cell (no ``.widget``)."""

    widget: w.Widget

    def _repr_mimebundle_(self, **kwargs):
        return self.widget._repr_mimebundle_(**kwargs)


class Explorer(ShowsWidget):
    """One parameter, a grid of values, one precomputed view per value.

    ``render(value)`` returns the HTML of the view for one value; it is the model's
    output turned into a table or chart and must raise ``ModelInputError`` on bad input.
    """

    def __init__(self, label: str, values: Sequence, render: Callable[[object], str], *,
                 start=None, format_value: Callable[[object], str] = str, live: bool | None = None):
        if not values:
            raise ModelInputError("values", values, "a non-empty list of values for the control")
        self.values = list(values)
        self.render = render
        self.format_value = format_value
        views = [view(render(v)) for v in self.values]
        # Only a selection's ``index`` is synced to the browser, so that is what is linked.
        options = [format_value(v) for v in self.values]
        self.control = w.SelectionSlider(options=options, index=self.values.index(start) if start in self.values else 0,
                                         continuous_update=True, **_describe(label, "40rem"))
        self.stack = w.Stack(views, selected_index=self.control.index)
        self.link = w.jslink((self.control, "index"), (self.stack, "selected_index"))
        parts = [self.control, self.stack]
        self.live = (not is_static_build()) if live is None else live
        if self.live:  # only then: on the static site these would be dead weight in the page
            self.custom_view = w.HTML()
            self.status = w.HTML()
            self.entry = w.Text(placeholder="type any value and press Enter", continuous_update=False,
                                **_describe(f"{label} (any value)"))
            self.entry.observe(lambda change: self.submit(change["new"]), "value")
            parts += [self.entry, self.status, self.custom_view]
        self.widget = w.VBox(parts, layout=w.Layout(gap="0.5em"))

    def submit(self, raw: str) -> bool:
        """Recompute for a typed value (live kernel). Returns False and shows why on bad input."""
        if not self.live:
            raise ModelInputError("live", False, "True: typed values need a live kernel")
        try:
            value = float(raw)
        except (TypeError, ValueError):
            self.status.value = html.message(f"{raw!r} is not a number. Type a number such as "
                                             f"{self.format_value(self.values[0])}.", "error")
            return False
        try:
            view = self.render(value)
        except ModelInputError as err:
            self.status.value = html.message(str(err), "error")
            return False
        self.status.value = html.message(f"Showing your value {value:g}.")
        self.custom_view.value = view
        return True


class Choice(ShowsWidget):
    """A dropdown that switches between several child widgets, kernel-free."""

    def __init__(self, label: str, children: dict[str, w.Widget]):
        if not children:
            raise ModelInputError("children", children, "at least one option")
        names = list(children)
        self.control = w.Dropdown(options=names, index=0, **_describe(label))
        self.stack = w.Stack(list(children.values()), selected_index=0)
        self.link = w.jslink((self.control, "index"), (self.stack, "selected_index"))
        self.widget = w.VBox([self.control, self.stack], layout=w.Layout(gap="0.5em"))
