"""The Chinese edition's views: every message translated, placeholders kept, the language switch working,
and English output untouched."""
from __future__ import annotations

import ast
import html
import json
import re
import string

import polib
import pytest

from tools import ROOT
from widgets import i18n
from widgets.data import load

CJK = re.compile(r"[\u4e00-\u9fff]")


@pytest.fixture
def zh():
    i18n.set_language("zh")
    yield
    i18n.set_language(None)


@pytest.fixture
def en():
    i18n.set_language("en")
    yield
    i18n.set_language(None)


def _catalogue() -> list[polib.POEntry]:
    return [e for e in polib.pofile(str(i18n.CATALOGUE)) if not e.obsolete]


# --- the catalogue against the source

def test_every_message_in_the_source_has_a_chinese_translation():
    missing = i18n.untranslated()
    assert not missing, f"run `python -m widgets.i18n extract` and translate in widgets.po: {missing}"


def test_the_catalogue_holds_no_message_the_source_no_longer_has():
    stale = {e.msgid for e in _catalogue()} - set(i18n.extract())
    assert not stale, f"run `python -m widgets.i18n extract` to drop {sorted(stale)}"


def test_no_translation_is_fuzzy_or_empty():
    bad = [e.msgid for e in _catalogue() if not e.msgstr.strip() or "fuzzy" in e.flags]
    assert not bad, bad


def _fields(text: str) -> list[str]:
    return sorted(f"{name}:{spec}" for _, name, spec, _ in string.Formatter().parse(text) if name is not None)


def test_translations_keep_the_placeholders_of_their_message():
    for entry in _catalogue():
        assert _fields(entry.msgstr) == _fields(entry.msgid), f"{entry.msgid!r} -> {entry.msgstr!r}"


def test_translations_keep_the_line_breaks_figures_rely_on():
    for entry in _catalogue():
        assert entry.msgstr.count("\n") == entry.msgid.count("\n"), entry.msgid


def _marked_calls():
    for path in sorted((ROOT / "widgets").rglob("*.py")):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, ast.Call) and isinstance(node.func, ast.Name) and node.func.id in i18n.KEYWORDS:
                yield path.relative_to(ROOT), node


def test_extraction_finds_exactly_the_literal_messages():
    # What babel extracts is what the code marks: a string literal in _() or N_() (nothing from inside an
    # argument such as _(row["name"]), which babel would otherwise take for a message).
    literal = {node.args[0].value for _, node in _marked_calls()
               if node.args and isinstance(node.args[0], ast.Constant) and isinstance(node.args[0].value, str)}
    assert set(i18n.extract()) == literal


def test_no_formatted_string_is_translated():
    # _(f"...") or _("..." % x) would look the result up: it is never in the catalogue.
    bad = [f"{path}:{node.lineno}" for path, node in _marked_calls()
           if len(node.args) != 1 or isinstance(node.args[0], (ast.JoinedStr, ast.BinOp))]
    assert not bad, bad


# --- choosing the language

@pytest.mark.parametrize("value, code", [("zh", "zh"), ("zh_CN", "zh"), ("zh-Hans", "zh"), ("ZH-cn", "zh"),
                                         ("en", "en"), ("en_GB", "en")])
def test_locale_spellings_name_the_language(monkeypatch, value, code):
    monkeypatch.setenv(i18n.LANGUAGE_ENV, value)
    assert i18n.language() == code


def test_english_is_the_default_and_an_unknown_language_is_refused(monkeypatch):
    monkeypatch.delenv(i18n.LANGUAGE_ENV, raising=False)
    assert i18n.language() == "en"
    monkeypatch.setenv(i18n.LANGUAGE_ENV, "fr")
    with pytest.raises(ValueError, match="language = 'fr' is not allowed"):
        i18n.language()


def test_set_language_overrides_the_environment_until_reset(monkeypatch):
    monkeypatch.setenv(i18n.LANGUAGE_ENV, "en")
    try:
        assert i18n.set_language("zh_CN") == "zh" and i18n._("Check your understanding") == "检验你的理解"
    finally:
        assert i18n.set_language(None) == "en"
    assert i18n._("Check your understanding") == "Check your understanding"


# --- the views speak the language

def test_quiz_in_chinese(zh):
    from widgets import quiz

    box = quiz.self_check(quiz.questions("puzzle"))
    assert "检验你的理解" in box.children[0].value
    first = box.children[1]
    prompt, answers, stack = first.children
    assert CJK.search(prompt.value) and all(CJK.search(o) for o in answers.options)
    assert answers.description == "答案1"
    q = quiz.questions("puzzle")[0]
    assert quiz.feedback(q, (q.answer + 1) % len(q.options)) == (False, "不太对。请换一个答案试试。")
    right, text = quiz.feedback(q, q.answer)
    assert right and text.startswith("正确。") and text.endswith("（Husain 2015, §1–2）")
    assert "正确。" in stack.children[q.answer].value


