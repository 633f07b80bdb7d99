"""Chapter 4 datasets — Zhu & Xiao (2015) and He (GRF summary) — re-checked against the source texts.

The expected values below were typed from the source documents, not read from the CSVs.
Verbatim quotations are checked against the extracted source texts (tests/data/source_texts.py);
line breaks of the extracted text are read as spaces.
"""


import re

from source_texts import FILES, raw_text

from widgets.data import load

ZHU_XIAO = "zhu_xiao_2015"
HE_GRF = "he_grf"


# --- Zhu & Xiao (2015) -----------------------------------------------------------------------

def test_table1_has_five_rows_1994_first_and_two_2008_rows():
    timeline = load("zhuxiao2015_reform_timeline")
    table = timeline[timeline["origin"] == "Table 1"]
    assert table["year"].tolist() == [1994, 2000, 2004, 2008, 2008]
    assert table["programme"].tolist() == [
        "Health Insurance for Critical Illness (HICI)",
        "Basic Health Insurance (BHI) and Health Insurance for Critical Illness (HICI)",
        "Local Citizen Health Insurance (LCHI)",
        "Unified Basic Health Insurance System",
        "General Outpatient Health Security",
    ]
    assert table["policy_result"].iloc[0] == "A new basic health insurance system for urban employees"
    assert table["policy_result"].iloc[3] == "Integrate fragmented health insurance policies into one"


def test_timeline_prose_steps_and_recorded_discrepancies():
    timeline = load("zhuxiao2015_reform_timeline")
    prose = timeline[timeline["origin"] == "prose"]
    dates = set(prose["date_text"])
    for printed in ("March 1992", "By the end of 2000", "In 2005", "In July 2007", "In July 2008", "in 2009",
                    "By the end of 2011"):
        assert printed in dates, printed
    assert "HIHC" in set(prose.loc[prose["year"] == 2000, "abbreviation"])
    row_2000 = timeline[(timeline["origin"] == "Table 1") & (timeline["year"] == 2000)].iloc[0]
    assert "HIHC" in row_2000["notes"]  # Table 1 says BHI and HICI; the prose says BHI and HIHC
    lchi_design = prose[(prose["year"] == 2002) & (prose["abbreviation"] == "LCHI")].iloc[0]
    assert "2004" in lchi_design["notes"]  # designed 2002 vs set up 2004


def test_pizza_has_three_layers_with_social_medical_aid_at_the_base():
    pizza = load("zhuxiao2015_pizza_layers").set_index("layer_order")
    assert list(pizza.index) == [1, 2, 3]
    assert pizza.loc[1, "layer"] == "First basic level" and pizza.loc[1, "programme"] == "Social medical aid"
    assert pizza.loc[2, "programme"] == "Basic health insurance"
    assert pizza.loc[3, "programme"] == "Supplementary health insurance"
    assert pizza.loc[3, "feature"] == "High quality and extra health demand"
    assert pizza["pizza_part"].tolist() == ["crust", "crust", "toppings"]


def _fact(facts, text):
    rows = facts[facts["statement"].str.contains(text, regex=False)]
    assert len(rows) == 1, f"expected one fact whose statement contains {text!r}, found {len(rows)}"
    return rows.iloc[0]


def test_contribution_two_percent_versus_eight():
    facts = load("zhuxiao2015_facts")
    assert _fact(facts, "Contribution fee of the new programmes")["value"] == 2
    usual = _fact(facts, "Usual contribution fee in other cities")
    assert usual["value"] == 8 and usual["qualifier"] == "normally"
    employers = _fact(facts, "Contribution fee paid by employers")
    assert employers["value"] == 1.5 and employers["qualifier"] == "less than"


def test_coverage_from_0_2_to_0_88_million_and_2011_figures():
    facts = load("zhuxiao2015_facts")
    assert _fact(facts, "before the expansion")["value"] == 0.2
    after = _fact(facts, "after the expansion")
    assert after["value"] == 0.88 and after["year_or_period"] == "end of 2000"
    residents = _fact(facts, "Residents taking part")
    assert residents["value"] == 6 and residents["qualifier"] == "over" and residents["year_or_period"] == "end of 2011"
    migrants = _fact(facts, "migrant population taking part")  # 70 % of migrants took part, not 70 % of participants
    assert migrants["unit"] == "% of migrant population"
    assert migrants["value"] == 70 and migrants["qualifier"] == "about"
    assert _fact(facts, "provincial letter")["value"] == 1


