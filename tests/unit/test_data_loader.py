"""The loader names the file, row and column of every problem."""
import shutil

import pytest

from widgets import data
from widgets.errors import DataValidationError

NAME = "chen2017_cadre_formula"


def copy_of(tmp_path):
    target = tmp_path / "copy.csv"
    shutil.copy(data.DATA_DIR / data.resource_descriptor(NAME)["path"], target)
    return target


def test_loads_with_schema_types():
    frame = data.load(NAME)
    assert frame["value"].dtype == "float64"
    assert list(frame.columns)[-3:] == ["source", "locator", "notes"]


def test_missing_file_is_named(tmp_path):
    with pytest.raises(DataValidationError, match=r"nope\.csv: file not found"):
        data.load(NAME, tmp_path / "nope.csv")


def test_unknown_dataset_lists_the_known_ones():
    with pytest.raises(DataValidationError, match="no dataset named 'nope'.*chen2017_cadre_targets"):
        data.load("nope")


def test_malformed_value_names_file_row_and_column(tmp_path):
    path = copy_of(tmp_path)
    path.write_text(path.read_text().replace("floor_points,60,", "floor_points,sixty,"))
    with pytest.raises(DataValidationError) as err:
        data.load(NAME, path)
    message = str(err.value)
    assert "copy.csv" in message and "row 3" in message and "column 'value'" in message and "'sixty'" in message


def test_bad_header_is_reported(tmp_path):
    path = copy_of(tmp_path)
    lines = path.read_text().splitlines()
    lines[0] = lines[0].replace("meaning", "meening")
    path.write_text("\n".join(lines) + "\n")
    with pytest.raises(DataValidationError, match="meening|meaning"):
        data.load(NAME, path)


def test_missing_provenance_is_reported(tmp_path):
    path = copy_of(tmp_path)
    path.write_text(path.read_text().replace(',chen_2017,"Table 9, formula line"', ',,"Table 9, formula line"', 1))
    with pytest.raises(DataValidationError, match="column 'source'"):
        data.load(NAME, path)


def test_one_citation_form_for_each_source():
    from widgets.data import SOURCE_LABELS, SOURCES, cite

    assert cite("husain_2015", "§3.4") == "Husain 2015, §3.4"
    assert cite("he_grf") == "He n.d."
    assert SOURCE_LABELS["almen_2013"] == "Almén (2013)"
    assert cite("yang2008a", "p. 2") == "yang2008a, p. 2"  # not a source document: shown as given
    from tools import ROOT

    bib = (ROOT / "references.bib").read_text(encoding="utf-8")
    assert all(f"{{{key}," in bib for key in SOURCES), "every source key is a references.bib key"
