"""Chen (2017): Tables 1–8, the case-city facts, the interview results and other facts, re-checked against the source.

Expected values below were typed from the source text (/work/shared/sources/004_5422f888b177cf58.txt), not copied
from the CSV files.
"""
import math

import pytest
from source_texts import raw_text

from widgets.data import load

CITIES = ["Suzhou", "Wuxi", "Ningbo", "Shenzhen"]


# ---------------------------------------------------------------- Table 1
def test_table1_each_city_in_its_own_cell():
    design = load("chen2017_case_design").set_index("city")
    assert set(design.index) == set(CITIES)
    cells = {c: (design.loc[c, "export_share_of_foreign_firms"], design.loc[c, "concentration_of_foreign_firms"])
             for c in CITIES}
    assert cells == {"Suzhou": ("High", "High"), "Wuxi": ("High", "Low"), "Ningbo": ("Low", "High"),
                     "Shenzhen": ("Low", "Low")}
    assert len(set(cells.values())) == 4
    assert design.loc["Suzhou", "coalition_description"].endswith("strong bargaining power")
    assert design.loc["Wuxi", "coalition_description"].startswith("Cohesive")
    assert design.loc["Shenzhen", "coalition_description"].startswith("Noncohesive")
    assert "individually based proposals" in design.loc["Ningbo", "coalition_description"]
    assert design["province"].to_dict() == {"Suzhou": "Jiangsu", "Wuxi": "Jiangsu", "Ningbo": "Zhejiang",
                                            "Shenzhen": "Guangdong"}
    assert set(design.index[design["case_type"] == "extreme"]) == {"Suzhou", "Shenzhen"}


# ---------------------------------------------------------------- Table 2
def test_table2_paradigms():
    paradigms = load("chen2017_policy_paradigms")
    assert len(paradigms) == 8
    cell = paradigms.set_index(["paradigm_label", "aspect"])["text"]
    assert cell[("New", "Central Proponents")].startswith("Ministry of Science and Technology")
    assert "State Science and Technology Commission" in cell[("New", "Central Proponents")]
    assert cell[("Previous", "Major Policy Goals")] == "Attracting FDI and promoting exports by using low-cost labor"
    assert cell[("New", "Supporting Development Zones")] == "High Technology Development Zones"
    assert cell[("Previous", "Local Implementers")].startswith("Foreign Economic and Trade Bureau")
    footnoted = paradigms[paradigms["notes"].str.contains("export-processing zones")]
    assert footnoted["text"].tolist() == ["Economic and Technology Development Zones"]


# ---------------------------------------------------------------- Table 3
def test_table3_four_cities_by_four_measures():
    support = load("chen2017_case_city_support")
    assert len(support) == 16
    assert support.groupby("measure").size().eq(4).all() and support["measure"].nunique() == 4
    assert set(support["city"]) == set(CITIES)
    value = support.set_index(["city", "measure_order"])["value_as_printed"]
    assert value[("Suzhou", 1)] == "0.30" and value[("Shenzhen", 1)] == "0.86"
    assert value[("Shenzhen", 2)] == "1.01" and value[("Ningbo", 2)] == "0.40"
    assert value[("Wuxi", 3)] == "0.49"
    assert value[("Suzhou", 4)] == "0.0073" and value[("Ningbo", 4)] == "0.018" and value[("Shenzhen", 4)] == "0.037"
    assert support.set_index(["city", "measure_order"]).loc[("Wuxi", 4), "value"] == pytest.approx(0.0099)


def test_table3_shenzhen_highest_suzhou_lowest_and_discrepancy_recorded():
    support = load("chen2017_case_city_support")
    for _, block in support.groupby("measure"):
        ranked = block.sort_values("value")["city"].tolist()
        assert ranked[0] == "Suzhou" and ranked[-1] == "Shenzhen"
    for city in ("Suzhou", "Shenzhen"):
        assert support.loc[support["city"] == city, "notes"].str.contains("Discrepancy").all()


# ---------------------------------------------------------------- Table 4
ORDINAL = {"Low": 0, "Medium low": 1, "Medium": 2, "Medium high": 3, "Medium High": 3, "High": 4}


def _spearman(x, y):
    return x.rank().corr(y.rank())