def test_land_population_and_reimbursement_figures():
    facts = load("zhuxiao2015_facts")
    farmland = _fact(facts, "Farmland lost")
    assert farmland["value"] == 286.2 and farmland["year_or_period"] == "1985–2000"
    assert _fact(facts, "at the start of the decline")["value"] == 20
    assert _fact(facts, "at the end of the decline")["value"] == 6
    assert _fact(facts, "Migrant workers as a share")["value"] == 70
    assert _fact(facts, "first of two rates")["value"] == 95
    assert _fact(facts, "retired people")["value"] == 100
    assert _fact(facts, "Ceiling")["value"] == 150
    assert _fact(facts, "second of two rates")["value"] == 70


def test_actors_include_the_named_people():
    names = set(load("zhuxiao2015_actors")["name"])
    for name in ("Mr. Lao", "Mr. Zhao", "Mr. Gao", "Mr. Yao", "Ms. Cao", "Mr. Zhang", "Mr Zhan", "Secretary Li",
                 "Secretary Tong", "Mayor Gong", "Secretary Liu", "Bureau of Finance", "Bureau of Local Taxation",
                 "Ministry of Human Resources and Social Security", "Prime Minister Wen Jiabao"):
        assert name in names, name


def test_every_relationship_links_known_actors_and_cites_a_section():
    actors = set(load("zhuxiao2015_actors")["actor_id"])
    edges = load("zhuxiao2015_relationships")
    assert set(edges["from_actor"]) <= actors, set(edges["from_actor"]) - actors
    assert set(edges["to_actor"]) <= actors, set(edges["to_actor"]) - actors
    assert (edges["section"].str.strip() != "").all()
    assert (edges["locator"].str.startswith("§ ")).all()
    interviews = load("zhuxiao2015_interviews")
    assert set(interviews["speaker_actor_id"]) <= actors


def test_selected_relationships():
    edges = load("zhuxiao2015_relationships")

    def has(src, dst, relation, family):
        hit = edges[(edges["from_actor"] == src) & (edges["to_actor"] == dst) & (edges["relation"] == relation)]
        return (hit["strategy_family"] == family).any()

    assert has("ssdnc", "bureau_finance", "allied_with", "alliances_and_defeating_opposition")
    assert has("lao", "ministry_hrss", "lobbied", "alliances_and_defeating_opposition")
    assert has("lao", "zhan", "persuaded", "designing_programmes_and_capturing_opportunities")
    assert has("provincial_government", "local_leaders", "pressured", "context")
    assert has("ssdnc_director", "secretary_liu", "persuaded", "marking_highlights_and_winning_approval")


def test_interview_dates_and_verbatim_key_phrases():
    interviews = load("zhuxiao2015_interviews")
    assert set(zip(interviews["speaker"], interviews["date_text"])) >= {
        ("Mr. Zhao", "12/18/2009"), ("Mr. Zhao", "03/26/2010"), ("Mr. Lao", "04/07/2010"), ("Mr. Lao", "04/06/2010"),
        ("Mr. Yao", "12/18/2009"), ("Secretary Tong", "2002")}
    zhao = interviews[interviews["date_text"] == "12/18/2009"].iloc[0]
    assert zhao["date_iso"] == "2009-12-18"  # month/day/year
    text = raw_text(ZHU_XIAO)
    for phrase in interviews["key_phrase"]:
        assert len(phrase.split()) <= 25, phrase
        assert phrase in text, f"not verbatim in {ZHU_XIAO}: {phrase!r}"
    assert "I would rather have the person who holds the changed position." in text
    assert any("I would rather have the person who holds the changed position." in p for p in interviews["key_phrase"])


def _between(text, start, end):
    """The stretch of the (whitespace-normalised) source from heading ``start`` to the next heading ``end``."""
    i = text.index(start)
    return text[i:text.index(end, i)]


FRAMING = ("Framing and brokering policy ideas Policy entrepreneurs are sensitive",
           "Design new programs and capture political opportunities It is crucial")


