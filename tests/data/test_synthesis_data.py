"""Chapter 6 data: frameworks_comparison and synthesis_vignettes, re-checked against the sources.

Expected values below were typed from the source documents. Anchor phrases are checked against the
extracted source texts (tests/data/source_texts.py); the texts are compared after
Unicode NFKC normalisation (which undoes the 'fi'/'ffi' ligatures of Chen's text), straightened
quotation marks and collapsed whitespace.
"""
import re
import unicodedata

import pytest
from source_texts import FILES, raw_text

from widgets.data import load

FRAMEWORKS = ["heilmann", "husain", "almen", "zhu_xiao", "chen", "he"]
DIMENSIONS = ["innovator", "motive", "mechanism_of_spread", "why_innovations_die_or_last", "evidence", "method",
              "level_of_government", "policy_area"]
OWN_SOURCE = {"heilmann": "husain_2015", "husain": "husain_2015", "almen": "almen_2013",
              "zhu_xiao": "zhu_xiao_2015", "chen": "chen_2017", "he": "he_grf"}


def _norm(text: str) -> str:
    text = unicodedata.normalize("NFKC", text)
    for a, b in (("’", "'"), ("‘", "'"), ("“", '"'), ("”", '"')):
        text = text.replace(a, b)
    return re.sub(r"\s+", " ", text).strip().lower()


def _source(key: str) -> str:
    return _norm(raw_text(key))


@pytest.fixture(scope="module")
def comparison():
    return load("frameworks_comparison")


@pytest.fixture(scope="module")
def vignettes():
    return load("synthesis_vignettes")


# --- frameworks_comparison ---------------------------------------------------------------------------

def test_every_framework_has_every_dimension_once(comparison):
    assert sorted(comparison["framework_id"].unique()) == sorted(FRAMEWORKS)
    assert len(comparison) == len(FRAMEWORKS) * len(DIMENSIONS) == 48
    cells = set(zip(comparison["framework_id"], comparison["dimension"]))
    assert cells == {(f, d) for f in FRAMEWORKS for d in DIMENSIONS}


def test_every_row_has_source_locator_and_a_value(comparison):
    for column in ("source", "locator", "value", "anchor"):
        assert (comparison[column].str.strip() != "").all(), column


def test_each_framework_cites_its_own_document(comparison):
    # Heilmann's rows cite Husain, who presents him.
    for framework, source in OWN_SOURCE.items():
        assert set(comparison.loc[comparison["framework_id"] == framework, "source"]) == {source}, framework


def test_orders_and_labels_are_consistent(comparison):
    assert comparison.groupby("framework_id")["framework_order"].nunique().eq(1).all()
    assert comparison.groupby("dimension")["dimension_label"].nunique().eq(1).all()
    order = comparison.drop_duplicates("dimension").sort_values("dimension_order")["dimension"].tolist()
    assert order == DIMENSIONS


def test_only_the_two_coded_dimensions_carry_codes(comparison):
    coded = comparison[comparison["codes"] != ""]
    assert set(coded["dimension"]) == {"innovator", "level_of_government"}
    assert len(coded) == 12


def test_every_anchor_is_verbatim_in_its_source(comparison):
    texts = {key: _source(key) for key in FILES}
    missing = [(r.framework_id, r.dimension, r.anchor) for r in comparison.itertuples()
               if _norm(r.anchor) not in texts[r.source]]
    assert not missing, missing