def test_table4_sixteen_cities_as_printed():
    cities = load("chen2017_sixteen_cities").set_index("city")
    assert len(cities) == 16
    assert cities.index[0] == "Songyuan" and cities.index[-1] == "Taizhou"
    assert cities.loc["Lhasa", "province"] == "Tibet" and cities.loc["Chongqing", "province"] == ""
    assert tuple(cities.loc["Shanwei", ["fdi_gdp", "export_share_of_foreign_firms", "concentration_of_large_firms",
                                        "st_expense_share"]]) == ("High", "High", "High", "Low")
    maoming = cities.loc["Maoming", ["fdi_gdp", "export_share_of_foreign_firms", "concentration_of_large_firms"]]
    assert tuple(maoming) == (
        "Low", "Medium high", "Low")
    assert cities.loc["Deyang", "concentration_of_large_firms"] == "Medium High"
    assert cities.loc["Huzhou", "fdi_gdp"] == "High" and cities.loc["Huzhou", "st_expense_share"] == "High"
    assert cities.loc["Wuhan", "fdi_gdp_qualifier"] == "high" and cities.loc["Wenzhou", "fdi_gdp_qualifier"] == "low"


def test_table4_arranged_by_last_column_and_matches_prose():
    cities = load("chen2017_sixteen_cities").sort_values("rank")
    expense = cities["st_expense_share"].map(ORDINAL)
    assert expense.is_monotonic_increasing
    assert cities["st_expense_share"].value_counts().to_dict() == {"Medium": 11, "Low": 3, "High": 2}
    export = _spearman(cities["export_share_of_foreign_firms"].map(ORDINAL), expense)
    concentration = _spearman(cities["concentration_of_large_firms"].map(ORDINAL), expense)
    fdi = _spearman(cities["fdi_gdp"].map(ORDINAL), expense)
    assert export < -0.5 and concentration < -0.5  # "negatively associated"
    assert abs(fdi) < 0.3  # "no strong association"


def test_table4_stray_tokens_and_status():
    cities = load("chen2017_sixteen_cities").set_index("rank")
    # nine tokens on the FDI/GDP 'Medium' cells, eight placed on S&T cells, three S&T cells left open
    assert (cities["fdi_gdp_qualifier"] != "").sum() == 9
    assert (cities["st_expense_qualifier"] != "").sum() == 8
    ambiguous = cities.index[cities["assembly_status"] == "ambiguous"].tolist()
    assert ambiguous == [4, 7, 14]
    assert (cities.loc[ambiguous, "st_expense_qualifier"] == "").all()
    assert (cities.loc[ambiguous, "notes"].str.contains("ambiguous")).all()
    assert cities.loc[[2, 3, 15], "assembly_status"].eq("clear").all()
    medium_fdi = cities["fdi_gdp"] == "Medium"
    assert (cities.loc[medium_fdi, "fdi_gdp_qualifier_status"] == "inferred").all()
    assert (cities.loc[~medium_fdi, "fdi_gdp_qualifier"] == "").all()


# ---------------------------------------------------------------- Table 5
def test_table5_variables():
    variables = load("chen2017_variables").set_index("order")
    assert len(variables) == 13
    assert variables.loc[1, "role"] == "dependent"
    assert variables.loc[2, "variable"] == "Export share of foreign firms"
    assert variables.loc[2, "table6_variable"] == "FIE exporter overlap"
    assert variables.loc[10, "measurement"].startswith("92 cities located in Beijing")
    assert variables.loc[11, "measurement"] == "Budgetary revenue as a percentage of GDP"
    assert variables.loc[13, "variable"] == "FDI length"
    assert (variables["role"] == "independent").sum() == 2
    undetermined = variables[variables["data_source_status"] == "undetermined"]
    assert len(undetermined) == 11 and (undetermined["data_source"] == "").all()


def test_table5_labels_link_to_table6_and_table8():
    variables = load("chen2017_variables")
    coefficients = load("chen2017_table6_coefficients")
    vif = load("chen2017_vif")
    linked = set(variables["table6_variable"]) - {""}
    assert linked == set(coefficients["variable"])
    assert set(vif["variable"]) == linked - {"Length of FDI"}


