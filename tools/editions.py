"""The course's two editions, English (the source) and Simplified Chinese (translated), from one book.

The English pages are the source. Their translatable text is extracted with Sphinx's gettext
builder into ``locale/zh_CN/LC_MESSAGES/**.po`` (``sphinx-intl`` keeps those files in step: a
changed English paragraph turns its translation *fuzzy*), and the Chinese edition is the same
book built with ``language = zh_CN``. The lessons' Python views read ``COURSE_LANGUAGE`` from the
environment the notebooks are executed in (``widgets.i18n``), so each edition executes the
notebooks once, with its own execution cache, and outputs never cross editions.

    python -m tools.editions zh        build the Chinese edition into _build/html/zh
    python -m tools.editions gettext   extract the English text and update the .po files
    python -m tools.editions templates DIR   only extract (the .pot files) into DIR

As a Sphinx extension (listed in ``_config.yml``) it links each page to its counterpart: a
visible switch in the page's header bar, ``<link rel="alternate" hreflang>`` for both editions,
``lang="zh-Hans"`` on the Chinese pages, and Chinese search that knows the course's terms
(jieba, with a dictionary made from the glossary so 政策企业家 is one word).
"""
from __future__ import annotations

import html
import os
import re
import shutil
import subprocess
import sys
from pathlib import Path

from docutils import nodes
from sphinx import addnodes
from sphinx.transforms import SphinxTransform

from tools import ROOT

EDITIONS = {"en": {"sphinx": "en", "html": "en", "folder": "", "switch": "English", "title": "This page in English"},
            "zh": {"sphinx": "zh_CN", "html": "zh-Hans", "folder": "zh/", "switch": "中文", "title": "本页的中文版"}}
"""Course language → Sphinx's language, the pages' ``lang``, the edition's folder in the site and
its switch (written in the language it leads to)."""
LOCALE = ROOT / "locale"
BUILD = ROOT / "_build"


def _build(builder: str, outdir: Path, overrides: dict, language: str) -> int:
    from jupyter_book.sphinx import build_sphinx

    os.environ["COURSE_LANGUAGE"] = language  # read by the executed notebooks' views (widgets.i18n)
    os.environ.setdefault("COURSE_STATIC_BUILD", "1")
    # The overrides jupyter-book's own `build` passes (-n, the table of contents), plus the edition's.
    overrides = {"nitpicky": True, "external_toc_path": "_toc.yml", "latex_individualpages": False, **overrides}
    result = build_sphinx(ROOT, outdir, path_config=str(ROOT / "_config.yml"), noconfig=True,
                          confoverrides=overrides, doctreedir=BUILD / f".doctrees-{language}",
                          builder=builder, warningiserror=True, keep_going=True, freshenv=True)
    return 1 if isinstance(result, Exception) else int(result or 0)


def build_chinese() -> int:
    """The Chinese edition: the same sources, their translations, and its own execution cache."""
    shutil.rmtree(BUILD / "html" / "zh", ignore_errors=True)
    return _build("html", BUILD / "html" / "zh",
                  {"language": EDITIONS["zh"]["sphinx"], "locale_dirs": [str(LOCALE)],
                   "nb_execution_cache_path": str(BUILD / ".jupyter_cache-zh"),
                   "html_title": "中国的政策创新",
                   # myst-nb's fold prompts ("Show code cell source") have no translations of their own.
                   "nb_code_prompt_show": "显示代码", "nb_code_prompt_hide": "隐藏代码"}, "zh")


def templates(pot: Path) -> int:
    """The English pages' translatable text as gettext templates (``pot/<page>.pot``)."""
    shutil.rmtree(pot, ignore_errors=True)
    # Only the text is wanted: nothing is executed, outputs are not translated here.
    return _build("gettext", pot, {"nb_execution_mode": "off"}, "en")


def extract() -> int:
    """English text → ``_build/gettext/*.pot`` → ``locale/zh_CN`` (new strings empty, changed ones fuzzy)."""
    pot = BUILD / "gettext"
    status = templates(pot)
    if status:
        return status
    return subprocess.call([sys.executable, "-m", "sphinx_intl", "update", "-p", str(pot), "-d", str(LOCALE),
                            "-l", EDITIONS["zh"]["sphinx"], "-w", "0"])


def edition_of(app) -> str:
    return "zh" if str(app.config.language or "en").startswith("zh") else "en"


def counterpart(pagename: str, edition: str, other: str) -> str:
    """The relative URL from a page of one edition to the same page in the other."""
    to_root = "../" * (pagename.count("/") + (1 if EDITIONS[edition]["folder"] else 0))
    return f"{to_root}{EDITIONS[other]['folder']}{pagename}.html"