def test_quiz_in_english_is_unchanged(en):
    from widgets import quiz

    box = quiz.self_check(quiz.questions("puzzle"))
    assert "<strong>Check your understanding</strong> (pick an answer" in box.children[0].value
    q = quiz.questions("puzzle")[0]
    assert q.prompt == "In this course (following Husain 2015), what makes something an 'innovation'?"
    assert quiz.feedback(q, q.answer)[1] == f"Correct. {q.explanation} (Husain 2015, §1–2)"
    assert box.children[1].children[1].description == "Answer 1"


def test_slider_and_dropdown_in_chinese_and_english():
    from widgets import nanguo

    try:
        for language, population, rate in (("zh", "人口", "缴费率（占平均工资的%）"),
                                           ("en", "Population", "Contribution rate (% of average salary)")):
            i18n.set_language(language)
            view = nanguo.pool_explorer()
            slider = view.stack.children[0].children[0]
            assert (view.control.description, slider.description) == (population, rate)
    finally:
        i18n.set_language(None)


def test_a_view_after_an_input_in_chinese(zh):
    from widgets import nanguo, puzzle

    pool = nanguo.render_pool(nanguo.pool_model(2.0, 0.5))
    assert "全体居民参保" in pool and "Money in and out" not in pool
    scores = puzzle.render(puzzle.with_value("City A", puzzle.TARGETS[0], 90_000))
    assert "平均得分" in scores and "人均GDP（元）" in scores and "Mean score" not in scores


def test_a_typed_value_the_model_refuses_is_explained_in_chinese(zh):
    from widgets import nanguo
    from widgets.static import Explorer

    explorer = Explorer(i18n._("Contribution rate (% of average salary)"), [1.0, 2.0],
                        lambda r: nanguo.render_pool(nanguo.pool_model(r, 0.5)), live=True,
                        format_value=lambda v: f"{v:g} %")
    assert not explorer.submit("abc")
    assert "不可用" in explorer.status.value and "必须是数字" in explorer.status.value
    assert explorer.submit("3") and "正在显示你输入的数值 3 %" in explorer.status.value


def test_table_headings_in_chinese_and_english():
    import pandas as pd

    from widgets.tables import readable

    frame = pd.DataFrame({"value_text": ["2 %"], "entrepreneur_group": ["yes"]},
                         index=pd.Index(["F13"], name="fact_id"))
    try:
        i18n.set_language("zh")
        shown = readable(frame)
        assert list(shown.columns) == ["原文数值", "企业家群体"] and shown.index.name == "事实"
        assert shown.to_numpy().tolist() == frame.to_numpy().tolist()  # values are data: untouched
        i18n.set_language("en")
        assert list(readable(frame).columns) == ["Value as printed", "Entrepreneur group"]
    finally:
        i18n.set_language(None)


def test_every_table_heading_a_lesson_shows_through_readable_has_chinese():
    from widgets.data import dataset_names, schema
    from widgets.tables import heading

    shown = set()
    for path in sorted(ROOT.glob("chapters/*/*.ipynb")):
        for cell in json.loads(path.read_text(encoding="utf-8"))["cells"]:
            if "readable(" not in "".join(cell.get("source", "")):
                continue
            for output in cell.get("outputs", []):
                html = "".join(output.get("data", {}).get("text/html", ""))
                for head in re.findall(r"<thead>(.*?)</thead>", html, re.S):
                    shown.update(h.replace("&amp;", "&") for h in re.findall(r"<th[^>]*>([^<]*)</th>", head))
    fields = {f["name"] for name in dataset_names() for f in schema(name)["fields"]}
    headings = shown & {heading(f) for f in fields}  # the rest are data values (a crosstab's categories)
    assert len(headings) > 20
    assert not headings - set(i18n.translations()), sorted(headings - set(i18n.translations()))


@pytest.mark.filterwarnings("ignore:Glyph")  # the Chinese font for figures is set up elsewhere
def test_a_figure_in_chinese_has_chinese_text(zh):
    import matplotlib

    matplotlib.use("Agg")
    import matplotlib.pyplot as plt

    from widgets import nanguo

    fig = nanguo.pool_figure([0.5], [1.0, 2.0, 3.0])
    texts = [t.get_text() for ax in fig.axes for t in (ax.xaxis.label, ax.yaxis.label)]
    plt.close(fig)
    assert "缴费率（占平均工资的%）" in texts and "参保居民（%）" in texts