# ---------------------------------------------------------------- Table 6
def test_table6_six_models_with_the_right_variables():
    coefficients = load("chen2017_table6_coefficients")
    per_model = coefficients.groupby("model")["variable"].apply(set).to_dict()
    assert sorted(per_model) == [1, 2, 3, 4, 5, 6]
    assert {m: len(v) for m, v in per_model.items()} == {1: 11, 2: 10, 3: 9, 4: 10, 5: 11, 6: 11}
    assert "FIE exporter overlap" not in per_model[2]
    assert not {"FIE exporter overlap", "Large FIE concentration"} & per_model[3]
    assert "East" not in per_model[4] and "East" not in per_model[5]
    assert [m for m, v in per_model.items() if "Length of FDI" in v] == [5]


def test_table6_selected_values():
    c = load("chen2017_table6_coefficients").set_index(["model", "variable"])
    assert c.loc[(1, "FIE exporter overlap"), "coefficient_as_printed"] == "0.414"
    assert c.loc[(1, "FIE exporter overlap"), "significance"] == "***"
    assert c.loc[(2, "Large FIE concentration"), "coefficient"] == pytest.approx(0.367)
    assert c.loc[(3, "FDI/GDP (%, log)"), "coefficient_as_printed"] == "0.000853"
    assert c.loc[(4, "Fiscal capacity (%)"), "significance"] == "*"
    assert c.loc[(5, "Length of FDI"), "coefficient_as_printed"] == "0.000565"
    assert c.loc[(5, "Length of FDI"), "standard_error_as_printed"] == "0.00354"
    assert c.loc[(6, "FIE exporter overlap"), "coefficient"] == pytest.approx(0.541)
    assert c.loc[(6, "Large FIE concentration"), "significance"] == "*"
    assert c.loc[(2, "East"), "coefficient_as_printed"] == "0.110" and c.loc[(2, "East"), "significance"] == ""
    assert c.loc[(1, "Export/GDP (log)"), "standard_error_as_printed"] == "0.0266"


@pytest.mark.parametrize("model, variable, printed, se, stars", [
    (1, "FIE exporter overlap", "0.414", "0.136", "***"),
    (1, "Large FIE concentration", "0.293", "0.142", "**"),
    (2, "Large FIE concentration", "0.367", "0.144", "**"),
    (4, "FIE exporter overlap", "0.277", "0.119", "**"),
    (4, "Large FIE concentration", "0.273", "0.112", "**"),
    (5, "FIE exporter overlap", "0.276", "0.117", "**"),
    (5, "Large FIE concentration", "0.274", "0.113", "**"),
    (6, "FIE exporter overlap", "0.541", "0.152", "***"),
    (6, "Large FIE concentration", "0.233", "0.129", "*"),
])
def test_table6_every_coalition_coefficient_as_printed(model, variable, printed, se, stars):
    c = load("chen2017_table6_coefficients").set_index(["model", "variable"])
    row = c.loc[(model, variable)]
    as_printed = (row["coefficient_as_printed"], row["standard_error_as_printed"], row["significance"])
    assert as_printed == (printed, se, stars)
    assert row["coefficient_signed"] == -float(printed)


def test_table6_fdi_dependence_in_every_model():
    c = load("chen2017_table6_coefficients").set_index(["model", "variable"])
    fdi = c.xs("FDI/GDP (%, log)", level="variable")
    assert fdi["coefficient_as_printed"].to_dict() == {1: "0.0188", 2: "0.00558", 3: "0.000853", 4: "0.0244",
                                                        5: "0.0238", 6: "0.0752"}
    assert (fdi.loc[[1, 2, 3, 4, 5], "significance"] == "").all() and fdi.loc[6, "significance"] == "**"


def test_table6_independent_variables_inferred_negative():
    c = load("chen2017_table6_coefficients")
    independent = c["variable"].isin(["FIE exporter overlap", "Large FIE concentration"])
    assert len(c[independent]) == 9  # both in models 1, 4, 5, 6; Large FIE concentration alone in model 2
    assert (c.loc[independent, "sign_status"] == "inferred_negative").all()
    assert (c.loc[independent, "coefficient_signed"] < 0).all()
    assert (c.loc[independent, "coefficient_signed"] == -c.loc[independent, "coefficient"]).all()
    assert c.loc[~independent, "coefficient_signed"].isna().all()
    assert (c.loc[~independent, "sign_status"] == "as_printed").all()


def test_table6_stars_agree_with_coefficient_over_se():
    """Normal critical values; every printed star count matches |b/se|, which confirms the re-assembled pairing."""
    c = load("chen2017_table6_coefficients")
    for _, row in c.iterrows():
        t = row["coefficient"] / row["standard_error"]
        expected = "***" if t > 2.576 else "**" if t > 1.96 else "*" if t > 1.645 else ""
        assert row["significance"] == expected, (row["model"], row["variable"], t)


