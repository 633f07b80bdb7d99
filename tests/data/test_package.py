"""Rules every dataset follows (data/README.md): registered, valid, documented, used, provenanced."""
import json
import re

import pytest

from tools import ROOT
from widgets import data

NAMES = data.dataset_names()
README = (data.DATA_DIR / "README.md").read_text(encoding="utf-8")


def test_every_csv_in_data_is_a_registered_resource():
    on_disk = {p.name for p in data.DATA_DIR.glob("*.csv")}
    registered = {data.resource_descriptor(n)["path"] for n in NAMES}
    assert on_disk == registered, f"unregistered: {on_disk - registered}; missing files: {registered - on_disk}"


def test_package_descriptor_is_valid_frictionless():
    from frictionless import Package

    report = Package(str(data.PACKAGE_FILE)).validate()
    assert report.valid, report.flatten(["rowNumber", "fieldName", "type", "note"])[:10]


@pytest.mark.parametrize("name", NAMES)
def test_resource_loads_and_matches_its_schema(name):
    frame = data.load(name)
    assert len(frame) > 0


@pytest.mark.parametrize("name", NAMES)
def test_resource_has_descriptive_metadata(name):
    descriptor = data.resource_descriptor(name)
    for key in ("title", "description", "sources", "limitations", "schema"):
        assert descriptor.get(key), f"{name}: '{key}' is missing from datapackage.json"
    for field in data.schema(name)["fields"]:
        assert field.get("description"), f"{name}.{field['name']} has no description"


@pytest.mark.parametrize("name", NAMES)
def test_every_row_has_provenance(name):
    fields = [f["name"] for f in data.schema(name)["fields"]]
    assert fields[-3:] == list(data.PROVENANCE_FIELDS), f"{name}: provenance columns must come last"
    source = next(f for f in data.schema(name)["fields"] if f["name"] == "source")
    assert set(source["constraints"]["enum"]) <= set(data.SOURCE_KEYS)
    frame = data.load(name)
    for column in ("source", "locator"):
        empty = frame.index[frame[column].str.strip() == ""].tolist()
        assert not empty, f"{name}: rows {[i + 2 for i in empty]} have no {column}"


@pytest.mark.parametrize("name", NAMES)
def test_resource_is_documented_in_the_readme(name):
    assert re.search(rf"^### `{re.escape(name)}`", README, re.M), f"data/README.md has no section for {name}"


def _users():
    texts = {}
    # What readers see: lessons, back matter and the course package. Tests do not count: a dataset
    # only a test reads is an orphan.
    for pattern in ("chapters/**/*.ipynb", "chapters/**/*.md", "backmatter/**/*.md", "backmatter/**/*.ipynb",
                    "widgets/**/*.py"):
        for path in ROOT.glob(pattern):
            text = path.read_text(encoding="utf-8")
            if path.suffix == ".ipynb":
                text = "\n".join("".join(c["source"]) for c in json.loads(text)["cells"])
            texts[str(path.relative_to(ROOT))] = text
    return texts


@pytest.mark.parametrize("name", NAMES)
def test_resource_is_used_by_a_lesson_or_the_course_package(name):
    users = [p for p, text in _users().items() if re.search(rf"['\"]{re.escape(name)}['\"]", text)]
    assert users, f"{name} is not loaded by any lesson, back-matter page or course module"


def test_bibliography_has_the_five_source_documents():
    text = (ROOT / "references.bib").read_text(encoding="utf-8")
    for key in data.SOURCE_KEYS:
        assert re.search(rf"@\w+\{{{key},", text), key
