"""Sphinx extension: pages generated from the data package.

- ``{course-data-appendix}`` lists every resource of ``data/datapackage.json``: what it is,
  its sources and limitations, a download link for the CSV, and its fields with types and
  units (so the appendix can never drift from the package).
- ``{course-glossary}`` renders ``data/glossary.csv`` as a Sphinx glossary, with A–Z jump links,
  so ``{term}`` links resolve (``-n`` fails the build on a term that is not in the data) and every
  term link carries its definition (a ``title`` attribute, which ``assets/course.js`` turns into a
  tip that opens on hover, keyboard focus and a first tap; nothing loaded from elsewhere).
- ``{course-data-appendix}`` starts with jump links to each dataset.
"""
from __future__ import annotations

import functools
import re
import shutil
from pathlib import Path

from docutils import nodes
from docutils.statemachine import StringList
from sphinx import addnodes
from sphinx.application import Sphinx
from sphinx.domains.std import Glossary
from sphinx.util.docutils import SphinxDirective

from tools.hanzi import HANZI_RUN
from widgets.data import DATA_DIR, PACKAGE_FILE, SOURCE_LABELS, load, package_descriptor, schema
from widgets.html import VIEW_CSS_FILE


def _one_line(text: str) -> str:
    return " ".join(str(text).split())


@functools.lru_cache(maxsize=1)
def glossary_rows():
    # Read and validated once per build: every page's tooltips use it, not only the glossary's.
    return load("glossary").sort_values("pinyin", key=lambda s: s.str.lower())


LABELS = {
    "en": {"used_in": "Used in:", "first_at": "first at", "uncertain": "characters uncertain (see the data package)",
           "jump_terms": "Jump to terms starting with", "jump_data": "Jump to a dataset",
           "fields": ["Field", "Type", "Unit", "Description"], "allowed": "Allowed:",
           "download": "Download:", "rows": " ({rows} rows, CSV, UTF-8)"},
    "zh": {"used_in": "出处：", "first_at": "首见于", "uncertain": "汉字写法存疑（见数据包）",
           "jump_terms": "按首字母跳转", "jump_data": "跳转到数据集",
           "fields": ["字段", "类型", "单位", "说明"], "allowed": "允许的值：",
           "download": "下载：", "rows": "（{rows} 行，CSV，UTF-8）"},
}
"""The generated pages' own words, per edition (their data-driven text comes from the data)."""


def _edition(env) -> str:
    from tools.editions import edition_of

    return edition_of(env.app)


def gloss(row, edition: str) -> tuple[str, str]:
    """A glossary row's (English gloss, definition) in the edition's language."""
    if edition == "zh":
        return row.english_zh, row.definition_zh
    return row.english, row.definition


def tooltip(row, edition: str = "en") -> str:
    rendering = f"{row.characters} {row.pinyin_tones} — " if row.characters else ""
    english, definition = gloss(row, edition)
    return _one_line(f"{rendering}{english}{'：' if edition == 'zh' else '. '}{definition}")


def _untranslatable(nodes_: list) -> list:
    """Generated in the edition's language already: gettext must neither extract nor replace it."""
    for top in nodes_:
        for node in top.findall(nodes.TextElement):
            node["translatable"] = False
    return nodes_


