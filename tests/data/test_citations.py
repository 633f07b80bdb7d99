"""One citation convention for section locators: the same section is always cited the same way.

Husain (2015) prints two sections numbered 3.2: "Local Government Innovation and Central Reform
Directions" and, after §3.5, "Who Innovates and Why" (whose subsections are printed 3.6.1–3.6.3).
The course cites them as "§3.2 (Central Reform Directions)" and "§3.2 (Who Innovates and Why)",
never a bare "§3.2", "§3.6" or another title.
"""
from __future__ import annotations

import re

import pytest

from tools import ROOT
from widgets.data import dataset_names, load, schema

ALLOWED_32 = {"§3.2 (Central Reform Directions)", "§3.2 (Who Innovates and Why)"}
PAGES = sorted([*ROOT.glob("chapters/*/*.ipynb"), *ROOT.glob("chapters/*/*.md"), *ROOT.glob("backmatter/**/*.md"),
                ROOT / "intro.md"])


def problems(locator: str) -> list[str]:
    found = []
    for part in re.split(r";\s*", locator):
        if part.startswith("§3.2") and not any(part.startswith(a) for a in ALLOWED_32):
            found.append(part)
        if re.match(r"§3\.6(?![.\d])", part):
            found.append(part)
    return found


def test_the_rule_catches_the_old_forms():
    assert problems("§3.2") and problems("§3.2 (LGIPP); §4.4") and problems("§3.6")
    assert not problems("§3.2 (Who Innovates and Why); §3.6.2") and not problems("§3.2 (Central Reform Directions)")


@pytest.mark.parametrize("page", PAGES, ids=lambda p: str(p.relative_to(ROOT)))
def test_every_husain_citation_on_the_pages_follows_the_convention(page):
    text = page.read_text(encoding="utf-8")
    bad = [p for locator in re.findall(r"husain_2015\{([^}]*)\}", text) for p in problems(locator)]
    assert not bad, f"{page.relative_to(ROOT)}: {sorted(set(bad))}"


def test_every_husain_row_in_the_data_follows_the_convention():
    for name in dataset_names():
        fields = {f["name"] for f in schema(name)["fields"]}
        if not {"source", "locator"} <= fields:
            continue
        rows = load(name)
        bad = [(i, p) for i, row in rows[rows["source"] == "husain_2015"].iterrows() for p in problems(row["locator"])]
        assert not bad, f"{name}: {bad[:5]}"


def test_no_retired_form_survives_anywhere_in_the_course():
    # Prose notes, figure captions and data notes too, not only the bibliography-linked locators.
    retired = re.compile(r"§3\.6(?![.\d])|§3\.2 \(LGIPP\)|§3\.2 \(Local Government Innovation")
    places = [*PAGES, *ROOT.glob("widgets/**/*.py"), *ROOT.glob("data/*.csv"), ROOT / "data" / "README.md"]
    found = [(str(p.relative_to(ROOT)), m.group()) for p in places
             for m in retired.finditer(p.read_text(encoding="utf-8"))]
    assert not found, found
