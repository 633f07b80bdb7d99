"""Sphinx extension: nothing in a page's <head> blocks its first paint.

The theme and Sphinx write their scripts into the head as plain ``<script src>`` tags, which
stop the browser from drawing the page until each is fetched and run; the theme also loads a
1.4 MB icon script (``fontawesome.js``) that turns ``<i class="fa-…">`` into SVG, although its
stylesheet already draws the same icons from its own web fonts. After the build every page is
rewritten:

- ``fontawesome.js`` is dropped (the stylesheet's icon font draws the icons);
- the widget state (a JSON script of up to a few hundred kB that only the widget manager reads)
  moves from the head to the end of the body, so the browser reaches the text first;
- the search scripts (``searchtools.js``, ``language_data.js`` and the 120 kB ``searchindex.js``),
  which the theme loads on every page only for search-as-you-type, are dropped where that is off
  (the course's setting): the search page loads its own;
- every other external script in the head gets ``defer`` (they still run in order, before
  ``DOMContentLoaded``), except ``documentation_options.js``, which the inline scripts after it use.

Each page also gets a ``<meta name="description">`` (search engines and link previews show it):
its first paragraph of real prose, cut at a word near 160 characters.

The widget manager is not in the head at all: ``course.js`` loads it when a widget comes near
the screen (see ``nb_ipywidgets_js`` in ``_config.yml``).
"""
from __future__ import annotations

import html as html_lib
import re
from pathlib import Path

from sphinx.application import Sphinx

ICON_SCRIPT = re.compile(r'\s*<script defer src="[^"]*/fontawesome\.js[^"]*"></script>')
WIDGET_STATE = re.compile(r'\s*<script type="application/vnd\.jupyter\.widget-state\+json">.*?</script>', re.S)
_SCRIPT_TAG = re.compile(r"<script\b[^>]*>")
SEARCH_SCRIPTS = re.compile(r'\s*<script src="[^"]*(?:searchtools|language_data|searchindex)\.js[^"]*"></script>')
KEEP_BLOCKING = ("documentation_options.js",)
TRANSLATIONS = re.compile(r'\s*<script src="[^"]*/translations\.js[^"]*"></script>')
DOCTOOLS = re.compile(r'<script src="[^"]*/doctools\.js[^"]*"></script>')


def _defer(tag: str) -> str:
    attributes = tag[len("<script"):-1]
    if "src=" not in attributes or re.search(r"\b(defer|async)\b|type=\"(?!text/javascript)", attributes):
        return tag
    if any(name in attributes for name in KEEP_BLOCKING):
        return tag
    return f"<script defer{attributes}>"


def rewrite_head(html: str) -> str:
    """The page with the icon script removed, the widget state at the end and the head's scripts deferred."""
    head_end = html.find("</head>")
    if head_end < 0:
        return html
    head, body = html[:head_end], html[head_end:]
    state = WIDGET_STATE.search(head)
    if state:
        head = head.replace(state.group(0), "")
        body_end = body.rfind("</body>")
        body = body[:body_end] + state.group(0).strip() + "\n" + body[body_end:]
    head = ICON_SCRIPT.sub("", head)
    # Deferred scripts run once the page is parsed, so sphinx_highlight.js builds its "Hide Search
    # Matches" button at once: the translations must be loaded before it, right after doctools.js.
    translations, doctools = TRANSLATIONS.search(head), DOCTOOLS.search(head)
    if translations and doctools:
        head = head.replace(translations.group(0), "")
        head = head.replace(doctools.group(0), doctools.group(0) + translations.group(0), 1)
    if "DOCUMENTATION_OPTIONS.search_as_you_type = false" in head and 'id="search-results"' not in body:
        head = SEARCH_SCRIPTS.sub("", head)
    return _SCRIPT_TAG.sub(lambda m: _defer(m.group(0)), head) + body


def rewrite_pages(app: Sphinx, exception: Exception | None) -> None:
    if exception is not None or app.builder.format != "html":
        return
    from tools.editions import EDITIONS

    # Only this edition's pages: the other edition lives in a folder of the same site.
    others = {e["folder"].rstrip("/") for e in EDITIONS.values() if e["folder"]}
    for page in Path(app.outdir).rglob("*.html"):
        if page.relative_to(app.outdir).parts[0] in others:
            continue
        html = page.read_text(encoding="utf-8")
        rewritten = rewrite_head(html)
        if rewritten != html:
            page.write_text(rewritten, encoding="utf-8")


_PARAGRAPH = re.compile(r"<p>(.*?)</p>", re.S)
DESCRIPTION_CHARS = 160


def description(body: str) -> str:
    """The first paragraph of at least 60 characters, as plain text, cut at a word boundary."""
    for paragraph in _PARAGRAPH.findall(body):
        text = " ".join(html_lib.unescape(re.sub(r"<[^>]+>", "", paragraph)).split())
        if len(text) >= 60:
            if len(text) <= DESCRIPTION_CHARS:
                return text
            return text[:DESCRIPTION_CHARS].rsplit(" ", 1)[0].rstrip(",;:") + "…"
    return ""


def add_description(app: Sphinx, pagename: str, templatename: str, context: dict, doctree) -> None:
    text = description(context.get("body", ""))
    if text:
        context["metatags"] = context.get("metatags", "") + \
            f'\n<meta name="description" content="{html_lib.escape(text, quote=True)}" />'


def setup(app: Sphinx):
    app.connect("html-page-context", add_description)
    app.connect("build-finished", rewrite_pages)
    return {"parallel_read_safe": True, "parallel_write_safe": True}
