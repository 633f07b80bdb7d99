"""The chapter key: one name per chapter, used by its folder, modules, tests, quiz and instructor page.

Folder ``chapters/04-nanguo`` has key ``nanguo``: model ``widgets/models/nanguo.py``, view
``widgets/nanguo.py``, tests ``tests/unit/test_nanguo.py`` and ``tests/data/test_nanguo_data.py``,
quiz ``nanguo`` in ``data/quiz_questions.csv``, instructor page ``backmatter/instructor/04-nanguo.md``.
"""
from __future__ import annotations

from tools import ROOT


def chapter_keys() -> dict[str, str]:
    """Chapter folder name → chapter key, in reading order."""
    folders = sorted(p.name for p in (ROOT / "chapters").iterdir() if p.is_dir())
    return {folder: folder.split("-", 1)[1].replace("-", "_") for folder in folders}
