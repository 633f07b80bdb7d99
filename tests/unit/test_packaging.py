"""The course package lists every subpackage (the wheel would silently lack a new one)."""
from __future__ import annotations

from tools import ROOT


def test_the_package_list_names_every_subpackage_of_widgets():
    import tomllib

    listed = set(tomllib.loads((ROOT / "pyproject.toml").read_text())["tool"]["setuptools"]["packages"])
    found = {".".join(p.parent.relative_to(ROOT).parts) for p in (ROOT / "widgets").rglob("__init__.py")}
    assert found <= listed, f"pyproject.toml [tool.setuptools] packages misses {sorted(found - listed)}"