def test_table6_model_facts():
    models = load("chen2017_table6_models").set_index("model")
    assert models["observations"].to_dict() == {1: 244, 2: 244, 3: 275, 4: 244, 5: 244, 6: 243}
    assert models["r_squared"].to_dict() == {1: 0.689, 2: 0.674, 3: 0.675, 4: 0.603, 5: 0.603, 6: 0.684}
    assert models.loc[4, "number_of_provinces"] == 31 and models.loc[5, "number_of_provinces"] == 31
    assert models.loc[[1, 2, 3, 6], "number_of_provinces"].isna().all()
    assert models["constant_as_printed"].to_dict() == {1: "11.72", 2: "11.88", 3: "11.04", 4: "11.57", 5: "11.56",
                                                       6: "9.878"}
    assert models.loc[5, "constant_standard_error_as_printed"] == "0.750"
    assert models.loc[6, "predictor_period"] == "2001–2005"
    assert (models.loc[[1, 2, 3, 4, 5], "predictor_period"] == "2007–2010").all()
    assert models["se_type"].to_dict() == {1: "robust", 2: "robust", 3: "robust", 4: "clustered", 5: "clustered",
                                           6: "robust"}
    assert models["provincial_fixed_effects"].tolist() == [False, False, False, True, True, False]
    assert (models["constant_sign_status"] == "unknown").all()
    # model 3 drops a regressor from model 2 over the same years: its sample cannot be smaller than model 2's
    assert models.loc[3, "observations"] >= models.loc[2, "observations"]
    assert "275" in models.loc[3, "notes"]


def test_table6_models_and_coefficients_agree():
    models = load("chen2017_table6_models").set_index("model")
    c = load("chen2017_table6_coefficients")
    for m, block in c.groupby("model"):
        assert set(block["predictor_period"]) == {models.loc[m, "predictor_period"]}
        assert set(block["se_type"]) == {models.loc[m, "se_type"]}
        assert ("East" in set(block["variable"])) != models.loc[m, "provincial_fixed_effects"]


# ---------------------------------------------------------------- Table 7
def test_table7_interviews():
    interviews = load("chen2017_interviews").set_index("code")
    assert len(interviews) == 28 and interviews.index.is_unique
    assert interviews.index[0] == "BJ002" and interviews.index[-1] == "ZJ055"
    assert interviews.index.str[:2].value_counts().to_dict() == {"JS": 14, "ZJ": 6, "GD": 3, "BJ": 2, "SD": 2, "SH": 1}
    assert tuple(interviews.loc["BJ004", ["location", "year"]]) == ("Beijing", 2013)
    assert tuple(interviews.loc["GD029", ["location", "year"]]) == ("Guangdong", 2014)
    assert tuple(interviews.loc["JS043", ["location", "year"]]) == ("Jiangsu (b)", 2008)
    assert tuple(interviews.loc["JS013", ["location", "year"]]) == ("Jiangsu (b)", 2009)
    assert tuple(interviews.loc["SH001", ["location", "year"]]) == ("Shanghai", 2014)
    assert interviews.loc["JS089", "location"] == "Jiangsu (a)"
    assert interviews.loc["BJ002", "interviewee"] == "Scholar, Peking University"
    assert interviews.loc["JS043", "interviewee"] == (
        "Vice Director, Division of Foreign Investment, Foreign Economic and Trade Bureau")
    assert interviews.loc["ZJ033", "interviewee"].startswith("Group of officials, the Bureau of Science and Technology")
    assert interviews.loc["ZJ033", "interviewee"].endswith("the Foreign Economic and Trade Bureau")
    assert interviews.loc["ZJ055", "interviewee"] == (
        "Vice Director, Coordination Division, Economic and Information Committee")
    assert interviews["year"].value_counts().to_dict() == {2010: 20, 2009: 3, 2008: 2, 2014: 2, 2013: 1}
    assert interviews.loc["ZJ033", "cited_in_notes"] == "34; 43; 44; 46"
    assert "ZJ023" in interviews.loc["ZJ024", "notes"]


