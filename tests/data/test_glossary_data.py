"""The glossary and the bibliography (back matter), re-checked against the five source texts."""

from source_texts import FILES, lowered_texts, printed

from tools import ROOT
from widgets.data import load

FIVE_KEYS = set(FILES)


def test_glossary_term_ids_unique_and_source_keys_valid():
    g = load("glossary")
    assert g["term_id"].is_unique
    for column in ("sources_using", "concept_in_english_in", "source"):
        for value in g[column]:
            keys = [k for k in value.split(";") if k]
            assert set(keys) <= FIVE_KEYS, (column, value)
    assert all(g["sources_using"] != "")


def test_every_glossary_term_is_printed_in_each_source_it_lists():
    texts = lowered_texts()
    for row in load("glossary").itertuples():
        for key in row.sources_using.split(";"):
            assert printed(row.pinyin, texts[key]), f"{row.term_id}: '{row.pinyin}' not printed in {key}"


def test_glossary_covers_the_course_vocabulary():
    printed = set(load("glossary")["pinyin"].str.lower())
    expected = {
        "chuangxin", "shidian", "yali", "kongjian", "jingshen", "jizhi", "cuoshi", "fangfa", "jishu", "tansuo",
        "jingyan", "moshi", "tizhi", "tizhi gaige", "yin di zhi yi", "yi dao qie", "weiguan chuangxin",
        "ren zou zheng xi", "zhiduhua", "kaocha", "luoshixing chuangxin", "xuexixing chuangxin", "tuiguangxing",
        "shi cuo", "hexie shehui", "kexue fazhan guan", "renke", "lingdao", "gongji fang", "fengxiangbiao",
        "fuwuxing zhengfu", "cong dian dao mian", "shang you zhengce xia you duice", "xitong", "tiao", "kuai",
        "lingdao banzi", "bu men liyi", "shiquan", "diduan", "gaoduan", "hukou", "gong fei yi liao",
        "sheng guan xian", "qiang xian kuo quan", "kuo quan qiang xian", "zhengfu chuangxin",
        "difang zhengfu chuangxin", "gaige", "jiefang sixiang", "shehui guanli", "dang nei minzhu",
        "ershi ge mubiao", "jiazhi linian", "ke caozuo de", "fangxiang", "kouhaohua", "xingshihua", "penjinghua",
        "leijixing de guocheng", "tizhixing xuexi", "zizhuxing xuexi", "wuyishi xuexi", "qunzhong jiji yonghu",
        "liyong waizi hui fan bei waizi liyong", "shengtai", "gaige silu", "gaige jingyan",
    }
    assert expected <= printed, sorted(expected - printed)


def test_glossary_characters_and_glosses():
    g = load("glossary").set_index("term_id")
    assert (g.loc["shidian", "characters"], g.loc["shidian", "pinyin_tones"]) == ("试点", "shìdiǎn")
    assert g.loc["yin_di_zhi_yi", "characters"] == "因地制宜"
    assert g.loc["tiao", "english"] == "vertical lines" and g.loc["kuai", "english"] == "horizontal piece"
    assert g.loc["hukou", "english"] == "household registration" and g.loc["hukou", "sources_using"] == "zhu_xiao_2015"
    assert g.loc["gong_fei_yi_liao", "english"] == "Free Medical Service"
    assert g.loc["bu_men_liyi", "sources_using"] == "chen_2017"
    assert g.loc["penjinghua", "english"] == "showcase Potemkin-type initiatives"
    # characters are given only where certain; uncertain rows explain why in notes
    for row in g.itertuples():
        if row.characters_status == "uncertain":
            assert row.characters == "" and row.notes, row.Index
        else:
            assert row.characters and row.pinyin_tones, row.Index
    assert g.loc["shiquan", "characters_status"] == "uncertain"
    assert g.loc["luoshixing_chuangxin", "characters_status"] == "uncertain"


# --- references.bib ------------------------------------------------------------------------------

def test_bibliography_parses_and_has_the_five_documents():
    import pybtex.database

    bib = pybtex.database.parse_file(str(ROOT / "references.bib"))
    assert FIVE_KEYS <= set(bib.entries)
    assert bib.entries["husain_2015"].type == "techreport"
    assert bib.entries["husain_2015"].fields["number"] == "85"
    assert bib.entries["zhu_xiao_2015"].fields["doi"] == "10.1186/s40711-015-0012-z"
    assert bib.entries["chen_2017"].fields["pages"] == "381--399"
    for key in ("heilmann2008a", "heilmann2008b", "heilmann2009", "heilmann_perry2011", "yang2008a", "yang2011",
                "chen_yang2009", "chen_huang2010", "wu_etal2007", "he2011", "yu2005", "yu2008a", "bao_sun2011",
                "marsh_evans2012", "kingdon1984", "north2005", "chung2000", "gao2008", "heberer_schubert2012",
                "rong1998", "mao1956", "he_thogersen2010", "heberer_trappel2013", "shirk1993",
                "lieberthal_oksenberg1988", "li_zhou2005", "landry2008", "kingdon1995"):
        assert key in bib.entries, key
    assert bib.entries["heberer_trappel2013"].fields["pages"] == "1048--1066"
    # works known only by author and year carry no invented title
    assert "title" not in bib.entries["heilmann2008a"].fields
