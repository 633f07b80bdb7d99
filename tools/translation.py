"""The Chinese edition's translation files: what is missing, and what a translation must keep.

The English pages are the source; ``locale/zh_CN/LC_MESSAGES/**.po`` hold one entry per paragraph,
heading or caption (``python -m tools.editions gettext`` keeps them in step). A translation may
reword everything a reader reads, but it must keep what makes the two editions the same course:

- every citation, cross-reference, glossary link and link target (``{cite:p}`…```, ``{numref}``,
  ``{term}``, ``{doc}``, ``{ref}``, ``[text](target)``): a reference's *text* may be translated,
  its target may not;
- every number as written in digits (dates, counts, shares, coefficients), code and maths;
- every quotation from an English-language source (a quoted phrase of four or more words in a
  paragraph that cites a source), verbatim, with the course's translation beside it marked
  ``（课程译文：…）``, so no reader takes the course's wording for the source's.

    python -m tools.translation check [FILE.po …]   problems, one line each (exit 1 if any)
    python -m tools.translation todo FILE.po          the entries still to translate, as JSON
    python -m tools.translation fill FILE.po T.json   write translations ({msgid: msgstr}) into FILE.po
"""
from __future__ import annotations

import functools
import json
import re
import sys
from collections import Counter
from dataclasses import dataclass
from pathlib import Path

from babel.messages.pofile import read_po, write_po

from tools import ROOT

CATALOGS = ROOT / "locale" / "zh_CN" / "LC_MESSAGES"
COURSE_TRANSLATION = "课程译文"
"""The mark of the course's own translation of a quotation: （课程译文：“…”）."""

ROLE = re.compile(r"\{([a-z]+(?::[a-z]+)?)\}`([^`]*)`")
LINK = re.compile(r"\]\(([^)\s]+)\)")
MATH = re.compile(r"\$[^$]+\$")
CODE = re.compile(r"(?<![}`])`([^`]+)`")
NUMBER = re.compile(r"(?<![A-Za-z0-9_.])\d+(?:[.,]\d+)*")
# A quotation worth keeping verbatim: in straight or curly double quotes, at least four words.
# A "word" never holds a quotation mark, so two short quotes in one sentence are not read as one.
QUOTE = re.compile(r"[\"“]([A-Za-z][^\"”]*?(?:\s+[^\s\"”]+){3,}?)[\"”]")


@dataclass(frozen=True)
class Problem:
    file: str
    msgid: str
    what: str

    def __str__(self) -> str:
        return f"{self.file}: {self.what} — in “{self.msgid[:70]}…”"


def catalogs() -> list[Path]:
    return sorted(CATALOGS.rglob("*.po"))


def load(path: Path):
    with path.open("rb") as handle:
        return read_po(handle)


def _targets(text: str) -> Counter:
    """Each reference as (role, target): ``{term}`the text <target>``` keeps only its target."""
    found = Counter()
    for role, content in ROLE.findall(text):
        target = re.search(r"<([^<>]+)>\s*$", content)
        # A citation is kept whole: its locator (§, table, page) is part of the source.
        found[(role, content if role.startswith("cite") or not target else target.group(1))] += 1
    return found


def _without_references(text: str) -> str:
    return LINK.sub("]", MATH.sub("", ROLE.sub("", text)))


def _numbers(text: str) -> Counter:
    return Counter(NUMBER.findall(CODE.sub("", _without_references(text))))


PUNCTUATION = "\u3000-\u303f\uff00-\uffef“”‘’.,;:!?()\\[\\]\"'"
_PUNCT = re.compile(f"[{PUNCTUATION}]")


@functools.lru_cache(maxsize=1)
def _markdown():
    from markdown_it import MarkdownIt

    return MarkdownIt("commonmark")


def emphasis(text: str) -> tuple[int, int]:
    """(bold spans, italic spans) as the page will render them: CommonMark does not close
    ``**预备知识：**后文`` (punctuation inside, a hanzi right after), and shows the asterisks."""
    tokens = [t for block in _markdown().parse(text) for t in (block.children or [])]
    return sum(t.type == "strong_open" for t in tokens), sum(t.type == "em_open" for t in tokens)


_STOPS = "：。，；、！？"
_MARKERS = {"**": re.compile(r"\*\*"), "*": re.compile(r"(?<!\*)\*(?!\*)")}


def _loose(char: str) -> bool:
    return not char or char.isspace() or bool(_PUNCT.match(char))


def normalise_bold(text: str) -> str:
    """Bold and italics that CommonMark will render: Chinese punctuation moved outside the markers
    (**预备知识：**后 → **预备知识**：后), and a space outside a marker whose inner side is
    punctuation (**“引文”**后 → **“引文”** 后)."""
    for marker, pattern in _MARKERS.items():
        parts = pattern.split(text)
        if len(parts) % 2 == 0:  # unpaired markers: leave them for the check to report
            continue
        for i in range(1, len(parts), 2):  # parts[i] is emphasised, between its two markers
            parts[i] = parts[i].strip()  # a space just inside a marker keeps it from opening or closing
            while parts[i] and parts[i][-1] in _STOPS and not _loose(parts[i + 1][:1]):
                parts[i + 1] = parts[i][-1] + parts[i + 1]
                parts[i] = parts[i][:-1]
            if _PUNCT.match(parts[i][:1]) and not _loose(parts[i - 1][-1:]):
                parts[i - 1] += " "
            if _PUNCT.match(parts[i][-1:]) and not _loose(parts[i + 1][:1]):
                parts[i + 1] = " " + parts[i + 1]
        text = marker.join(parts)
    return text