# --- the quiz data

QUIZ = load("quiz_questions")
TEXT = ["prompt", "option_1", "option_2", "option_3", "option_4", "explanation"]


def test_every_quiz_row_has_its_chinese_text():
    for index, row in QUIZ.iterrows():
        line = index + 2
        for column in TEXT:
            english, chinese = row[column], row[f"{column}_zh"]
            assert bool(english) == bool(chinese), f"quiz_questions.csv line {line}: {column}_zh"
        for column in ("prompt", "explanation"):
            assert CJK.search(row[f"{column}_zh"]), f"quiz_questions.csv line {line}: {column}_zh is not Chinese"


def test_chinese_quiz_text_keeps_every_number():
    number = re.compile(r"\d+(?:\.\d+)?")
    for index, row in QUIZ.iterrows():
        for column in TEXT:
            assert set(number.findall(row[column])) == set(number.findall(row[f"{column}_zh"])), \
                f"quiz_questions.csv line {index + 2}: numbers in {column}_zh"


# --- model output, lesson labels and data prose in the course language

def _cells(page: str) -> list[str]:
    return [html.unescape(c) for c in re.findall(r"<td[^>]*>([^<]*)</td>", page)]


@pytest.mark.parametrize("position", [("High", "High"), ("Low", "High"), ("Medium", "High"), ("Medium", "Medium")])
def test_the_coalition_view_speaks_chinese_and_its_english_is_unchanged(position):
    from widgets import coalitions

    p = coalitions.predict(*position)  # the model: English whatever the language
    try:
        i18n.set_language("en")
        english = _cells(coalitions.render_position(*position))[:4]
        i18n.set_language("zh")
        assert coalitions.predict(*position) == p
        chinese = _cells(coalitions.render_position(*position))[:4]
    finally:
        i18n.set_language(None)
    assert english == [p["cohesiveness"], p["bargaining_power"], p["support"], p["basis"]]
    assert all(CJK.search(text) for text in chinese), chinese
    assert not set(chinese) & set(english)


def test_coalition_predictions_in_english_are_the_typologys_words(en):
    from widgets import coalitions

    assert coalitions.predict("High", "High")["support"] == "Lowest of the four types (Suzhou's cell)"
    between = coalitions.predict("Medium", "Medium")
    assert between["support"] == "Between the cells of Suzhou and Wuxi and Ningbo and Shenzhen"
    assert between["neighbours"] == ("Suzhou", "Wuxi", "Ningbo", "Shenzhen")
    assert between["cohesiveness"] == "Between cohesive and noncohesive"


def test_a_between_cells_prediction_names_its_cities_in_chinese(zh):
    from widgets import coalitions

    cells = _cells(coalitions.render_position("Medium", "High"))
    assert "介于 Suzhou、Ningbo 所在的单元格之间" in cells


def test_the_table1_cell_keeps_the_printed_english_with_its_translation(zh):
    from widgets import coalitions

    page = html.unescape(coalitions.render_position("High", "High"))
    assert "'Cohesive vested interests from international commerce, strong bargaining power'（课程译文：“" in page


def test_a_models_own_input_check_speaks_the_language():
    from widgets import coalitions
    from widgets.errors import ModelInputError

    try:
        for language, allowed in (("en", "a share strictly between 0 and 1 (for example 0.02 for 2%)"),
                                  ("zh", "严格介于 0 和 1 之间的比例（例如 0.02 表示 2%）")):
            i18n.set_language(language)
            with pytest.raises(ModelInputError) as err:
                coalitions.implied_share(2, "export share", 1, 0.1)
            assert allowed in str(err.value)
            assert err.value.allowed == "a share strictly between 0 and 1 (for example 0.02 for 2%)"
            with pytest.raises(ModelInputError) as err:
                coalitions.implied_share(0.02, "export share", 9, 0.1)
            assert ("includes export share: one of 1, 4, 5, 6" if language == "en"
                    else "包含 export share 的表 6 模型，即以下之一：1, 4, 5, 6") in str(err.value)
    finally:
        i18n.set_language(None)



def test_a_patterned_allowed_text_reads_as_before_in_english(en):
    from widgets import coalitions
    from widgets.errors import ModelInputError

    with pytest.raises(ModelInputError) as err:
        coalitions.predict("Very high", "High")
    assert str(err.value) == ("export_level = 'Very high' is not allowed: export_level must be one of 'Low', "
                              "'Medium low', 'Medium', 'Medium high', 'High'.")


