"""Chapter 2 datasets — Husain (2015) — re-checked against the source text.

The expected values below are typed from Husain (2015) and the other sources, not read from the CSVs.
The verbatim-phrase checks read the extracted source texts (tests/data/source_texts.py).
"""
import re

import pytest
from source_texts import FILES, lowered_texts, printed

from widgets.data import load

FIVE_KEYS = set(FILES)



# --- husain2015_survey_findings ------------------------------------------------------------------

def _findings():
    return load("husain2015_survey_findings").set_index("finding_id")


def test_sources_of_innovation_are_58_13_7_7_1_6_and_sum_to_92():
    f = _findings()
    listed = f[(f["topic"] == "sources_of_innovation") & (f["value_basis"] != "derived_by_course")]
    assert sorted(listed["value"].tolist(), reverse=True) == [58, 13, 7, 7, 6, 1]
    assert f.loc["source_farsighted_local_leader", "value"] == 58
    assert f.loc["source_studying_practice_elsewhere", "value"] == 13
    assert f.loc["source_higher_level_pilot", "value"] == 7
    assert f.loc["source_academic_researcher", "value"] == 1
    assert f.loc["source_own_staff", "value"] == 6
    assert listed["value"].sum() == 92
    assert f.loc["sources_listed_total", "value"] == 92
    assert f.loc["sources_listed_total", "value_text"] == ""  # not printed: the course's sum
    assert (listed["original_study"] == "Chen and Yang 2009").all()
    assert all("92" in n for n in listed["notes"])


def test_superior_approval_is_how_around_40_per_cent_judge_success():
    row = _findings().loc["success_judged_by_superior_approval"]
    assert row["value"] == 40 and row["unit"] == "percent" and row["qualifier"] == "around"
    assert row["value_text"] == "around 40 per cent"
    assert row["original_study"] == "Yang 2008a; Yang 2011"
    assert row["locator"] == "§3.5"


def test_around_one_third_of_lgipp_winners_discontinued():
    row = _findings().loc["discontinued_in_place_of_origin"]
    assert row["value_text"] == "around one third"
    assert row["unit"] == "fraction" and row["value"] == pytest.approx(1 / 3)
    assert row["original_study"] == "Chen and Huang 2010"


@pytest.mark.parametrize("finding_id, value, value_text, qualifier", [
    ("applications_from_government_departments", 2 / 3, "around two thirds", "around"),
    ("applications_county_and_city_levels", 90, "around 90 per cent", "around"),
    ("motivation_solving_work_problems", 75, "almost 75 per cent", "almost"),
    ("motivation_central_policy_spirit", 20, "around 20 per cent", "around"),
    ("support_hoped_from_superior_leaders", 60, "more than 60 per cent", "more than"),
    ("renke_speedy_initiation", 35, "around 35 per cent", "around"),
    ("implementation_type_innovations", 80, "nearly 80 per cent", "nearly"),
    ("inspection_visits_five_or_more", 34, "34 per cent", "exact"),
    ("reformers_promoted_or_moved_up", 2 / 3, "fully two thirds", "fully"),
    ("rural_health_insurance_rural_population", 600, "more than 600 million", "more than"),
    ("lgipp_founded", 2000, "2000", "exact"),
])
def test_reported_figures_asprinted(finding_id, value, value_text, qualifier):
    row = _findings().loc[finding_id]
    assert row["value"] == pytest.approx(value)
    assert row["value_text"] == value_text
    assert row["qualifier"] == qualifier


def test_printed_figures_occur_in_husain():
    husain = lowered_texts()["husain_2015"]
    for row in load("husain2015_survey_findings").itertuples():
        if row.value_basis != "derived_by_course" and row.unit != "rank":
            assert row.value_text.lower() in husain, row.finding_id