def test_mr_zhaos_framing_ties_match_the_framing_section_of_the_source():
    framing = _between(raw_text(ZHU_XIAO), *FRAMING)
    edges = load("zhuxiao2015_relationships").set_index("edge_id")
    # Edges 12 and 13: the stability warning, in Mr. Zhao's words, in his interview of 12/18/2009.
    assert "We told the mayor and vice deputy, “The landless peasants would move to radical resistance" in framing
    assert "(Interview with Mr. Zhao, 12/18/2009" in framing
    assert "they persuaded local leaders to accept the importance of social insurance programs in maintaining " \
           "social stability" in framing
    assert "after a period of lobbying and informal advising" in framing  # the department's edge 9
    for edge_id, target in ((12, "mayor"), (13, "vice_deputy")):
        row = edges.loc[edge_id]
        assert (row["from_actor"], row["to_actor"], row["relation"]) == ("zhao", target, "persuaded")
        assert row["strategy_family"] == "framing_and_brokering" and row["edge_status"] == "inferred"
        assert row["locator"] == "§ Framing and brokering policy ideas; Interview with Mr. Zhao, 12/18/2009"
        assert "We told the mayor and vice deputy" in row["notes"]
    assert edges.loc[9, "from_actor"] == "ssdnc" and "informal advising" in edges.loc[9, "description"]
    # Edge 71: Mr. Zhao's blueprint, with no addressee in the text (hence inferred).
    assert ("Mr. Zhao set the policy aim of “a unified and citizen-based basic health insurance program”"
            in framing)
    assert "which he presented as the pizza theory" in framing
    row = edges.loc[71]
    assert (row["from_actor"], row["strategy_family"], row["edge_status"]) == ("zhao", "framing_and_brokering",
                                                                               "inferred")
    assert "'a unified and citizen-based basic health insurance program'" in row["description"]
    assert row["section"] == "Framing and brokering policy ideas"


def test_every_interview_is_with_one_of_the_reformers_and_the_methods_section_describes_none():
    text = raw_text(ZHU_XIAO)
    interviewed = set(re.findall(r"Interview with (M[rs]\.) (\w+)", text))
    assert interviewed == {("Mr.", "Zhao"), ("Mr.", "Lao"), ("Mr.", "Yao")}
    actors = load("zhuxiao2015_actors").set_index("name")
    for title, name in interviewed:
        assert actors.loc[f"{title} {name}", "entrepreneur_group"] == "stated"
        assert actors.loc[f"{title} {name}", "affiliation"] == "SSDNC"
    interviews = load("zhuxiao2015_interviews")
    interviewees = interviews["interviewee"].fillna("").str.strip()
    # Ten excerpts: nine from interviews with the three reformers, one from Secretary Tong's 2002 speech.
    assert interviewees.value_counts().to_dict() == {"Mr. Zhao": 4, "Mr. Lao": 4, "Mr. Yao": 1, "": 1}
    assert interviews.loc[interviewees == "", "kind"].tolist() == ["speech"]
    # The paper's "Methods" heading introduces the case itself: no word on interviews until the strategies.
    methods = _between(text, "Methods Policy innovation in Nanguo City",
                       "Policy entrepreneurs in policy innovation: incentive and strategy")
    assert "interview" not in methods.lower()


def test_the_ministry_passage_and_that_no_source_dates_the_ministry():
    alliances = _between(raw_text(ZHU_XIAO), "Make alliances and defeat the opposition Policy entrepreneurs",
                         "Mark the highlights and seek decision makers’ approval A common")
    assert ("In the 1990s, Mr. Lao, vice director of the SSDNC, began to lobby the Ministry of Human Resources and "
            "Social Security") in alliances
    assert "the Department of Social Security was removed and merged into the Department of Human Resources" \
        in raw_text(ZHU_XIAO)  # the paper's own 2008 restructuring, a clue the exercise uses
    for key in FILES:
        lowered = raw_text(key).lower()
        for name in ("ministry of labour", "ministry of labor", "ministry of personnel"):
            assert name not in lowered, (key, name)  # so the founding of the ministry is outside knowledge
    row = load("zhuxiao2015_relationships").set_index("edge_id").loc[36]
    assert row["date_text"] == "In the 1990s" and row["to_actor"] == "ministry_hrss"


# --- He (GRF summary) ------------------------------------------------------------------------

def test_he_research_design():
    design = load("hegrf_research_design")
    elements = design.groupby("element")["verbatim_phrase"].apply(list).to_dict()
    assert elements["cases"] == ["Multiple cases from Zhejiang Province and Hubei Province"]
    assert len(elements["standard explanation"]) == 2
    assert elements["method"] == ["innovative compound comparative research design"]
    gap = " ".join(design.loc[design["element"] == "gap", "description"])
    for domain in ("health care", "public housing", "long-term care financing"):
        assert domain in gap
    text = raw_text(HE_GRF)
    for phrase in design["verbatim_phrase"]:
        assert phrase in text, f"not verbatim in {HE_GRF}: {phrase!r}"
