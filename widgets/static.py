"""Controls that work on the static site with no kernel.

The idea: compute every state a control can show at build time, put the states in an
``ipywidgets.Stack`` and ``jslink`` the control's index to the stack's
``selected_index``. The widget state (and so every precomputed view) is embedded in
the page, and the browser switches views without Python. In a live kernel an
explorer can also recompute for any value the reader types; bad input shows the
model's message and leaves the last valid view in place.
"""
from __future__ import annotations

import math
import os
from functools import lru_cache
from typing import Callable, Sequence

import ipywidgets as w
from ipywidgets.widgets.widget_string import HTMLStyle

from widgets import html, validate
from widgets.errors import ModelInputError
from widgets.i18n import N_, _

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


@lru_cache(maxsize=1)
def _stylesheet() -> w.HTML:
    # Hidden, but a <style> element applies wherever it sits; one shared widget per kernel.
    css = html.VIEW_CSS_FILE.read_text(encoding="utf-8")
    return w.HTML(f"<style>{css}</style>", layout=w.Layout(display="none"))


def panel(children: Sequence[w.Widget], layout: w.Layout | None = None) -> w.VBox:
    """The outer box of every view a lesson displays: its parts spaced by the views' stylesheet.

    In a live kernel (JupyterLab, Notebook, Colab) the box carries that stylesheet itself, so the views
    look as they do on the website, which links the same file instead (every page would otherwise
    embed a copy per widget).
    """
    parts = list(children) if is_static_build() else [*children, _stylesheet()]
    return w.VBox(parts, layout=layout or w.Layout()).add_class("course-panel")


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
            raise ModelInputError("values", values, N_("a non-empty list of values for the control"))
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
            self.unit = _unit(options[0])
            self.percent_scale = _percent_scale(self.values, options)
            self.custom_view = view("")
            self.custom_view.layout = w.Layout(display="none")
            self.status = view("")
            self.entry = w.Text(placeholder=_("type a value such as {example} and press Enter").format(
                                    example=options[-1]),
                                continuous_update=False, **_describe(_("{label} (any value)").format(label=label)))
            self.entry.observe(lambda change: self.submit(change["new"]), "value")
            self.control.observe(lambda change: self._show_slider_view(), "index")
            parts += [self.entry, self.status, self.custom_view]
        self.widget = panel(parts)

    def _show_slider_view(self) -> None:
        self.custom_view.layout.display = "none"
        self.stack.layout.display = None
        self.status.value = ""

    def submit(self, raw: str) -> bool:
        """Recompute for a typed value (live kernel): the typed value's view replaces the slider's until
        the slider moves again. Returns False and shows why on bad input, keeping the last view."""
        if not self.live:
            raise ModelInputError("live", False, N_("True: typed values need a live kernel"))
        if not str(raw).strip():
            return False
        try:
            number, percent = validate.typed_number(self.control.description, raw, self.unit)
            value = number / self.percent_scale if percent else number
            page = self.render(value)
        except ModelInputError as err:
            self.status.value = html.message(str(err), "error")
            return False
        self.status.value = html.message(_("Showing your value {value}; move the slider to go back to its values.")
                                         .format(value=self.format_value(value)))
        self.custom_view.value = page
        self.stack.layout.display = "none"
        self.custom_view.layout.display = None
        return True


def _unit(readout: str) -> str:
    """The unit a readout shows after its number ("5 years" -> "years"), which a typed value may repeat."""
    parsed = validate.number_and_suffix(readout)
    return parsed[1] if parsed else ""


def _percent_scale(values: Sequence, readouts: Sequence[str]) -> float:
    """100 when the readouts show shares as per cent ("25%" for 0.25), else 1 ("2 %" for 2)."""
    for value, readout in zip(values, readouts):
        if isinstance(value, (int, float)) and value:
            parsed = validate.number_and_suffix(readout)
            return 100.0 if parsed and math.isclose(parsed[0], 100 * value, rel_tol=0.01) else 1.0
    return 1.0


class Choice(ShowsWidget):
    """A dropdown that switches between several child widgets, kernel-free."""

    def __init__(self, label: str, children: dict[str, w.Widget]):
        if not children:
            raise ModelInputError("children", children, N_("at least one option"))
        names = list(children)
        self.control = w.Dropdown(options=names, index=0, **_describe(label))
        self.stack = w.Stack(list(children.values()), selected_index=0)
        self.link = w.jslink((self.control, "index"), (self.stack, "selected_index"))
        self.widget = panel([self.control, self.stack])
