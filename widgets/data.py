"""The one way the course reads its data: ``load(name)``.

Every dataset is a resource of the Frictionless data package in ``data/`` (in an installed
package, its copy ``widgets/course_data``). Loading
validates the file against its schema first, so a malformed file fails with the
file, row and column named instead of producing a silently wrong table.
"""
from __future__ import annotations

import json
from functools import lru_cache
from pathlib import Path

import pandas as pd

from widgets.errors import DataValidationError

# An installed wheel carries the data package as widgets/course_data (pyproject.toml maps it from
# data/); a clone or an editable install reads the repository's data/ folder itself.
_PACKAGED = Path(__file__).resolve().parent / "course_data"
_REPOSITORY = Path(__file__).resolve().parents[1] / "data"
DATA_DIR = _PACKAGED if (_PACKAGED / "datapackage.json").is_file() else _REPOSITORY
PACKAGE_FILE = DATA_DIR / "datapackage.json"
SOURCE_KEYS = ("he_grf", "zhu_xiao_2015", "husain_2015", "almen_2013", "chen_2017")
PROVENANCE_FIELDS = ("source", "locator", "notes")
# The five source documents: the key every data row's ``source`` uses (and references.bib) -> author, year.
SOURCES = {"he_grf": ("He", "n.d."), "zhu_xiao_2015": ("Zhu & Xiao", "2015"), "husain_2015": ("Husain", "2015"),
           "almen_2013": ("Almén", "2013"), "chen_2017": ("Chen", "2017")}
# As a sentence names them: "Husain (2015)".
SOURCE_LABELS = {key: f"{author} ({year})" for key, (author, year) in SOURCES.items()}


def cite(source: str, locator: str = "") -> str:
    """A source and place as a parenthesis cites them: ``cite("husain_2015", "§3.4")`` -> "Husain 2015, §3.4".
    Keys that are not one of the five sources are shown as given."""
    author, year = SOURCES.get(source, (source, ""))
    name = f"{author} {year}".strip()
    return f"{name}, {locator}" if locator else name

_PANDAS_TYPES = {"integer": "Int64", "year": "Int64", "number": "float64"}


@lru_cache(maxsize=1)
def package_descriptor() -> dict:
    """The parsed ``datapackage.json``."""
    return json.loads(PACKAGE_FILE.read_text(encoding="utf-8"))


def dataset_names() -> list[str]:
    return [r["name"] for r in package_descriptor()["resources"]]


def resource_descriptor(name: str) -> dict:
    for resource in package_descriptor()["resources"]:
        if resource["name"] == name:
            return resource
    raise DataValidationError(
        f"no dataset named {name!r} in {PACKAGE_FILE.name}; known datasets: {', '.join(dataset_names())}")


def schema(name: str) -> dict:
    descriptor = resource_descriptor(name)
    spec = descriptor["schema"]
    return json.loads((DATA_DIR / spec).read_text(encoding="utf-8")) if isinstance(spec, str) else spec


def validate(name: str, path: Path | None = None) -> None:
    """Raise DataValidationError naming file, row and column for every problem in a resource."""
    from frictionless import Resource, Schema  # heavy import: only when validating

    descriptor = resource_descriptor(name)
    path = Path(path) if path is not None else DATA_DIR / descriptor["path"]
    if not path.is_file():
        raise DataValidationError(f"{_show(path)}: file not found (dataset {name!r} in {PACKAGE_FILE.name})")
    resource = Resource(path=path.name, basepath=str(path.parent), schema=Schema.from_descriptor(schema(name)),
                        format="csv", encoding="utf-8")
    report = resource.validate()
    if report.valid:
        return
    problems = []
    for task in report.tasks:
        for error in task.errors:
            row = getattr(error, "row_number", None)
            column = getattr(error, "field_name", None)
            where = ", ".join(p for p in (f"row {row}" if row else "", f"column {column!r}" if column else "") if p)
            cell = getattr(error, "cell", None)
            got = f" (found {cell!r})" if cell not in (None, "") else ""
            problems.append(f"{_show(path)}{': ' + where if where else ''}: {error.title}: {error.note}{got}")
    more = f"\n… and {len(problems) - 20} more" if len(problems) > 20 else ""
    raise DataValidationError("\n".join(problems[:20]) + more)


def load(name: str, path: Path | None = None) -> pd.DataFrame:
    """Validate and load one dataset as a DataFrame with the schema's column types."""
    validate(name, path)
    descriptor = resource_descriptor(name)
    path = Path(path) if path is not None else DATA_DIR / descriptor["path"]
    fields = schema(name)["fields"]
    frame = pd.read_csv(path, dtype=str, keep_default_na=False, encoding="utf-8")
    for field in fields:
        column, kind = field["name"], field.get("type", "string")
        if kind in _PANDAS_TYPES:
            frame[column] = pd.to_numeric(frame[column].replace("", pd.NA)).astype(_PANDAS_TYPES[kind])
        elif kind == "boolean":
            frame[column] = frame[column].map(lambda v: v in ("true", "True", "TRUE", "1"))
    return frame[[f["name"] for f in fields]]


def _show(path: Path) -> str:
    try:
        return str(Path(path).resolve().relative_to(DATA_DIR.parent))
    except ValueError:
        return str(path)
