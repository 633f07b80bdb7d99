"""Sphinx extension: pages generated from the data package.

- ``{course-glossary}`` renders ``data/glossary.csv`` as a Sphinx glossary, so ``{term}``
  links resolve (``-n`` fails the build on a term that is not in the data) and every term
  link carries its definition as a hover tooltip (a ``title`` attribute: no script, nothing
  loaded from elsewhere).
"""
from __future__ import annotations

from docutils import nodes
from docutils.statemachine import StringList
from sphinx.application import Sphinx
from sphinx.domains.std import Glossary
from sphinx.util.docutils import SphinxDirective

from widgets.data import load


def _one_line(text: str) -> str:
    return " ".join(str(text).split())


def glossary_rows():
    return load("glossary").sort_values("pinyin", key=lambda s: s.str.lower())


def tooltip(row) -> str:
    return _one_line(f"{row.characters} {row.pinyin_tones} — {row.english}. {row.definition}")


class CourseGlossary(SphinxDirective):
    """The glossary, one entry per row of the ``glossary`` dataset."""

    def run(self):
        self.env.note_dependency(str(load.__globals__["DATA_DIR"] / "glossary.csv"))
        lines = []
        for row in glossary_rows().itertuples():
            where = ", ".join(k.strip() for k in row.sources_using.split(";"))
            lines += [row.pinyin,
                      f"   {row.characters} · *{row.pinyin_tones}* — **{_one_line(row.english)}**. "
                      f"{_one_line(row.definition)} *Used in:* {where} ({_one_line(row.first_locator)}).", ""]
        glossary = Glossary("glossary", [], {"sorted": True}, StringList(lines, source="data/glossary.csv"),
                            self.lineno, self.content_offset, "", self.state, self.state_machine)
        return glossary.run()


def add_term_tooltips(app: Sphinx, doctree: nodes.document, docname: str) -> None:
    # Sphinx gives each glossary entry the id "term-<term>", so a link's fragment names its term
    # even when the link text differs ({term}`pilots <shidian>`).
    definitions = {nodes.make_id(f"term-{r.pinyin}"): tooltip(r) for r in glossary_rows().itertuples()}
    for ref in doctree.findall(nodes.reference):
        fragment = ref.get("refuri", "").rpartition("#")[2] or ref.get("refid", "")
        if fragment in definitions:
            ref["reftitle"] = definitions[fragment]


def setup(app: Sphinx):
    app.add_directive("course-glossary", CourseGlossary)
    app.connect("doctree-resolved", add_term_tooltips)
    return {"parallel_read_safe": True, "parallel_write_safe": True}