def test_survey_years_and_sections_asprinted():
    f = _findings()
    assert f.loc["motivation_solving_work_problems", "survey"].startswith("2007–2008 LGIPP survey")
    assert f.loc["inspection_visits_five_or_more", "survey"] == "2009 survey"
    assert f.loc["source_own_staff", "section"] == "3.6.3 Sources of Innovations"
    # the extraction prints two sections numbered 3.2
    assert f.loc["implementation_type_innovations", "section"] == (
        "3.2 Local Government Innovation and Central Reform Directions")


# --- husain2015_learning_types -------------------------------------------------------------------

def test_learning_types_and_vectors():
    t = load("husain2015_learning_types").set_index("type_id")
    assert t.loc["systemic_learning", "pinyin"] == "tizhixing xuexi"
    assert t.loc["autonomous_learning", "pinyin"] == "zizhuxing xuexi"
    assert t.loc["unintentional_learning", "pinyin"] == "wuyishi xuexi"
    learning = ("systemic_learning", "autonomous_learning", "unintentional_learning")
    assert {t.loc[i, "attributed_to"] for i in learning} == {"Yang 2008a"}
    assert t.loc["cumulative_learning", "pinyin"] == "leijixing de guocheng"
    assert "Bao and Sun 2011" in t.loc["geographical_propagation", "attributed_to"]
    assert t.loc["inspection_visits", "kind"] == "vector" and t.loc["inspection_visits", "pinyin"] == "kaocha"
    vectors = set(t.index[t["kind"] == "vector"])
    assert {"researchers_and_research_institutes", "external_assistance", "media", "policy_briefings",
            "meetings_and_training", "inspection_visits", "lgipp"} <= vectors
    husain = lowered_texts()["husain_2015"]
    for pinyin in t["pinyin"]:
        if pinyin:
            assert printed(pinyin, husain), pinyin


# --- husain2015_heilmann_critique ----------------------------------------------------------------

def test_heilmann_critique_has_three_numbered_criticisms_and_exact_phrases():
    h = load("husain2015_heilmann_critique").set_index("item_id")
    numbered = h[h["point_number"].notna()]
    assert sorted(numbered["point_number"].tolist()) == [1, 2, 3]
    assert set(numbered["kind"]) == {"husain_criticism"}
    assert h.loc["h_experimentation_under_hierarchy", "verbatim_phrase"] == "experimentation under hierarchy"
    assert h.loc["h_foresighted_tinkering", "verbatim_phrase"] == "foresighted tinkering"
    assert h.loc["h_foresighted_tinkering", "cited_work"] == "Heilmann 2009"
    assert h.loc["a_spatialities_hybrids", "verbatim_phrase"] == "is the exception; hybrids are the rule"
    assert h.loc["c2_social_policy", "cited_work"] == "Heilmann 2008b"
    husain = lowered_texts()["husain_2015"]
    for row in h.itertuples():
        if row.verbatim_phrase:
            assert re.sub(r"\s+", " ", row.verbatim_phrase.lower()) in husain, row.Index


# --- husain2015_criticisms -----------------------------------------------------------------------

def test_criticisms_pinyin_and_attributions():
    c = load("husain2015_criticisms").set_index("criticism_id")
    assert (c.loc["sloganeering", "pinyin"], c.loc["formalism", "pinyin"], c.loc["potemkin_initiatives", "pinyin"]) == \
        ("kouhaohua", "xingshihua", "penjinghua")
    assert set(c.loc[["sloganeering", "formalism", "potemkin_initiatives"], "attributed_to"]) == {"Yang 2008a"}
    assert c.loc["low_risk_administrative", "attributed_to"] == "He 2011"
    assert c.loc["unequal_east_centre_west", "section"] == "3.7 Criticisms of Local Government Innovation"
    assert c.loc["insufficient_public_participation", "attributed_to"] == "Jin and Yuan 2005"
    husain = lowered_texts()["husain_2015"]
    for pinyin in c["pinyin"]:
        if pinyin:
            assert printed(pinyin, husain), pinyin