class CourseGlossary(SphinxDirective):
    """The glossary, one entry per row of the ``glossary`` dataset."""

    def run(self):
        self.env.note_dependency(str(DATA_DIR / "glossary.csv"))
        edition = _edition(self.env)
        words = LABELS[edition]
        lines = []
        for row in glossary_rows().itertuples():
            where = ", ".join(SOURCE_LABELS.get(k.strip(), k.strip()) for k in row.sources_using.split(";"))
            rendering = (f"{row.characters} · *{row.pinyin_tones}*" if row.characters and row.pinyin_tones
                         else words["uncertain"])
            english, definition = gloss(row, edition)
            stop = "。" if edition == "zh" else ". "
            lines += [row.pinyin,
                      f"   {rendering} — **{_one_line(english)}**{stop}"
                      f"{_one_line(definition)} *{words['used_in']}* {where}; {words['first_at']} "
                      f"{_one_line(row.first_locator)}.", ""]
        glossary = Glossary("glossary", [], {"sorted": True}, StringList(lines, source="data/glossary.csv"),
                            self.lineno, self.content_offset, "", self.state, self.state_machine)
        return _untranslatable([self.letter_links(words["jump_terms"]), *glossary.run()])

    def letter_links(self, label: str) -> nodes.container:
        """A–Z jump links: each letter that starts a term links to its first term."""
        first = {}
        for pinyin in glossary_rows()["pinyin"]:
            first.setdefault(pinyin[0].upper(), pinyin)
        return _jump_links(label, [
            (letter, addnodes.pending_xref("", nodes.Text(letter), refdomain="std", reftype="term",
                                           reftarget=pinyin, refexplicit=True, refwarn=True))
            for letter, pinyin in first.items()])


def _para(*children) -> nodes.paragraph:
    return nodes.paragraph("", "", *children)


def _labelled(label: str, text: str) -> nodes.paragraph:
    """A paragraph "**Label** text" whose translation keeps the bold label: gettext takes a
    node's source text as its message, and the translation is parsed as MyST."""
    paragraph = _para(nodes.strong(text=label), nodes.Text(f" {text}"))
    paragraph.rawsource = f"**{label}** {text}"
    return paragraph


def _jump_links(label: str, links: list[tuple[str, nodes.Element]]) -> nodes.container:
    """A row of in-page jump links under a visible label (the glossary's A–Z, the appendix's datasets)."""
    row = _para(nodes.strong(text=f"{label}: "))
    for i, (_, link) in enumerate(links):
        row += [nodes.Text(" · ")] if i else []
        row += link
    return nodes.container("", row, classes=["course-jump-links"])


def _field_table(name: str, words: dict) -> nodes.table:
    fields = schema(name)["fields"]
    headers = words["fields"]
    table = nodes.table(classes=["course-table"])
    group = nodes.tgroup(cols=len(headers))
    table += group
    for width in (18, 8, 8, 66):
        group += nodes.colspec(colwidth=width)
    head = nodes.thead()
    row = nodes.row()
    for h in headers:
        row += nodes.entry("", _para(nodes.Text(h)))
    head += row
    group += head
    body = nodes.tbody()
    for f in fields:
        row = nodes.row()
        enum = f.get("constraints", {}).get("enum")
        description = f.get("description", "") + (f" {words['allowed']} {', '.join(map(str, enum))}." if enum else "")
        for value in (nodes.literal(text=f["name"]), nodes.Text(f.get("type", "string")),
                      nodes.Text(f.get("unit", "")), nodes.Text(description)):
            row += nodes.entry("", _para(value))
        body += row
    group += body
    return table


class DataAppendix(SphinxDirective):
    """Every dataset of the package with its provenance, limitations, fields and a download link."""

    def run(self):
        self.env.note_dependency(str(PACKAGE_FILE))
        words = LABELS[_edition(self.env)]
        names = [resource["name"] for resource in package_descriptor()["resources"]]
        out = [_jump_links(words["jump_data"], [
            (name, nodes.reference("", name, refid=f"data-{name}")) for name in names])]
        for resource in package_descriptor()["resources"]:
            name = resource["name"]
            self.env.note_dependency(str(DATA_DIR / resource["schema"]))
            rows = len(load(name))
            target = nodes.target("", "", ids=[f"data-{name}"])
            title = nodes.rubric("", f"{name} — {resource['title']}")
            download = addnodes.download_reference(
                "", "", nodes.literal(text=resource["path"]), reftarget=f"/data/{resource['path']}",
                refdoc=self.env.docname, refdomain="", reftype="download", refexplicit=True, refwarn=False)
            sources = "; ".join(s.get("title", "") for s in resource.get("sources", []))
            downloads = _para(nodes.strong(text=words["download"]), nodes.Text(" "), download,
                              nodes.Text(words["rows"].format(rows=rows)))
            downloads["translatable"] = False  # a link and a count, worded per edition above
            out += [target, title,
                    _para(nodes.Text(resource.get("description", ""))),
                    _labelled("Source:", sources), _labelled("Limitations:", resource.get("limitations", "")),
                    downloads, _field_table(name, words)]
        return out