def site_url(app) -> str:
    """The published site's root (``html.baseurl`` in _config.yml), whichever edition is building."""
    base = app.config.html_baseurl
    folder = EDITIONS[edition_of(app)]["folder"]
    return base[: -len(folder)] if folder and base.endswith(folder) else base


def link_editions(app, pagename: str, templatename: str, context: dict, doctree) -> None:
    edition = edition_of(app)
    other = "zh" if edition == "en" else "en"
    context["language"] = EDITIONS[edition]["html"]  # the <html lang> the theme writes
    # Search engines (and Lighthouse's hreflang audit) want the alternates as absolute URLs.
    alternates = "".join(
        f'\n<link rel="alternate" hreflang="{EDITIONS[e]["html"]}" '
        f'href="{html.escape(site_url(app) + EDITIONS[e]["folder"] + pagename + ".html")}" />' for e in EDITIONS)
    context["metatags"] = context.get("metatags", "") + alternates
    context["course_switch"] = {"url": counterpart(pagename, edition, other), "lang": EDITIONS[other]["html"],
                                "text": EDITIONS[other]["switch"], "title": EDITIONS[other]["title"]}


THEME_WORDS = {"zh": {"logo": "标志"}}
"""Words the book theme's own catalogue lacks in an edition's language: its launch buttons' images
are "Binder logo" and "Colab logo" (``translate(text) translate("logo")``); the products keep their names."""


def translate_theme_words(app, pagename: str, templatename: str, context: dict, doctree) -> None:
    """The theme's ``translate``, with the edition's ``THEME_WORDS`` first (runs after the theme sets it)."""
    words, translate = THEME_WORDS.get(edition_of(app)), context.get("translate")
    if words and translate:
        context["translate"] = lambda message: words.get(message) or translate(message)


_BACKREFS = re.compile(r'<span class="backrefs">\((.*?)\)</span>', re.S)
_BACKLINK = re.compile(r'<a role="doc-backlink" href="#([^"]+)">[^<]*</a>')


def drop_dangling_backlinks(app, pagename: str, templatename: str, context: dict, doctree) -> None:
    """A translated paragraph is parsed afresh, so its citations get new ids, but the bibliography
    also keeps back-links to the English paragraph's citations, which are gone: keep the live ones."""
    body = context.get("body", "")
    if edition_of(app) == "en" or "doc-backlink" not in body:
        return
    ids = set(re.findall(r'\bid="([^"]+)"', body))

    def live(match: re.Match) -> str:
        targets = [t for t in _BACKLINK.findall(match.group(1)) if t in ids]
        links = ",".join(f'<a role="doc-backlink" href="#{t}">{n}</a>' for n, t in enumerate(targets, 1))
        return f'<span class="backrefs">({links})</span>' if targets else ""

    context["body"] = _BACKREFS.sub(live, body)


def search_dictionary(outdir: Path) -> Path:
    """A jieba user dictionary of the glossary's terms, so each is one search word."""
    from widgets.data import load

    words = sorted({w for w in load("glossary")["characters"].dropna() if w.strip()} | COURSE_WORDS)
    path = outdir / "jieba-course-terms.txt"
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text("".join(f"{w} 100000 n\n" for w in words), encoding="utf-8")
    return path


COURSE_WORDS = {"政策企业家", "地方政府", "试点", "中层官员", "外商直接投资", "等级制下的实验", "嵌入式创新"}
"""Course terms that are not glossary entries but must be single search words."""


def configure(app, config) -> None:
    config.templates_path = [*config.templates_path, str(Path(__file__).parent / "templates")]
    options = config.html_theme_options
    options["article_header_end"] = ["article-header-buttons.html", "language-switch.html"]
    # pydata-sphinx-theme 0.17 fills its own top bar with a search field unless navbar_persistent is
    # set; sphinx-book-theme has search in the sidebar, so that bar was a second, page-wide one.
    options.setdefault("navbar_persistent", [])
    if not config.html_baseurl:
        raise RuntimeError("_config.yml needs html.baseurl (the published site's address) for the editions' links")
    config.html_baseurl = config.html_baseurl.rstrip("/") + "/"
    if str(config.language or "").startswith("zh"):
        # Without jieba Sphinx still builds, with a search that cannot find words in Chinese text.
        import importlib.util

        if importlib.util.find_spec("jieba") is None:
            raise RuntimeError("The Chinese edition's search needs jieba: install requirements.txt (make setup)")
        config.html_baseurl += EDITIONS["zh"]["folder"]  # its pages' canonical links
        config.html_search_options = {**(config.html_search_options or {}),
                                      "dict": str(search_dictionary(BUILD / "search"))}