def test_hand_checked_values(comparison):
    cell = comparison.set_index(["framework_id", "dimension"])
    # Heilmann as Husain presents him: 'point to surface' in §4.6; approval of pilots moved to provinces.
    assert "§4.6" in cell.loc[("heilmann", "mechanism_of_spread"), "locator"]
    assert "provincial offices" in cell.loc[("heilmann", "level_of_government"), "value"]
    # Husain §3.6.2: almost 75 per cent solve work problems; around 20 per cent implement central policy.
    assert "almost 75 per cent" in cell.loc[("husain", "motive"), "value"]
    assert "around 20 per cent" in cell.loc[("husain", "motive"), "value"]
    # Husain §3.6.1: county and city about 90 per cent of LGIPP applications.
    assert "90 per cent" in cell.loc[("husain", "level_of_government"), "value"]
    # Chen §3: interviews averaging 1.5 h; 29 + 32 + 36 + 21 = 118 officials; Table 6: 244 cities.
    assert "118" in cell.loc[("chen", "evidence"), "value"]
    assert "29 + 32 + 36 + 21" in cell.loc[("chen", "evidence"), "notes"]
    assert "244" in cell.loc[("chen", "method"), "value"]
    # Almén para. 2: electoral experiments ended in 2006; Wenling endorsed in 2012.
    assert "2006" in cell.loc[("almen", "why_innovations_die_or_last"), "value"]
    assert "2012" in cell.loc[("almen", "mechanism_of_spread"), "value"]
    # He para. 5: Zhejiang and Hubei; 'compound' not explained.
    assert "Zhejiang and Hubei" in cell.loc[("he", "evidence"), "value"]
    assert "does not explain what 'compound' means" in cell.loc[("he", "method"), "notes"]


# --- synthesis_vignettes ------------------------------------------------------------------------------

def test_vignettes_count_and_frameworks_exist_in_the_comparison(vignettes, comparison):
    assert 6 <= len(vignettes) <= 8
    known = set(comparison["framework_id"])
    assert set(vignettes["framework_id"]) <= known
    for also in vignettes["also_fits"]:
        assert set(filter(None, also.split(";"))) <= known
    assert not any(f in a.split(";") for f, a in zip(vignettes["framework_id"], vignettes["also_fits"]))


def test_every_vignette_has_provenance_and_two_or_three_sentences(vignettes):
    for row in vignettes.itertuples():
        assert row.source.strip() and row.locator.strip(), row.vignette_id
        sentences = [s for s in re.split(r"(?<!\bMr\.)(?<!\bMs\.)(?<=[.!?])\s+(?=[A-Z])", row.vignette) if s]
        assert 2 <= len(sentences) <= 3, (row.vignette_id, len(sentences))


def test_every_key_phrase_is_verbatim_in_its_source(vignettes):
    missing = [(r.vignette_id, r.key_phrase) for r in vignettes.itertuples()
               if _norm(r.key_phrase) not in _source(r.source)]
    assert not missing, missing


def test_hand_checked_vignettes(vignettes):
    v = vignettes.set_index("vignette_id")
    # Zhu & Xiao Table 2: social medical aid at the base, supplementary insurance on top.
    assert v.loc["v1_pizza", "framework_id"] == "zhu_xiao" and "social medical aid" in v.loc["v1_pizza", "vignette"]
    # Chen §5: 'national brand' barred in Suzhou's ETDZ (note 24); about 75% of exports by foreign firms.
    assert v.loc["v2_suzhou_words", "source"] == "chen_2017" and "note 24" in v.loc["v2_suzhou_words", "locator"]
    assert "75 per cent" in v.loc["v2_suzhou_words", "explanation"]
    # Almén para. 2: Wenling endorsed by the 18th Party Congress report in 2012.
    assert v.loc["v3_wenling", "framework_id"] == "almen" and "2012" in v.loc["v3_wenling", "vignette"]
    # Husain §3.6.3: 58, 13, 7, 6 and 1 per cent.
    for share in ("58 per cent", "13 per cent", "7 per cent", "6 per cent", "1 per cent"):
        assert share in v.loc["v7_lgipp_leaders", "vignette"]
    # Chen §5, note 29: Ningbo the fourth city to pass an innovation act; 28% of exports by 2005.
    assert "fourth" in v.loc["v8_ningbo_rivals", "vignette"] and "28 per cent" in v.loc["v8_ningbo_rivals", "vignette"]
    assert v.loc["v4_point_to_surface", "framework_id"] == "heilmann"
    assert v.loc["v6_county_insurance", "framework_id"] == "husain"