def test_the_chapter2_tables_show_chinese_headings_and_keep_their_english_keys():
    from widgets import innovation_logics as il

    findings = load("husain2015_survey_findings")
    table = il.sources_table(findings)
    assert list(table.columns) == ["Source of the idea", "Per cent"]  # what lesson code indexes
    try:
        i18n.set_language("en")
        assert il.shown(table).equals(table)
        i18n.set_language("zh")
        shown = il.shown(table)
        evidence = il.shown(il.evidence_table(findings).set_index("Finding")[["As printed", "Cited work"]])
    finally:
        i18n.set_language(None)
    assert list(shown.columns) == ["创意来源", "百分比"] and shown["百分比"].tolist() == table["Per cent"].tolist()
    assert shown["创意来源"].iloc[0] == "有远见的地方领导"
    assert list(evidence.columns) == ["原文数值", "所引文献"] and evidence.index.name == "发现"
    assert all(CJK.search(label) for label in evidence.index)


@pytest.mark.filterwarnings("ignore:Glyph")
def test_labels_lessons_pass_to_figures_are_shown_in_chinese(zh):
    import matplotlib

    matplotlib.use("Agg")
    import matplotlib.pyplot as plt

    from widgets import figures, nanguo, synthesis

    fig = figures.category_counts(load("chen2017_cadre_targets"), "category",
                                  "Jiangsu cadre evaluation targets by category (Chen 2017, Table 9)",
                                  "Number of targets")
    assert fig._suptitle.get_text().startswith("江苏干部考核指标") and fig.axes[0].get_xlabel() == "指标数"
    plt.close(fig)
    fig = nanguo.pool_figure([0.5], [1.0, 2.0, 3.0], marks=[(2.0, "Nanguo"), (3.0, "usual elsewhere")])
    assert {t.get_text() for t in fig.axes[0].texts} == {"南国", "其他地方的通常水平"}
    plt.close(fig)
    fig = synthesis.role_figure(synthesis.comparison_data(), "innovator", "Who innovates, and in what role")
    texts = {t.get_text() for t in fig.axes[0].texts}
    assert fig._suptitle.get_text() == "谁在创新，扮演什么角色" and "Heilmann（据 Husain）" in texts
    plt.close(fig)


def test_the_synthesis_views_show_the_chinese_data(zh):
    from widgets import synthesis

    box = synthesis.classify_quiz()
    first = box.children[1]
    prompt, answers, _stack = first.children
    assert prompt.value.startswith("<p class=\"course-quiz__q\">1. 比萨理论。在南国（化名）")
    assert "Heilmann：等级制下的试验（据 Husain 的介绍）" in answers.options
    view = synthesis.compare_view()
    assert view.slider.options[0] == "谁在创新"
    cell = view.framework_stacks[0].children[0].value
    assert "内容" in cell and "进行试验的地方单位" in cell


def test_the_synthesis_views_in_english_are_unchanged(en):
    from widgets import synthesis

    vignettes, comparison = synthesis.vignette_data(), synthesis.comparison_data()
    q = synthesis.vignette_questions(vignettes, comparison)[0]
    row = vignettes.iloc[0]
    assert q.prompt == f"{row['title']}. {row['vignette']} Which framework explains this case best?"
    assert q.explanation == row["explanation"]
    assert q.options == list(synthesis.framework_list(comparison)["framework"])
    assert synthesis.cell_view(comparison, "chen", "motive").equals(synthesis.cell_table(comparison, "chen", "motive"))


# --- the data's Chinese columns

def _translated_columns():
    from widgets.data import dataset_names

    for name in dataset_names():
        frame = load(name)
        for column in frame.columns:
            if column.endswith("_zh") and column[:-3] in frame.columns:
                yield name, frame, column


def test_every_zh_column_is_filled_exactly_where_its_english_is():
    seen = set()
    for name, frame, column in _translated_columns():
        seen.add(f"{name}.{column}")
        for index, row in frame.iterrows():
            english, chinese = row[column[:-3]], row[column]
            assert bool(str(english).strip()) == bool(str(chinese).strip()), f"{name}.csv line {index + 2}: {column}"
    assert {"synthesis_vignettes.vignette_zh", "synthesis_vignettes.explanation_zh", "synthesis_vignettes.title_zh",
            "frameworks_comparison.value_zh", "frameworks_comparison.framework_zh",
            "frameworks_comparison.dimension_label_zh", "chen2017_case_design.coalition_description_zh"} <= seen


PROSE = ("synthesis_vignettes", "frameworks_comparison", "chen2017_case_design")  # quiz options may be numbers


