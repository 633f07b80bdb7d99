"""Every lesson figure is readable on a phone: no text under figures.MIN_FONT, no wider than figures.MAX_WIDTH,
no decorative hatching, and the same SVG bytes every time it is drawn."""
from __future__ import annotations

import io
import re

import matplotlib

matplotlib.use("Agg")
import matplotlib.pyplot as plt  # noqa: E402
import pytest  # noqa: E402
from matplotlib.text import Text  # noqa: E402

from widgets import (  # noqa: E402
    coalitions,
    figures,
    innovation_logics as il,  # noqa: E402
    innovation_survival as survival,  # noqa: E402
    nanguo,
    synthesis,
)
from widgets.data import load  # noqa: E402


def _ties():
    network = nanguo.network_by_strategy(load("zhuxiao2015_relationships"), load("zhuxiao2015_actors"))
    return nanguo.ties_figure(nanguo.ties_by_level(network))


def _pool():
    paper = nanguo.paper_figures()
    marks = [(paper["nanguo_rate"]["value"], "Nanguo"), (paper["usual_rate"]["value"], "usual elsewhere")]
    return nanguo.pool_figure([paper["migrant_share"]["value"], 0.5, 0.3], [1 + 0.25 * i for i in range(37)],
                              marks=marks)


# Every figure function the lessons call, with the lessons' arguments.
FIGURES = {
    "hierarchy": lambda: figures.hierarchy(load("levels_of_government")),
    "category_counts": lambda: figures.category_counts(
        load("chen2017_cadre_targets"), "category",
        "Jiangsu cadre evaluation targets by category (Chen 2017, Table 9)", "Number of targets"),
    "sources_chart": lambda: il.sources_chart(load("husain2015_survey_findings")),
    "evidence_chart": lambda: il.evidence_chart(load("husain2015_survey_findings")),
    "timeline_figure": lambda: survival.timeline_figure(
        survival.dated_events(load("almen2013_events"), load("husain2015_survey_findings"))),
    "pizza_figure": lambda: nanguo.pizza_figure(load("zhuxiao2015_pizza_layers")),
    "pool_figure": _pool,
    "ties_figure": _ties,
    "coefficient_plot": lambda: coalitions.coefficient_plot(),
    "clients_figure": lambda: coalitions.clients_figure(load("chen2017_case_cities"),
                                                        load("chen2017_interview_results")),
    "support_figure": lambda: coalitions.support_figure(load("chen2017_case_city_support")),
    "role_figure innovator": lambda: synthesis.role_figure(synthesis.comparison_data(), "innovator", "Who innovates"),
    "role_figure level": lambda: synthesis.role_figure(synthesis.comparison_data(), "level_of_government",
                                                       "Where they look: levels of government in focus"),
}
# Hatching that encodes a category (told apart without colour), and the labels stay off or boxed over it.
HATCHED = {"evidence_chart", "timeline_figure", "ties_figure", "clients_figure"}


def _svg(fig) -> str:
    buffer = io.BytesIO()
    fig.savefig(buffer, format="svg", **figures.SAVE_KWARGS)
    return buffer.getvalue().decode()


@pytest.fixture(params=sorted(FIGURES))
def drawn(request):
    fig = FIGURES[request.param]()
    yield request.param, fig
    plt.close(fig)


def test_no_text_is_smaller_than_the_minimum(drawn):
    name, fig = drawn
    texts = [t for t in fig.findobj(Text) if t.get_visible() and t.get_text().strip()]
    assert texts, name
    small = sorted({(t.get_fontsize(), t.get_text()) for t in texts if t.get_fontsize() < figures.MIN_FONT})
    assert not small, f"{name}: text under {figures.MIN_FONT} pt: {small[:5]}"


def test_the_saved_figure_is_no_wider_than_the_maximum(drawn):
    name, fig = drawn
    assert fig.get_size_inches()[0] <= figures.MAX_WIDTH
    svg = _svg(fig)
    width = float(re.search(r'<svg[^>]*\swidth="([\d.]+)pt"', svg).group(1)) / 72
    assert width <= figures.MAX_WIDTH, f"{name}: the SVG is {width:.2f} in wide (text outside the figure?)"


def test_text_is_drawn_as_paths_and_the_svg_is_small_and_reproducible(drawn):
    name, fig = drawn
    first, second = _svg(fig), _svg(fig)
    assert first == second
    assert "<text" not in first and "<dc:date>" not in first
    assert len(first.encode()) < 300 * 1024, f"{name}: SVG over 300 kB"


def test_hatching_only_where_it_encodes_a_category(drawn):
    name, fig = drawn
    hatched = [p for p in fig.findobj(matplotlib.patches.Patch) if p.get_hatch()]
    if name not in HATCHED:
        assert not hatched, f"{name}: decorative hatching"


def test_style_asks_a_running_kernel_for_svg():
    from IPython.core.interactiveshell import InteractiveShell
    from matplotlib_inline.backend_inline import InlineBackend

    shell = InteractiveShell.instance()
    try:
        figures.style()
        config = InlineBackend.instance()
        assert set(config.figure_formats) == {"svg"}
        assert config.print_figure_kwargs["metadata"] == {"Date": None}
        formatter = shell.display_formatter.formatters["image/svg+xml"]
        fig, _ = plt.subplots(figsize=(2, 1))
        svg = formatter(fig)
        plt.close(fig)
        assert "<svg" in svg and "<dc:date>" not in svg
    finally:
        InlineBackend.clear_instance()
        InteractiveShell.clear_instance()


def test_tick_labels_never_run_into_each_other(drawn):
    name, fig = drawn
    renderer = fig.canvas.get_renderer()
    for ax in fig.axes:
        for axis in (ax.xaxis, ax.yaxis):
            boxes = [t.get_window_extent(renderer) for t in axis.get_ticklabels()
                     if t.get_visible() and t.get_text().strip()]
            clashes = [(a, b) for i, a in enumerate(boxes) for b in boxes[i + 1:] if a.overlaps(b)]
            assert not clashes, f"{name}: tick labels overlap"
