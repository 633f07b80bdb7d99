"""The book's build and test tooling, run as ``python -m tools.NAME`` from the book's root."""
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
"""The book's root: _config.yml, chapters/, data/ … (the one place any tool or test finds it)."""
