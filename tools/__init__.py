"""The book's build and test tooling, run as ``python -m tools.NAME`` from the book's root."""
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
"""The book's root: _config.yml, chapters/, data/ … (the one place any tool or test finds it)."""


def repository() -> tuple[str, str]:
    """The course repository's URL and branch, as ``_config.yml`` names them."""
    import yaml

    config = yaml.safe_load((ROOT / "_config.yml").read_text(encoding="utf-8"))["repository"]
    return config["url"].rstrip("/"), config.get("branch", "main")


def toc_order() -> list[str]:
    """Page names in reading order, from _toc.yml."""
    import yaml

    toc = yaml.safe_load((ROOT / "_toc.yml").read_text(encoding="utf-8"))
    order = [toc["root"]]

    def walk(entries):
        for entry in entries:
            order.append(entry["file"])
            walk(entry.get("sections", []))

    for part in toc.get("parts", []):
        walk(part.get("chapters", []))
    return order