class TranslatableExerciseTitles(SphinxTransform):
    """sphinx-exercise builds an exercise's title ("Source criticism: …") without a source and
    later rebuilds it, so gettext would never see it and the Chinese page would keep it in
    English. Its text is wrapped in a translatable inline, which survives the rebuild."""

    default_priority = 10  # before Sphinx's translation transform (20)

    def apply(self, **kwargs) -> None:
        from sphinx_exercise.nodes import exercise_subtitle

        for subtitle in self.document.findall(exercise_subtitle):
            if subtitle.children and isinstance(subtitle[0], nodes.inline) and "translatable" in subtitle[0]:
                continue
            text = nodes.inline(subtitle.astext(), "", *list(subtitle.children), translatable=True)
            text.source, text.line = self.document["source"], subtitle.line or 1
            subtitle.children = []
            subtitle += text


class figure_messages(nodes.Invisible, nodes.Element, addnodes.translatable):
    """The caption and alt text of a figure a notebook cell draws, for the gettext builder only."""

    def preserve_original_messages(self) -> None:
        pass

    def apply_translated_message(self, original_message: str, translated_message: str) -> None:
        pass

    def extract_original_messages(self) -> list[str]:
        return list(self["messages"])


def figure_texts(cell_metadata: dict) -> list[str]:
    """A cell's figure caption and image alt text (myst-nb's ``mystnb.figure.caption`` and
    ``mystnb.image.alt`` metadata), each as Sphinx's gettext extracts it from the figure."""
    options = (cell_metadata or {}).get("mystnb") or {}
    caption = str((options.get("figure") or {}).get("caption") or "").replace("\n", " ").strip()
    alt = str((options.get("image") or {}).get("alt") or "")
    return [text for text in (caption, alt) if text]


class FigureTextMessages(SphinxTransform):
    """A figure's caption and alt text come from its cell's metadata (myst-nb), and the figure
    itself only from running the cell: the lessons store no figure outputs, and the gettext
    builder runs nothing, so it would never see them and the Chinese page would keep them in
    English. In that build each drawing cell offers them to its page's catalogue; the Chinese
    build (which runs the cells) then translates the real caption and ``<img alt>`` from it."""

    default_priority = 10  # before Sphinx's translation transform (20), like the exercise titles

    def apply(self, **kwargs) -> None:
        if self.app.builder.name != "gettext":
            return
        for cell in self.document.findall(nodes.container):
            if cell.get("nb_element") == "cell_code" and (texts := figure_texts(cell.get("cell_metadata"))):
                cell += figure_messages("", messages=texts)


def translate_toc_captions(app, doctree) -> None:
    """The sidebar's part captions ("Chapters", "For instructors") come from _toc.yml through
    sphinx-external-toc, after Sphinx has translated the page: translate them from its catalogue."""
    from sphinx.locale import init as init_locale
    from sphinx.util.i18n import docname_to_domain

    if edition_of(app) == "en":
        return
    domain = docname_to_domain(app.env.docname, app.config.gettext_compact)
    dirs = [str(Path(app.srcdir) / d) for d in app.config.locale_dirs]
    catalog, found = init_locale(dirs, app.config.language, domain)
    for toctree in doctree.findall(addnodes.toctree):
        if found and toctree.get("caption"):
            toctree["caption"] = catalog.gettext(toctree["caption"])


def setup(app):
    app.add_transform(TranslatableExerciseTitles)
    app.add_transform(FigureTextMessages)
    app.connect("doctree-read", translate_toc_captions)
    app.connect("config-inited", configure)
    # Before the theme drops header templates that render empty (it renders them at priority 500).
    app.connect("html-page-context", link_editions, priority=400)
    app.connect("html-page-context", drop_dangling_backlinks)
    # After the book theme gives the templates its translate() (default priority, 500).
    app.connect("html-page-context", translate_theme_words, priority=600)
    return {"parallel_read_safe": True, "parallel_write_safe": True}


if __name__ == "__main__":
    command = sys.argv[1] if len(sys.argv) > 1 else ""
    if command == "zh":
        sys.exit(build_chinese())
    if command == "gettext":
        sys.exit(extract())
    if command == "templates":
        sys.exit(templates(Path(sys.argv[2])))
    sys.exit(__doc__)