def test_zh_prose_is_chinese_and_keeps_every_number():
    number = re.compile(r"\d+(?:\.\d+)?")
    for name, frame, column in _translated_columns():
        for index, row in frame.iterrows():
            english, chinese = str(row[column[:-3]]), str(row[column])
            where = f"{name}.csv line {index + 2}: {column}"
            assert set(number.findall(english)) == set(number.findall(chinese)), where
            if name in PROSE and column != "framework_short_zh" and english:  # short names are authors' names
                assert CJK.search(chinese), f"{where} is not Chinese"


def test_the_figure_font_has_every_character_the_views_can_draw():
    from fontTools.ttLib import TTFont

    from tools.hanzi import figure_characters

    drawn = figure_characters()
    for weight in (400, 700):
        cmap = TTFont(str(ROOT / "widgets" / "fonts" / f"noto-sans-sc-figures-{weight}.otf")).getBestCmap()
        missing = "".join(sorted(ch for ch in drawn if ord(ch) not in cmap))
        assert not missing, f"re-cut the fonts (python -m tools.vendor_assets --font): {missing}"


# --- tables the lessons show: Chinese in zh, the English output unchanged

def test_model_tables_show_chinese_headings_and_values_and_keep_their_english_keys():
    from widgets import coalitions, nanguo

    rows = coalitions.table7_rows(["ZJ002", "ZJ023"])
    params = nanguo.parameter_table()[["default", "status"]]
    try:
        i18n.set_language("en")
        assert coalitions.shown(rows).equals(rows) and nanguo.shown(params).equals(params)
        assert list(rows.columns) == ["Place (Table 7)", "Year", "Interviewee"] and rows.index.name == "Code"
        assert coalitions.shown(coalitions.table6_display()).index.name == "Variable"
        assert coalitions.shown(coalitions.case_support()).index.name == "City"
        i18n.set_language("zh")
        assert coalitions.table7_rows(["ZJ023"]).equals(rows.loc[["ZJ023"]])  # the model stays English
        table7 = coalitions.shown(rows)
        parameters = nanguo.shown(params)
        assert "表 7 未列出" in coalitions.render_table7(["ZJ023"])
        variable = coalitions.shown(coalitions.table6_display()).index.name
        city = coalitions.shown(coalitions.case_support(printed=True)).index.name
    finally:
        i18n.set_language(None)
    assert list(table7.columns) == ["地点（表 7）", "年份", "受访者"] and table7.index.name == "编号"
    assert (table7.loc["ZJ023"] == "表 7 未列出").all() and table7.loc["ZJ002", "年份"] == rows.loc["ZJ002", "Year"]
    assert (variable, city) == ("变量", "城市")
    assert list(parameters.columns) == ["默认值", "来源状态"] and parameters.index.name == "参数"
    assert parameters["来源状态"].str.startswith("来自论文：").sum() == 3
    assert (parameters["来源状态"] == "假设（课程示意）").sum() == len(params) - 3
    assert parameters["默认值"].tolist() == params["default"].tolist()


def test_tables_lessons_build_from_the_data_speak_chinese_and_keep_their_english():
    from widgets import coalitions, innovation_survival, nanguo, synthesis
    from widgets.tables import localised, readable

    sixteen = load("chen2017_sixteen_cities").set_index("rank")[["city", "fdi_gdp", "st_expense_share"]]
    vignettes = load("synthesis_vignettes")
    finding = load("husain2015_survey_findings").set_index("finding_id").loc["discontinued_in_place_of_origin"]
    comparison = synthesis.comparison_data()
    shown = {}
    try:
        for language in ("en", "zh"):
            i18n.set_language(language)
            shown[language] = (
                readable(sixteen, coalitions.SIXTEEN_HEADINGS),
                nanguo.interview_table(load("zhuxiao2015_interviews")),
                localised(vignettes, ["title", "framework_id"]),
                innovation_survival.still_running(finding),
                synthesis.side_by_side(comparison, 1, 4))
    finally:
        i18n.set_language(None)
    (table, interviews, titles, lines, side), zh = shown["en"], shown["zh"]
    assert list(table.columns) == ["City", "FDI/GDP", "S&T share of city expense"] and table.index.name == "rank"
    assert list(zh[0].columns) == ["城市", "FDI/GDP", i18n.translations()["S&T share of city expense"]]
    assert zh[0].index.name == "排名"
    assert list(interviews.columns) == ["interviewee", "date_text", "kind", "topic"]
    assert "(a speech, not an interview)" in set(interviews["interviewee"])
    assert "（讲话，不是访谈）" in set(zh[1]["受访者"]) and zh[1].index.name == "发言人"
    assert titles["title"].tolist() == vignettes["title"].tolist()
    assert zh[2]["title"].tolist() == vignettes["title_zh"].tolist() and zh[2]["framework_id"].equals(
        vignettes["framework_id"])
    assert lines == (f"Discontinued in place of origin: {finding['value_text']} ({finding['original_study']}, "
                     f"in Husain 2015 {finding['locator']})\nShare still running where they began: 1 − "
                     f"{finding['value']:.3f} = {1 - finding['value']:.3f} (rough: the source says 'around')")
    assert zh[3].startswith("在发源地被终止：") and "\n仍在发源地运行的比例：" in zh[3]
    assert side.caption.startswith("Who innovates, why,") and side.data.index.name == "Framework"
    assert zh[4].caption.startswith("谁在创新") and zh[4].data.index.name == "框架"
    assert all(CJK.search(c) for c in zh[4].data.columns)


