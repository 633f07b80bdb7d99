"""tools.page_head: what the rewrite does to a page's head (the built site is checked in tests/site)."""
import re

from tools.page_head import rewrite_head

PAGE = """<html><head>
<script data-cfasync="false">document.documentElement.dataset.mode = "auto";</script>
  <script defer src="../_static/scripts/fontawesome.js?digest=1"></script>
<script src="../_static/documentation_options.js?v=1"></script>
<script src="../_static/doctools.js?v=2"></script>
<script type="application/vnd.jupyter.widget-state+json">{"state": {}}</script>
<script type="text/x-course-lazy" src="../_static/vendor/html-manager/embed-amd.js"></script>
<script>DOCUMENTATION_OPTIONS.pagename = 'x';</script>
<script>DOCUMENTATION_OPTIONS.search_as_you_type = false;</script>
<script defer="defer" src="../_static/course.js"></script>
<script src="../_static/searchtools.js"></script>
<script src="../searchindex.js"></script>
</head><body><p>Text</p></body></html>"""


def head_of(html: str) -> str:
    return html[:html.index("</head>")]


def test_external_scripts_are_deferred_except_the_options_the_inline_scripts_read():
    head = head_of(rewrite_head(PAGE))
    assert '<script defer src="../_static/doctools.js?v=2">' in head
    assert '<script src="../_static/documentation_options.js?v=1">' in head
    assert '<script defer="defer" src="../_static/course.js">' in head  # already deferred: left alone
    assert '<script type="text/x-course-lazy" src="../_static/vendor/html-manager/embed-amd.js">' in head


def test_icon_script_and_unused_search_scripts_go_and_the_widget_state_moves_to_the_body():
    html = rewrite_head(PAGE)
    head, body = head_of(html), html[html.index("</head>"):]
    assert "fontawesome.js" not in html and "searchtools.js" not in html and "searchindex.js" not in html
    assert "widget-state+json" not in head
    assert body.index('<script type="application/vnd.jupyter.widget-state+json">{"state": {}}</script>') \
        < body.index("</body>")


def test_search_page_keeps_its_scripts_and_rewriting_twice_changes_nothing():
    search_page = PAGE.replace("<p>Text</p>", '<div id="search-results"></div>')
    assert "searchindex.js" in rewrite_head(search_page)
    once = rewrite_head(PAGE)
    assert rewrite_head(once) == once


def test_description_is_the_first_real_paragraph_as_text_cut_at_a_word():
    from tools.page_head import DESCRIPTION_CHARS, description

    body = ("<p>Short.</p><p>Officials in <em>Nanguo</em> &amp; their allies " + "built a scheme " * 20 + "</p>")
    text = description(body)
    assert text.startswith("Officials in Nanguo & their allies built")
    assert len(text) <= DESCRIPTION_CHARS + 1 and text.endswith("scheme…")
    assert description("<p>Too short.</p>") == ""


def test_translations_load_before_the_search_highlighter_that_uses_them():
    head = ('<html><head><script src="_static/documentation_options.js"></script>\n'
            '<script src="_static/doctools.js"></script>\n<script src="_static/sphinx_highlight.js"></script>\n'
            '<script src="_static/translations.js"></script>\n</head><body></body></html>')
    scripts = re.findall(r'src="_static/([a-z_]+)\.js"', rewrite_head(head))
    assert scripts == ["documentation_options", "doctools", "translations", "sphinx_highlight"]
