"""The lessons' formulas as MathML, written when the site is built (``html_math_renderer: mathml``).

Browsers draw MathML themselves, so a page with a formula loads no maths script: MathJax was
1.1 MB of script that ran before the page was ready, on the three lessons with formulas, and
its fonts. MathML is also what screen readers read. The course's maths is simple (fractions,
sub- and superscripts, ``\\text``, ``\\operatorname``); a formula latex2mathml cannot convert
stops the build with the page and line named.
"""
from __future__ import annotations

from docutils import nodes
from latex2mathml.converter import convert
from sphinx.locale import _
from sphinx.util import logging
from sphinx.util.math import get_node_equation_number

logger = logging.getLogger(__name__)


def mathml(self, node: nodes.Element, latex: str, display: str) -> str:
    try:
        return convert(latex.strip(), display=display)
    except Exception as error:  # latex2mathml raises its own exception types for each fault
        logger.warning("this formula cannot be written as MathML (%s): %s", error, latex.strip(), location=node)
        return f"<code>{self.encode(latex)}</code>"


def visit_math(self, node: nodes.math) -> None:
    self.body.append(self.starttag(node, "span", "", CLASS="math notranslate nohighlight"))
    self.body.append(mathml(self, node, node.astext(), "inline") + "</span>")
    raise nodes.SkipNode


def visit_displaymath(self, node: nodes.math_block) -> None:
    self.body.append(self.starttag(node, "div", CLASS="math notranslate nohighlight"))
    if node["number"]:
        self.body.append(f'<span class="eqno">({get_node_equation_number(self, node)})')
        self.add_permalink_ref(node, _("Link to this equation"))
        self.body.append("</span>")
    # Sphinx separates the equations of one block by a blank line.
    for part in (p for p in node.astext().split("\n\n") if p.strip()):
        self.body.append(mathml(self, node, part, "block"))
    self.body.append("</div>\n")
    raise nodes.SkipNode


def setup(app):
    app.add_html_math_renderer("mathml", (visit_math, None), (visit_displaymath, None))
    return {"parallel_read_safe": True, "parallel_write_safe": True}
