"""The course's two editions, English (the source) and Simplified Chinese (translated), from one book.

The English pages are the source. Their translatable text is extracted with Sphinx's gettext
builder into ``locale/zh_CN/LC_MESSAGES/**.po`` (``sphinx-intl`` keeps those files in step: a
changed English paragraph turns its translation *fuzzy*), and the Chinese edition is the same
book built with ``language = zh_CN``. The lessons' Python views read ``COURSE_LANGUAGE`` from the
environment the notebooks are executed in (``widgets.i18n``), so each edition executes the
notebooks once, with its own execution cache, and outputs never cross editions.

    python -m tools.editions zh        build the Chinese edition into _build/html/zh
    python -m tools.editions gettext   extract the English text and update the .po files
"""
from __future__ import annotations

import os
import shutil
import subprocess
import sys
from pathlib import Path

from tools import ROOT

EDITIONS = {"en": {"sphinx": "en", "html": "en", "prefix": ""},
            "zh": {"sphinx": "zh_CN", "html": "zh-Hans", "prefix": "zh/"}}
"""Course language → Sphinx's language, the pages' ``lang`` and the edition's folder in the site."""
LOCALE = ROOT / "locale"
BUILD = ROOT / "_build"


def _build(builder: str, outdir: Path, overrides: dict, language: str) -> int:
    from jupyter_book.sphinx import build_sphinx

    os.environ["COURSE_LANGUAGE"] = language  # read by the executed notebooks' views (widgets.i18n)
    os.environ.setdefault("COURSE_STATIC_BUILD", "1")
    result = build_sphinx(ROOT, outdir, path_config=str(ROOT / "_config.yml"), noconfig=True,
                          confoverrides={"nitpicky": True, "external_toc_path": "_toc.yml",
                                         "latex_individualpages": False, **overrides}, doctreedir=BUILD / f".doctrees-{language}",
                          builder=builder, warningiserror=True, keep_going=True, freshenv=True)
    return 1 if isinstance(result, Exception) else int(result or 0)


def build_chinese() -> int:
    """The Chinese edition: the same sources, their translations, and its own execution cache."""
    shutil.rmtree(BUILD / "html" / "zh", ignore_errors=True)
    return _build("html", BUILD / "html" / "zh",
                  {"language": EDITIONS["zh"]["sphinx"], "locale_dirs": [str(LOCALE)],
                   "nb_execution_cache_path": str(BUILD / ".jupyter_cache-zh")}, "zh")


def extract() -> int:
    """English text → ``_build/gettext/*.pot`` → ``locale/zh_CN`` (new strings empty, changed ones fuzzy)."""
    pot = BUILD / "gettext"
    shutil.rmtree(pot, ignore_errors=True)
    # Only the text is wanted: nothing is executed, outputs are not translated here.
    status = _build("gettext", pot, {"nb_execution_mode": "off"}, "en")
    if status:
        return status
    return subprocess.call([sys.executable, "-m", "sphinx_intl", "update", "-p", str(pot), "-d", str(LOCALE),
                            "-l", EDITIONS["zh"]["sphinx"], "-w", "0"])


if __name__ == "__main__":
    command = sys.argv[1] if len(sys.argv) > 1 else ""
    if command == "zh":
        sys.exit(build_chinese())
    if command == "gettext":
        sys.exit(extract())
    sys.exit(__doc__)