def test_table7_codes_of_notes_26_28_45_as_printed():
    # Notes 26 and 28 (§5, Shenzhen passages) and 45 (§6, Ningbo's high-tech zone) cite these codes.
    text = raw_text("chen_2017")
    assert "26. Interview ZJ002." in text
    assert "28. Interview ZJ013; ZJ024." in text
    assert "45. Interviews ZJ023, ZJ024." in text
    assert "a bureaucrat from the Shenzhen Bureau of Science and Technology remarked" in text
    assert "In Shenzhen, the battle was mostly fought between the BST and the HTDZ Committee" in text
    table7 = text[text.index("Table 7. List of interviews cited in the text"):text.index("Table 8. Variance")]
    assert "ZJ024" in table7 and "ZJ023" not in table7 and "JS023" in table7
    interviews = load("chen2017_interviews").set_index("code")
    assert "ZJ023" not in interviews.index
    for code, note in (("ZJ002", "26"), ("ZJ013", "28"), ("ZJ024", "28"), ("ZJ024", "45")):
        assert note in interviews.loc[code, "cited_in_notes"].split("; "), (code, note)
        assert interviews.loc[code, "location"] == "Zhejiang"  # Shenzhen is in Guangdong (§3)
    assert interviews.loc["ZJ002", "interviewee"] == "Official, Economic and Information Committee"
    assert interviews.loc["GD003", "cited_in_notes"].split("; ")[0] == "27"  # the next Shenzhen note: Guangdong


def test_table4_cities_off_the_three_main_export_levels():
    # Typed from Table 4: the only rows whose export share is 'Medium high' or 'Medium low'.
    cities = load("chen2017_sixteen_cities").set_index("city")
    between = cities[cities["export_share_of_foreign_firms"].isin(["Medium high", "Medium low"])]
    assert sorted(between.index) == ["Chongqing", "Maoming", "Wuhan"]
    assert tuple(cities.loc["Wuhan", ["province", "fdi_gdp", "export_share_of_foreign_firms",
                                      "concentration_of_large_firms", "st_expense_share"]]) == (
        "Hubei", "Medium", "Medium high", "High", "Medium")
    assert tuple(cities.loc["Chongqing", ["fdi_gdp", "export_share_of_foreign_firms",
                                          "concentration_of_large_firms", "st_expense_share"]]) == (
        "High", "Medium low", "High", "Medium")
    assert cities.loc["Maoming", "province"] == "Guangdong"
    assert (between["source"] == "chen_2017").all() and between["locator"].str.contains("Table 4").all()


# ---------------------------------------------------------------- Table 8
def test_table8_vif_times_inverse_is_one_within_rounding():
    vif = load("chen2017_vif")
    assert len(vif) == 11
    for _, row in vif.iterrows():
        a, b = row["vif"], row["inverse_vif"]
        half_a = 0.5 * 10 ** -len(row["vif_as_printed"].split(".")[1])
        half_b = 0.5 * 10 ** -len(row["inverse_vif_as_printed"].split(".")[1])
        worst = (a + half_a) * (b + half_b) - a * b
        assert math.isclose(a * b, 1, abs_tol=worst + 1e-9), row["variable"]
    v = vif.set_index("variable")
    assert v.loc["Budgetary revenue (log)", "vif_as_printed"] == "3.32"
    assert v.loc["Ethnic Chinese firms", "vif_as_printed"] == "1.2"
    assert v.loc["East", "inverse_vif_as_printed"] == "0.53"
    assert v.loc["FIE exporter overlap", "inverse_vif"] == pytest.approx(0.618)
    basic = load("chen2017_table6_coefficients").query("model == 1")
    assert set(vif["variable"]) == set(basic["variable"])


# ---------------------------------------------------------------- case-city facts
def test_case_cities_interview_counts_sum_to_118():
    facts = load("chen2017_case_cities")
    interviewed = facts[facts["indicator"] == "officials_interviewed"].set_index("city")["value"]
    assert interviewed[CITIES].to_dict() == {"Suzhou": 29, "Wuxi": 32, "Ningbo": 36, "Shenzhen": 21}
    assert interviewed[CITIES].sum() == 118 == interviewed["all four"]


