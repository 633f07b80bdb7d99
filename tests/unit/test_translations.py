"""The Chinese edition's page translations: complete, current, and faithful to what must not change."""
from __future__ import annotations

import subprocess
import sys

import pytest

from tools import ROOT
from tools.translation import CATALOGS, catalogs, check, entry_problems, load


def test_every_english_string_has_a_current_chinese_translation():
    problems = check(catalogs())
    assert not problems, f"{len(problems)} translation problem(s), e.g.:\n" + "\n".join(map(str, problems[:15]))


def test_the_catalogues_hold_exactly_the_english_pages_text(tmp_path):
    """A paragraph edited in English since the last `make translations` would silently stay English."""
    subprocess.run([sys.executable, "-m", "tools.editions", "templates", str(tmp_path)], cwd=ROOT, check=True,
                   stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    templates = {p.relative_to(tmp_path).with_suffix(".po"): p for p in tmp_path.rglob("*.pot")}
    assert set(templates) == {p.relative_to(CATALOGS) for p in catalogs()}, "a page without a catalogue, or the reverse"
    for name, pot in templates.items():
        english = {m.id for m in load(pot) if m.id}
        translated = {m.id for m in load(CATALOGS / name) if m.id}
        assert english == translated, (f"{name} is out of step with its page: run `make translations` "
                                       f"(new: {sorted(english - translated)[:2]})")


@pytest.mark.parametrize("msgid, msgstr, problem", [
    ("Lost 286.2 km² by 2000.", "到 2000 年失去 286 平方公里。", "number 286.2 missing"),
    ("As {cite:p}`chen_2017{Table 9}` shows", "如 {cite:p}`chen_2017{Table 8}` 所示", "reference"),
    ("See {numref}`Fig. {number} <fig-a>`.", "见 {numref}`图 {number} <fig-b>`。", "reference"),
    ('He said "they would move to radical resistance" {cite:p}`zhu_xiao_2015`.',
     "他说他们会走向激烈的反抗 {cite:p}`zhu_xiao_2015`。", "not kept verbatim"),
    ('He said "they would move to radical resistance" {cite:p}`zhu_xiao_2015`.',
     '他说 "they would move to radical resistance" {cite:p}`zhu_xiao_2015`。', "course's translation"),
    ("Use `cadre.with_value` here.", "在这里使用 cadre.with_value。", "code"),
    ("A **marginal** department", "一个边缘部门", "bold"),
    ("**Prerequisites:** none.", "**预备知识：**无。", "bold"),
    ("Anything", "", "not translated"),
])
def test_checker_names_what_a_translation_lost(msgid, msgstr, problem):
    assert any(problem in p for p in entry_problems(msgid, msgstr))


def test_checker_accepts_a_faithful_translation():
    msgid = ('In March 1992 the city acted {cite:p}`zhu_xiao_2015{§ Methods}`; see {numref}`Fig. {number} <fig-a>` '
             'and {term}`pilots <shidian>`: "would move to radical resistance", **70 %**.')
    msgstr = ('1992 年 3 月，该市开始行动 {cite:p}`zhu_xiao_2015{§ Methods}`；'
              '见 {numref}`图 {number} <fig-a>` 与 {term}`试点 <shidian>`：'
              '"would move to radical resistance"（课程译文：“会走向激烈的反抗”），**70%**。')
    assert entry_problems(msgid, msgstr) == []


def test_a_quoted_phrase_of_the_courses_own_is_translated_like_any_text():
    assert entry_problems('See "Where the ideas come from" above.', "见上文“想法从何而来”一节。") == []


def test_a_fuzzy_translation_is_a_problem(tmp_path):
    po = tmp_path / "page.po"
    po.write_text('msgid ""\nmsgstr ""\n"Content-Type: text/plain; charset=utf-8\\n"\n\n'
                  '#, fuzzy\nmsgid "The English changed."\nmsgstr "英文已改。"\n', encoding="utf-8")
    assert [p.what for p in check([po])] == ["fuzzy: the English changed since it was translated"]


def test_every_figure_caption_and_alt_text_is_in_its_pages_catalogue_in_chinese():
    """Figures are drawn when a lesson runs; their caption and alt text (cell metadata) reach the
    catalogues through tools.editions.FigureTextMessages, and must be translated there."""
    import json

    from tools.editions import figure_texts
    from tools.hanzi import HANZI_RUN

    seen = 0
    for notebook in sorted((ROOT / "chapters").glob("*/*.ipynb")):
        catalogue = {m.id: m for m in load(CATALOGS / notebook.relative_to(ROOT).with_suffix(".po")) if m.id}
        for cell in json.loads(notebook.read_text(encoding="utf-8"))["cells"]:
            for text in figure_texts(cell.get("metadata", {})):
                seen += 1
                entry = catalogue.get(text)
                assert entry is not None, f"{notebook.name}: not in its catalogue (make translations): {text[:60]}"
                assert HANZI_RUN.search(entry.string) and not entry.fuzzy, f"{notebook.name}: {text[:60]}"
    assert seen >= 26  # thirteen figures, each with a caption and alt text