def add_term_tooltips(app: Sphinx, doctree: nodes.document, docname: str) -> None:
    # A link to a glossary entry ends in the entry's id ("#term-…"), whatever the link text
    # ({term}`pilots <shidian>`); the standard domain knows which term owns which id.
    term_refs = [(ref, ref.get("refuri", "").rpartition("#")[2] or ref.get("refid", ""))
                 for ref in doctree.findall(nodes.reference)]
    term_refs = [(ref, fragment) for ref, fragment in term_refs if fragment.startswith("term-")]
    if not term_refs:
        return
    objects = app.env.get_domain("std").objects  # (type, name) -> (docname, id); names kept as typed
    edition = _edition(app.env)
    definitions = {objects[("term", r.pinyin)][1]: tooltip(r, edition) for r in glossary_rows().itertuples()
                   if ("term", r.pinyin) in objects}
    for ref, fragment in term_refs:
        if fragment in definitions:
            ref["reftitle"] = definitions[fragment]


def fix_citation_roles(app: Sphinx, pagename: str, templatename: str, context: dict, doctree) -> None:
    """docutils marks bibliography entries role="doc-biblioentry" inside a role="list"
    container; a list must hold listitems, so screen readers (and axe) reject it."""
    if "body" in context and 'role="doc-biblioentry"' in context["body"]:
        context["body"] = context["body"].replace('role="doc-biblioentry"', 'role="listitem"')


_SKIPPED_ELEMENTS = ("script", "style", "textarea")
_TAG_OR_TEXT = re.compile(r"(<[^>]*>)")


def mark_chinese(html: str) -> str:
    """Wrap every run of Chinese characters in the page text in ``<span lang="zh-Hans">``, so
    screen readers switch voice and the course's own Chinese font (``:lang(zh)``) draws it.
    Tags, attribute values, scripts (widget state) and runs already marked are left alone."""
    out, skipping, previous_tag = [], None, ""
    for piece in _TAG_OR_TEXT.split(html):
        if piece.startswith("<"):
            name = re.match(r"</?\s*([a-zA-Z0-9]+)", piece)
            name = name.group(1).lower() if name else ""
            if skipping is None and not piece.startswith("</") and name in _SKIPPED_ELEMENTS:
                skipping = name
            elif skipping == name and piece.startswith("</"):
                skipping = None
            previous_tag = piece
            out.append(piece)
        elif skipping or 'lang="zh' in previous_tag:
            out.append(piece)
        else:
            out.append(HANZI_RUN.sub(lambda m: f'<span lang="zh-Hans">{m.group(0)}</span>', piece))
    return "".join(out)


def mark_chinese_in_page(app: Sphinx, pagename: str, templatename: str, context: dict, doctree) -> None:
    # The Chinese edition's pages are lang="zh-Hans" as a whole: marking every run would add nothing.
    if "body" in context and _edition(app.env) == "en":
        context["body"] = mark_chinese(context["body"])


VIEWS_CSS = "course-views.css"


def copy_view_styles(app: Sphinx, exception: Exception | None) -> None:
    """The widget views' stylesheet is the package's own file (widgets/view.css), copied as is."""
    if exception is None and app.builder.format == "html":
        target = Path(app.outdir) / "_static" / VIEWS_CSS
        target.parent.mkdir(parents=True, exist_ok=True)
        shutil.copyfile(VIEW_CSS_FILE, target)


def setup(app: Sphinx):
    app.add_css_file(VIEWS_CSS)
    app.connect("build-finished", copy_view_styles)
    app.add_directive("course-glossary", CourseGlossary)
    app.add_directive("course-data-appendix", DataAppendix)
    app.connect("doctree-resolved", add_term_tooltips)
    app.connect("html-page-context", fix_citation_roles)
    app.connect("html-page-context", mark_chinese_in_page)
    return {"parallel_read_safe": True, "parallel_write_safe": True}
