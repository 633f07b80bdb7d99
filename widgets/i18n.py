"""The language the views speak: English, or Simplified Chinese for the Chinese edition.

The language comes from the environment variable ``COURSE_LANGUAGE`` (the book build sets it to ``zh`` when
it executes the notebooks of the Chinese edition), or from ``set_language`` in a live kernel. Reader-facing
text is written in English and wrapped in ``_()``; the Chinese comes from a gettext catalogue,
``widgets/locale/zh_CN/LC_MESSAGES/widgets.po``. A message with values is formatted after translation, so
the catalogue holds the pattern: ``_("Score: {score}").format(score=score)``, never ``_(f"...")``.
Text kept in a constant (a table of headings) is marked with ``N_()`` where it is written, for extraction,
and translated with ``_()`` where it is shown, so a change of language takes effect at once.
Text that is data (a dataset's prose, such as the synthesis vignettes) is not in the catalogue: the dataset
keeps its Chinese in a column beside the English, named with a ``_zh`` suffix, and a view reads
``column("vignette")`` ("vignette", or "vignette_zh" in Chinese).

Developers re-extract the messages after changing a view (new ones get an empty translation to fill in):

    python -m widgets.i18n extract    # update widgets.po from the source
    python -m widgets.i18n check      # list messages without a Chinese translation (exit 1 if any)
"""
from __future__ import annotations

import os
import sys
from functools import lru_cache
from pathlib import Path

LANGUAGES = ("en", "zh")
LANGUAGE_ENV = "COURSE_LANGUAGE"
PACKAGE_DIR = Path(__file__).resolve().parent
CATALOGUE = PACKAGE_DIR / "locale" / "zh_CN" / "LC_MESSAGES" / "widgets.po"
KEYWORDS = ("_", "N_")

_chosen: str | None = None  # set_language's choice; None: follow the environment


def _normalise(value: object) -> str:
    # Locale spellings mean the same edition: zh, zh_CN, zh-Hans, zh-CN …; en, en_GB, en-US ….
    tag = str(value).strip().replace("-", "_").lower()
    for code in LANGUAGES:
        if tag == code or tag.startswith(code + "_"):
            return code
    # A plain ValueError: ModelInputError's own message is translated, so it cannot report a bad language.
    raise ValueError(f"language = {value!r} is not allowed: language must be en or zh "
                     f"(a locale such as zh_CN or zh-Hans means zh; {LANGUAGE_ENV} sets it)")


def language() -> str:
    """The course language now: ``"en"`` or ``"zh"``."""
    if _chosen is not None:
        return _chosen
    return _normalise(os.environ.get(LANGUAGE_ENV) or "en")


def set_language(value: str | None) -> str:
    """Switch the views' language in this kernel (``None``: back to ``COURSE_LANGUAGE``); returns it.

    Views made afterwards speak the new language; views already on screen keep theirs.
    """
    global _chosen
    _chosen = None if value is None else _normalise(value)
    return language()


@lru_cache(maxsize=1)
def translations() -> dict[str, str]:
    """English message -> Chinese, from the catalogue (fuzzy, obsolete and empty entries left out)."""
    import polib

    return {e.msgid: e.msgstr for e in polib.pofile(str(CATALOGUE))
            if e.msgstr and not e.obsolete and "fuzzy" not in e.flags}


def _(message: str) -> str:
    """``message`` in the course language (a message with no translation stays English)."""
    if language() == "en":
        return message
    return translations().get(message, message)


def column(name: str) -> str:
    """The data column holding ``name``'s text in the course language: ``name`` in English, ``name + "_zh"`` in
    Chinese (the datasets keep the Chinese of a reader-facing text column beside the English)."""
    return name if language() == "en" else f"{name}_{language()}"


def N_(message: str) -> str:
    """Mark ``message`` for the catalogue without translating it (it is translated where it is shown)."""
    return message


# Developers' side: extraction needs babel (a documentation-build dependency, not a lesson's).

def extract(root: Path = PACKAGE_DIR) -> dict[str, list[str]]:
    """Every ``_()`` and ``N_()`` message in the package's source, in order -> the files it occurs in
    (files, not lines: the catalogue then changes only when a message does)."""
    from babel.messages.extract import extract as babel_extract

    found: dict[str, list[str]] = {}
    for path in sorted(root.rglob("*.py")):
        with path.open("rb") as source:
            for _line, message, _comments, _context in babel_extract(
                    "python", source, keywords={k: None for k in KEYWORDS}, comment_tags=()):
                files = found.setdefault(message, [])
                if str(path.relative_to(root.parent)) not in files:
                    files.append(str(path.relative_to(root.parent)))
    return found


def update_catalogue(path: Path = CATALOGUE) -> tuple[list[str], list[str]]:
    """Rewrite the catalogue from the source: translations kept, new messages added untranslated,
    messages no longer in the source dropped. Returns (added, dropped)."""
    import polib

    old = polib.pofile(str(path)) if path.is_file() else polib.POFile()
    known = {e.msgid: e for e in old if not e.obsolete}
    messages = extract()
    po = polib.POFile(wrapwidth=100)
    po.header = ("Simplified Chinese for the course package's views (widgets/). Messages come from the source:\n"
                 "re-extract with `python -m widgets.i18n extract`, then fill every empty msgstr.")
    po.metadata = old.metadata or {
        "Project-Id-Version": "policy-innovation-widgets", "Language": "zh_CN",
        "MIME-Version": "1.0", "Content-Type": "text/plain; charset=UTF-8", "Content-Transfer-Encoding": "8bit"}
    for message, where in messages.items():
        entry = known.get(message)
        po.append(polib.POEntry(msgid=message, msgstr=entry.msgstr if entry else "",
                                occurrences=[(file, "") for file in where],
                                flags=entry.flags if entry else []))
    path.parent.mkdir(parents=True, exist_ok=True)
    po.save(str(path))
    translations.cache_clear()
    return [m for m in messages if m not in known], [m for m in known if m not in messages]


def untranslated(path: Path = CATALOGUE) -> list[str]:
    """Messages in the source with no usable Chinese in the catalogue."""
    import polib

    done = {e.msgid for e in polib.pofile(str(path)) if e.msgstr and not e.obsolete and "fuzzy" not in e.flags}
    return [m for m in extract() if m not in done]


def main(argv: list[str]) -> int:
    if argv == ["extract"]:
        added, dropped = update_catalogue()
        print(f"{CATALOGUE.relative_to(PACKAGE_DIR.parent)}: {len(added)} new, {len(dropped)} dropped")
        return 0
    if argv == ["check"]:
        missing = untranslated()
        for message in missing:
            print(f"untranslated: {message!r}")
        return 1 if missing else 0
    print("usage: python -m widgets.i18n extract | check", file=sys.stderr)
    return 2


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