def entry_problems(msgid: str, msgstr: str) -> list[str]:
    """What a translation loses from its English entry (empty when it keeps everything)."""
    if not msgstr.strip():
        return ["not translated"]
    problems = []
    lost = _targets(msgid) - _targets(msgstr)
    problems += [f"reference {{{role}}}`{target}` missing or changed" for role, target in lost]
    problems += [f"link target {t} missing" for t in Counter(LINK.findall(msgid)) - Counter(LINK.findall(msgstr))]
    problems += [f"maths {m} missing" for m in Counter(MATH.findall(msgid)) - Counter(MATH.findall(msgstr))]
    problems += [f"code `{c}` missing" for c in Counter(CODE.findall(ROLE.sub("", msgid)))
                 - Counter(CODE.findall(ROLE.sub("", msgstr)))]
    problems += [f"number {n} missing" for n in _numbers(msgid) - _numbers(msgstr)]
    # The course cites every quotation from a source in its paragraph; a quoted phrase in a paragraph
    # without a citation is the course's own (a heading, a question) and is translated like any text.
    cited = any(role.startswith("cite") for role, _ in ROLE.findall(msgid))
    quotes = QUOTE.findall(_without_references(msgid)) if cited else []
    problems += [f"quotation “{q[:40]}” not kept verbatim" for q in quotes if q not in msgstr]
    if quotes and COURSE_TRANSLATION not in msgstr:
        problems.append(f"a quotation without the course's translation beside it ({COURSE_TRANSLATION}：…)")
    if emphasis(msgid) != emphasis(msgstr):
        problems.append("bold or italics that will not render as in the English (bold, italic spans: "
                        f"{emphasis(msgid)} → {emphasis(msgstr)}); put full-width punctuation outside the markers "
                        "(**预备知识**：)")
    return problems


_BOLD = re.compile(r"\*\*(.+?)\*\*")


@functools.lru_cache(maxsize=1)
def widget_labels() -> dict[str, str]:
    """The views' own words in Chinese (English label → the label the Chinese edition shows)."""
    from widgets.i18n import translations

    return {english: chinese for english, chinese in translations().items() if "{" not in english}


def label_problems(msgid: str, msgstr: str, labels: dict[str, str]) -> list[str]:
    """A widget label the English names in bold must be named as the Chinese view shows it."""
    return [f"widget label **{label}** should read **{labels[label]}**, as the Chinese view shows it"
            for label in _BOLD.findall(msgid) if label in labels and f"**{labels[label]}**" not in msgstr]


def check(paths: list[Path]) -> list[Problem]:
    problems = []
    labels = widget_labels()
    for path in paths:
        name = str(path.relative_to(CATALOGS)) if path.is_relative_to(CATALOGS) else str(path)
        for message in load(path):
            if not message.id:
                continue
            if message.fuzzy:
                problems.append(Problem(name, message.id, "fuzzy: the English changed since it was translated"))
            problems += [Problem(name, message.id, what) for what in entry_problems(message.id, message.string)]
            if message.string:
                problems += [Problem(name, message.id, what)
                             for what in label_problems(message.id, message.string, labels)]
    return problems


def save(path: Path, catalog) -> None:
    with path.open("wb") as handle:
        write_po(handle, catalog, width=0, omit_header=False)


def fill(path: Path, translations: dict[str, str]) -> int:
    """Write translations into a catalogue (clearing their fuzzy flag); returns how many were set."""
    catalog = load(path)
    count = 0
    for message in catalog:
        if message.id and translations.get(message.id, "").strip():
            message.string = normalise_bold(translations[message.id])
            message.flags.discard("fuzzy")
            count += 1
    save(path, catalog)
    return count


def main(argv: list[str]) -> int:
    command, *args = argv or [""]
    if command == "check":
        problems = check([Path(a).resolve() for a in args] or catalogs())
        for problem in problems:
            print(problem)
        print(f"{len(problems)} problem(s)")
        return 1 if problems else 0
    if command == "todo":
        catalog = load(Path(args[0]))
        print(json.dumps({m.id: m.string for m in catalog if m.id and (not m.string or m.fuzzy)},
                         ensure_ascii=False, indent=1))
        return 0
    if command == "normalise":
        for path in [Path(a) for a in args] or catalogs():
            catalog = load(path)
            for message in catalog:
                if message.id and message.string:
                    message.string = normalise_bold(message.string)
            save(path, catalog)
        return 0
    if command == "fill":
        count = fill(Path(args[0]), json.loads(Path(args[1]).read_text(encoding="utf-8")))
        print(f"{count} translation(s) written to {args[0]}")
        return 0
    print(__doc__)
    return 2


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
