"""Add (or replace) one resource in data/datapackage.json and its section in data/README.md.

    python -m tools.register_resource data/_pending/<name>.resource.json [--readme data/_pending/<name>.md]

Takes a file lock, so several people can register datasets at once without losing edits.
"""
from __future__ import annotations

import argparse
import fcntl
import json
from pathlib import Path

from tools import ROOT

DATA = ROOT / "data"


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("descriptor", type=Path, help="JSON file with one resource descriptor (or a list)")
    parser.add_argument("--readme", type=Path, help="Markdown section(s) to append under '## Datasets'")
    args = parser.parse_args()
    new = json.loads(args.descriptor.read_text(encoding="utf-8"))
    new = new if isinstance(new, list) else [new]
    with open(DATA / ".lock", "w") as lock:
        fcntl.flock(lock, fcntl.LOCK_EX)
        package_file = DATA / "datapackage.json"
        package = json.loads(package_file.read_text(encoding="utf-8"))
        names = {r["name"] for r in new}
        package["resources"] = [r for r in package["resources"] if r["name"] not in names] + new
        package_file.write_text(json.dumps(package, indent=1, ensure_ascii=False) + "\n", encoding="utf-8")
        if args.readme:
            readme = DATA / "README.md"
            text = readme.read_text(encoding="utf-8").rstrip("\n")
            section = args.readme.read_text(encoding="utf-8").strip("\n")
            first_heading = section.splitlines()[0]
            if first_heading not in text:
                readme.write_text(text + "\n\n" + section + "\n", encoding="utf-8")
    print(f"registered {', '.join(sorted(names))}")


if __name__ == "__main__":
    main()