# --- chapter 5's tables and lines from the data: Chinese from the data's _zh columns and the catalogue

def test_table3_headings_come_from_the_data_in_both_languages():
    from widgets import coalitions

    support = load("chen2017_case_city_support").sort_values("measure_order").drop_duplicates("measure")
    pattern = i18n.translations()[coalitions.MEASURE_HEADING]
    english = [f"{r.measure_label} ({r.unit}, {r.period})" for r in support.itertuples()]
    chinese = [pattern.format(measure=r.measure_label_zh, unit=r.unit_zh, period=r.period_zh)
               for r in support.itertuples()]
    table = coalitions.case_support(printed=True)
    try:
        i18n.set_language("en")
        en = coalitions.shown(table)
        i18n.set_language("zh")
        zh = coalitions.shown(table)
        explorer = coalitions.render_position("High", "High")  # Suzhou's corner shows its Table 3 column
    finally:
        i18n.set_language(None)
    assert list(table.columns) == english and en.equals(table)  # the model and the English view are unchanged
    assert list(zh.columns) == chinese and all(CJK.search(c) for c in chinese)
    assert zh.to_numpy().tolist() == table.to_numpy().tolist()
    assert all(html.escape(c, quote=False) in explorer for c in chinese)


@pytest.mark.filterwarnings("ignore:Glyph")
def test_table3_figure_titles_its_panels_from_the_data_in_chinese(zh):
    import matplotlib.pyplot as plt

    from widgets import coalitions

    support = load("chen2017_case_city_support")
    fig = coalitions.support_figure(support)
    titles = [ax.get_title(loc="left").replace("\n", "") for ax in fig.axes]
    plt.close(fig)
    expected = [coalitions.measure_heading(r) for _i, r in
                support.sort_values("measure_order").drop_duplicates("measure").iterrows()]
    assert titles == expected
    assert all(r.measure_label_zh in t for r, t in zip(support.drop_duplicates("measure").itertuples(), titles))


def test_table6_and_table8_variable_names_come_from_the_data_in_chinese():
    from widgets import coalitions

    names = load("chen2017_variables").query("table6_variable != ''").set_index("table6_variable")
    coefficients, vif = load("chen2017_table6_coefficients"), load("chen2017_vif").set_index("variable")
    assert set(coefficients["variable"]) | set(vif.index) <= set(names.index)  # every row label has its Chinese
    table6 = coalitions.table6_display()
    try:
        i18n.set_language("en")
        en6, en8 = coalitions.shown(table6), coalitions.shown(vif)
        i18n.set_language("zh")
        zh6, zh8 = coalitions.shown(table6), coalitions.shown(vif)
    finally:
        i18n.set_language(None)
    assert en6.equals(table6) and list(en8.index) == list(vif.index)
    assert list(zh6.index) == names.loc[table6.index, "table6_variable_zh"].tolist()
    assert list(zh8.index) == names.loc[vif.index, "table6_variable_zh"].tolist()
    assert all(CJK.search(v) for v in zh6.index) and zh6.index.name == i18n.translations()["Variable"]
    assert zh6.to_numpy().tolist() == table6.to_numpy().tolist()  # the coefficients are untouched


