"""The kernel-free explorer: precomputed views, a JS link, and live recomputation with clear errors."""
import ipywidgets as w
import pytest

from widgets import puzzle
from widgets.errors import ModelInputError
from widgets.static import STATIC_BUILD_ENV, Choice, Explorer


def render(value):
    if value < 0:
        raise ModelInputError("share", value, "a finite number between 0 and 1")
    return f"<p>value {value}</p>"


def test_one_precomputed_view_per_value_linked_in_the_browser():
    ex = Explorer("Share", [0.1, 0.2, 0.3], render, start=0.2, live=False)
    assert [v.value for v in ex.stack.children] == ["<p>value 0.1</p>", "<p>value 0.2</p>", "<p>value 0.3</p>"]
    assert ex.control.index == 1 and ex.stack.selected_index == 1
    assert isinstance(ex.link, w.widgets.widget_link.Link)
    assert ex.link.source == (ex.control, "index") and ex.link.target == (ex.stack, "selected_index")
    assert ex.widget.children[:2] == (ex.control, ex.stack) and len(ex.widget.children) == 3  # no text box


def test_live_submit_recomputes_and_refuses_bad_input_keeping_last_view():
    ex = Explorer("Share", [0.1, 0.2], render, live=True)
    assert ex.submit("0.5") and ex.custom_view.value == "<p>value 0.5</p>"
    assert not ex.submit("abc")
    assert "must be a number such as 2, -0.5, 2 %, 35,000" in ex.status.value
    assert ex.custom_view.value == "<p>value 0.5</p>"
    assert not ex.submit("-1")
    assert "share" in ex.status.value and "between 0 and 1" in ex.status.value
    assert ex.custom_view.value == "<p>value 0.5</p>"


def test_typed_text_is_escaped_before_it_is_shown():
    ex = Explorer("Share", [0.1], render, live=True)
    ex.submit('<script>alert(1)</script><img src=x onerror="alert(2)">')
    assert "<script>" not in ex.status.value and "<img" not in ex.status.value
    assert "&lt;script&gt;" in ex.status.value


def test_empty_grid_is_refused():
    with pytest.raises(ModelInputError, match="values"):
        Explorer("Share", [], render)


def test_choice_links_dropdown_to_stack():
    choice = Choice("Pick", {"a": w.HTML("A"), "b": w.HTML("B")})
    assert choice.control.options == ("a", "b")
    assert choice.link.source == (choice.control, "index")
    with pytest.raises(ModelInputError):
        Choice("Pick", {})


def test_cadre_scorer_has_a_view_per_target_and_step():
    scorer = puzzle.scorer()
    assert len(scorer.stack.children) == len(puzzle.TARGETS)
    first = scorer.stack.children[0].children[1]  # the first target's Stack of views
    assert len(first.children) >= 7
    # Moving the slider changes what is shown: views differ from each other.
    assert len({view.value for view in first.children}) == len(first.children)


def test_view_objects_display_as_their_widget():
    """A notebook writes `puzzle.scorer()` last in a cell; Jupyter shows the widget itself."""
    explorer = Explorer("Rate", [1, 2], lambda v: f"<p>{v}</p>", live=False)
    choice = Choice("Pick", {"one": explorer.widget})
    for shown in (explorer, choice):
        bundle = shown._repr_mimebundle_()
        assert bundle["application/vnd.jupyter.widget-view+json"]["model_id"] == shown.widget.model_id


def test_no_lesson_unwraps_a_view_by_hand():
    import json

    from tools import ROOT as root
    unwrapped = [f"{nb.relative_to(root)}: {line.strip()}" for nb in root.glob("chapters/*/*.ipynb")
                 for cell in json.loads(nb.read_text(encoding="utf-8"))["cells"] if cell["cell_type"] == "code"
                 for line in "".join(cell["source"]).splitlines() if line.rstrip().endswith(".widget")]
    assert not unwrapped, unwrapped


def test_a_typed_value_replaces_the_slider_view_until_the_slider_moves():
    ex = Explorer("Share", [0.1, 0.2], render, live=True)
    assert ex.submit("0.5")
    assert ex.stack.layout.display == "none" and ex.custom_view.layout.display is None
    assert "Showing your value 0.5" in ex.status.value
    ex.control.index = 1
    assert ex.stack.layout.display is None and ex.custom_view.layout.display == "none" and ex.status.value == ""


@pytest.mark.parametrize("typed, shown", [("2%", "value 2.0"), ("2 %", "value 2.0"), ("35,000", "value 35000.0"),
                                          ("35 000", "value 35000.0"), ("−0.5", None), ("1,5", None)])
def test_typed_values_accept_what_the_hint_shows(typed, shown):
    ex = Explorer("Rate", [1, 2, 8], render, format_value=lambda v: f"{v:g} %", live=True)
    assert "2 %" in ex.entry.placeholder or "8 %" in ex.entry.placeholder
    accepted = ex.submit(typed)
    if shown:
        assert accepted and shown in ex.custom_view.value
    else:
        assert not accepted and 'role="alert"' in ex.status.value


def test_a_share_shown_in_per_cent_reads_a_typed_per_cent_as_a_share():
    ex = Explorer("Chance", [0.0, 0.25, 0.5], render, format_value="{:.0%}".format, live=True)
    assert ex.submit("40%") and "value 0.4" in ex.custom_view.value
    assert ex.submit("0.3") and "value 0.3" in ex.custom_view.value


def test_a_unit_in_the_readout_may_be_typed():
    ex = Explorer("Tenure", [1, 5], render, format_value="{:g} years".format, live=True)
    assert ex.submit("3 years") and "value 3.0" in ex.custom_view.value
    assert not ex.submit("3 months") and "5 years" in ex.status.value


def test_live_views_carry_their_stylesheet_and_the_site_links_it_instead(monkeypatch):
    live = Explorer("Share", [0.1], render, live=False).widget.children[-1]
    assert live.value.startswith("<style>") and ".course-bar__fill" in live.value and live.layout.display == "none"
    monkeypatch.setenv(STATIC_BUILD_ENV, "1")
    static = Explorer("Share", [0.1], render).widget
    assert not any("<style>" in getattr(child, "value", "") for child in static.children)