def test_case_cities_context():
    facts = load("chen2017_case_cities").set_index(["city", "indicator"])
    assert {c: facts.loc[(c, "first_fdi_year"), "value"] for c in CITIES} == {
        "Suzhou": 1985, "Wuxi": 1981, "Ningbo": 1980, "Shenzhen": 1980}
    assert facts.loc[("Suzhou", "foreign_firm_export_share"), "value_text"] == "about 75%"
    assert facts.loc[("Suzhou", "foreign_firm_export_share"), "period"] == "2001–2005"
    assert facts.loc[("Ningbo", "foreign_firm_export_share"), "value"] == 28
    assert facts.loc[("Shenzhen", "foreign_firm_export_share"), "value"] == 40
    assert facts.loc[("Shenzhen", "foreign_firm_export_share"), "period"] == "by 2005"
    assert tuple(facts.loc[("all four", "fdi_share_of_gdp"), ["value_min", "value_max"]]) == (7, 9)
    assert tuple(facts.loc[("all four", "population"), ["value_min", "value_max"]]) == (7, 10)
    assert tuple(facts.loc[("all four", "gdp_per_capita"), ["value_min", "value_max"]]) == (40, 50)
    assert facts.loc[("all four", "interview_length"), "value"] == 1.5


# ---------------------------------------------------------------- Figures 4 and 5 (prose)
def test_interview_results():
    results = load("chen2017_interview_results")
    fig4 = results[results["figure"] == "Figure 4"].set_index(["city", "answer"])["share_percent"]
    one, both = "One type (mostly foreign or mostly domestic)", "Both/Cannot distinguish"
    assert fig4[("Suzhou", one)] == 93 and fig4[("Suzhou", both)] == 7
    assert fig4[("Wuxi", one)] == 87 and fig4[("Wuxi", both)] == 13
    assert fig4[("Ningbo", both)] == 64 and fig4[("Shenzhen", both)] == 71
    for city in ("Suzhou", "Wuxi"):
        assert fig4[city].sum() == 100
    fig5 = results[results["figure"] == "Figure 5"].set_index("city")
    assert fig5["share_percent"].isna().all()
    assert fig5.loc["Suzhou", "answer"] == fig5.loc["Wuxi", "answer"] == "International commerce departments"
    assert fig5.loc["Ningbo", "answer"] == fig5.loc["Shenzhen", "answer"] == "Domestic technology departments"


# ---------------------------------------------------------------- other facts
def test_facts():
    facts = load("chen2017_facts")
    assert facts["fact_id"].is_unique

    def one(text):
        match = facts[facts["statement"].str.contains(text, regex=False)]
        assert len(match) == 1, text
        return match.iloc[0]

    assert one("Income tax rate for foreign firms before 2007")["value"] == 15
    assert one("Income tax rate for domestic firms before 2007")["value"] == 33
    assert one("Income tax rate for both domestic and foreign firms")["value"] == 25
    beijing = facts[facts["statement"].str.startswith("Beijing")].set_index("year_or_period")["value"]
    assert beijing.to_dict() == {"2001–2006": 0.24, "2007": 0.96}
    coast = facts[facts["statement"].str.contains("eastern coast")]
    assert coast.set_index("value_text")["value"].get("63%") == 63
    assert coast.set_index("value_text")["value_min"].get("more than 60%") == 60
    assert one("Large firms")["value"] == 300 and one("Large firms")["unit"] == "million yuan"
    assert one("Shenzhen government pledged")["value"] == 345
    assert one("Number of R&D teams")["value"] == 12
    patents = one("Authorized invention patents in Ningbo")
    assert patents["value_min"] == 10000 and patents["year_or_period"] == "2010"
    high_tech = facts.loc[facts["topic"] == "high_tech_output", ["statement", "value"]]
    shares = {s.split("'")[0]: v for s, v in high_tech.values}
    assert shares == {"Wuxi": 15.2, "Suzhou": 36.9, "Nanjing": 17.8}
    assert one("Longnan")["value"] == 2007
    assert one("basic regression")["value"] == 244
    assert one("East coast = 1")["value"] == 92


def test_every_row_cites_chen_2017():
    for name in ("chen2017_case_design", "chen2017_policy_paradigms", "chen2017_case_city_support",
                 "chen2017_sixteen_cities",
                 "chen2017_variables", "chen2017_table6_coefficients", "chen2017_table6_models", "chen2017_interviews",
                 "chen2017_vif", "chen2017_case_cities", "chen2017_interview_results", "chen2017_facts"):
        frame = load(name)
        assert (frame["source"] == "chen_2017").all() and (frame["locator"] != "").all(), name