def test_the_large_firm_lines_read_as_before_in_english_and_in_chinese_keep_their_numbers():
    from widgets import coalitions, puzzle

    for firms in range(coalitions.MAX_FIRMS + 1):
        scores = puzzle.evaluate(coalitions.with_large_firms("City C", firms), puzzle.LOWER_IS_BETTER)
        mean, rank = round(scores.loc["City C", "Mean score"], 2), scores.loc["City C", "Rank"]
        try:
            i18n.set_language("en")
            english = coalitions.firms_line(firms, "City C", scores)
            i18n.set_language("zh")
            chinese = coalitions.firms_line(firms, "City C", scores)
        finally:
            i18n.set_language(None)
        # What the lesson's loop printed before: print(firms, "firm(s): City C mean", mean, "rank", rank).
        assert english == " ".join(str(v) for v in (firms, "firm(s): City C mean", mean, "rank", rank))
        pattern = i18n.translations()["{firms} firm(s): {city} mean {mean} rank {rank}"]
        assert chinese == pattern.format(firms=firms, city="City C", mean=mean, rank=rank) and CJK.search(chinese)


# --- chapter 4's tables and printouts: Chinese from the data's _zh columns, English as before

def _in(language, make):
    try:
        i18n.set_language(language)
        return make()
    finally:
        i18n.set_language(None)


LESSON_TABLES = [  # (dataset, index, the columns a lesson shows through tables.localised)
    ("zhuxiao2015_facts", "fact_id", ["value", "qualifier", "unit", "year_or_period", "statement"]),
    ("zhuxiao2015_actors", "name", ["position", "entrepreneur_group"]),
    ("zhuxiao2015_reform_timeline", "year", ["programme", "policy_result"]),
    ("hegrf_research_design", "element_order", ["element", "description"]),
    ("husain2015_heilmann_critique", "item_id", ["statement", "verbatim_phrase"]),
    ("husain2015_criticisms", "theme", ["statement"]),
    ("husain2015_learning_types", "name", ["pinyin", "description", "attributed_to"]),
    ("glossary", "pinyin", ["characters", "english"]),
    ("chen2017_cadre_targets", "number", ["category", "target", "unit"]),
    ("husain2015_survey_findings", "value_text", ["category", "original_study", "locator"]),
    ("almen2013_events", "event_id", ["date_text", "place", "locator"]),
    ("almen2013_claims", "claim_id", ["bears_on", "effect"]),
    ("chen2017_facts", "fact_id", ["statement", "value_text", "year_or_period", "locator"]),
    ("chen2017_interview_results", "city", ["answer", "value_text"]),
    ("chen2017_policy_paradigms", "order", ["aspect", "paradigm", "text"]),
    ("chen2017_variables", "variable", ["table6_variable", "role", "measurement"]),
    ("chen2017_table6_models", "model", ["description", "provincial_fixed_effects", "se_type", "observations"]),
]


@pytest.mark.parametrize("name, index, columns", LESSON_TABLES, ids=[t[0] for t in LESSON_TABLES])
def test_lesson_tables_show_the_datas_chinese_and_keep_their_english(name, index, columns):
    from widgets.tables import AS_NAMED, localised, readable

    data = load(name)
    shown = [index, *columns]

    def table():
        return readable(localised(data, shown).set_index(index), AS_NAMED)

    en, zh = _in("en", table), _in("zh", table)
    assert en.equals(readable(data[shown].set_index(index), AS_NAMED))  # what the lessons showed before
    zh_index = data[f"{index}_zh"] if f"{index}_zh" in data.columns else data[index]
    assert list(zh.index) == zh_index.tolist()
    for position, column in enumerate(columns):
        expected = data[f"{column}_zh"] if f"{column}_zh" in data.columns else data[column]
        assert zh.iloc[:, position].equals(expected.set_axis(zh.index)), column
    texts = [c for c in columns if f"{c}_zh" in data.columns]
    assert texts and all(any(CJK.search(v) for v in data[f"{c}_zh"] if v) for c in texts)


def test_chapter4_interview_table_speaks_chinese_from_the_data():
    from widgets import nanguo
    from widgets.tables import readable

    interviews = load("zhuxiao2015_interviews")
    en, zh = (_in(language, lambda: nanguo.interview_table(interviews)) for language in ("en", "zh"))
    before = interviews[["speaker", "interviewee", "date_text", "kind", "topic"]]
    before = readable(before.replace({"interviewee": {"": nanguo.NO_INTERVIEW}}).set_index("speaker"),
                      nanguo.INTERVIEW_HEADINGS)
    assert en.equals(before)
    assert list(zh.index) == interviews["speaker_zh"].tolist()
    speech = i18n.translations()[nanguo.NO_INTERVIEW]
    assert zh.iloc[:, 0].tolist() == [v or speech for v in interviews["interviewee_zh"]]
    assert zh.iloc[:, 1].tolist() == interviews["date_text"].tolist()  # dates as printed
    assert zh.iloc[:, 2].tolist() == interviews["kind_zh"].tolist()
    assert zh.iloc[:, 3].tolist() == interviews["topic_zh"].tolist()


def test_chapter4_actor_names_come_from_the_data():
    from widgets import nanguo

    actors = load("zhuxiao2015_actors")
    for name, chinese in zip(actors["name"], actors["name_zh"]):
        assert _in("en", lambda: nanguo.actor_name(name)) == name
        assert _in("zh", lambda: nanguo.actor_name(name)) == chinese
    assert _in("zh", lambda: nanguo.actor_name("nobody in the data")) == "nobody in the data"


def test_chapter1_figures_label_levels_and_categories_from_the_data_in_chinese(zh):
    import matplotlib.pyplot as plt

    from widgets import figures

    levels, targets = load("levels_of_government"), load("chen2017_cadre_targets")
    fig = figures.hierarchy(levels)
    drawn = " ".join(t.get_text() for t in fig.axes[0].texts)
    plt.close(fig)
    assert all(level in drawn for level in levels["level_zh"]) and "Centre" not in drawn
    fig = figures.category_counts(targets, "category", "Number of targets", "Number of targets")
    ticks = [t.get_text().replace("\n", "") for t in fig.axes[0].get_yticklabels()]
    plt.close(fig)
    assert sorted(ticks) == sorted(targets["category_zh"].unique())


def test_chapter2_evidence_table_names_its_surveys_from_the_data():
    from widgets import innovation_logics as il

    findings = load("husain2015_survey_findings")
    table = il.evidence_table(findings)
    en, zh = (_in(language, lambda: il.shown(table)) for language in ("en", "zh"))
    assert en["Survey or study"].tolist() == table["Survey or study"].tolist()
    surveys = dict(zip(findings["survey"], findings["survey_zh"]))
    assert zh[i18n.translations()["Survey or study"]].tolist() == [surveys[s] for s in table["Survey or study"]]
    assert zh[i18n.translations()["As printed"]].tolist() == table["As printed"].tolist()  # as printed


def test_chapter6_lines_and_tables_read_as_before_in_english_and_speak_chinese():
    from widgets import synthesis

    comparison = load("frameworks_comparison")
    line = _in("en", lambda: synthesis.size_line(comparison))
    assert line == " ".join(str(v) for v in (len(comparison), "rows:", comparison["framework_id"].nunique(),
                                             "frameworks ×", comparison["dimension"].nunique(), "dimensions"))
    assert _in("en", lambda: synthesis.fits_line(4, 8)) == "4 of 8 cases fit more than one framework"
    pattern = i18n.translations()["{rows} rows: {frameworks} frameworks × {dimensions} dimensions"]
    assert _in("zh", lambda: synthesis.size_line(comparison)) == pattern.format(rows=48, frameworks=6, dimensions=8)
    dims = ["motive", "why_innovations_die_or_last"]
    pair = synthesis.comparison_table(comparison, "zhu_xiao", "chen", dims)
    assert _in("en", lambda: synthesis.shown(pair, comparison)).equals(pair)
    zh = _in("zh", lambda: synthesis.shown(pair, comparison))
    cells = comparison.set_index(["framework_id", "dimension"])
    assert zh.iloc[:, 0].tolist() == [cells.loc[("zhu_xiao", d), "value_zh"] for d in dims]
    assert zh.iloc[:, 1].tolist() == pair.iloc[:, 1].tolist()  # where it comes from, as it is
    assert list(zh.index) == [cells.loc[("chen", d), "dimension_label_zh"] for d in dims]
    who = synthesis.role_matrix(comparison, "innovator")
    counts = (who == "innovates").sum().rename("frameworks in which this actor innovates").to_frame()
    shown = _in("zh", lambda: synthesis.shown(counts, comparison))
    assert list(shown.index) == [i18n.translations()[label] for label in counts.index]
    assert list(shown.columns) == [i18n.translations()["frameworks in which this actor innovates"]]


def test_table7_rows_name_their_interviewees_from_the_data_in_chinese():
    from widgets import coalitions

    codes = ["ZJ002", "GD003", "ZJ013", "ZJ024", "ZJ023"]
    rows = coalitions.table7_rows(codes)
    cited = load("chen2017_interviews").set_index("code")
    en, zh = (_in(language, lambda: coalitions.shown(rows)) for language in ("en", "zh"))
    assert en.iloc[:, 2].tolist() == rows["Interviewee"].tolist()  # as before
    missing = i18n.translations()[coalitions.NOT_IN_TABLE7]
    assert zh.iloc[:, 2].tolist() == [cited.loc[c, "interviewee_zh"] if c in cited.index else missing for c in codes]
