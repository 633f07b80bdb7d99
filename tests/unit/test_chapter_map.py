"""The README's chapter map matches the tree: every path exists, every name is a dataset, and every
dataset a lesson loads is listed in its chapter's row."""
from __future__ import annotations

import re

from tools import ROOT
from tools.chapters import chapter_keys
from widgets.data import dataset_names, load

README = (ROOT / "README.md").read_text(encoding="utf-8")


def rows() -> list[list[str]]:
    section = README.split("## Chapter map", 1)[1].split("\n## ", 1)[0]
    table = [line for line in section.splitlines() if line.startswith("| ") and not line.startswith("| ---")]
    return [[cell.strip() for cell in line.strip("|").split("|")] for line in table[1:]]


def names(cell: str) -> list[str]:
    return re.findall(r"`([^`]+)`", cell)


def test_the_map_has_a_row_per_chapter():
    chapters = sorted(p.name for p in (ROOT / "chapters").iterdir() if p.is_dir())
    assert len(rows()) == len(chapters) == 6


def test_every_path_in_the_map_exists_and_every_name_is_a_dataset_or_quiz():
    datasets = set(dataset_names())
    quizzes = set(load("quiz_questions")["quiz"])
    for row in rows():
        assert set(names(row[6])) <= quizzes, f"chapter map: {row[6]} are not all quizzes"
        for cell in row[1:6] + row[7:]:
            for name in names(cell):
                if "/" in name:
                    assert (ROOT / name).is_file(), f"chapter map: {name} does not exist"
                else:
                    assert name in datasets, f"chapter map: {name} is not a dataset"


def test_every_dataset_a_lesson_loads_is_in_its_row():
    for row in rows():
        listed = set(names(row[4]))
        for lesson in names(row[1]):
            loaded = set(re.findall(r'load\(\\"([a-z0-9_]+)\\"\)', (ROOT / lesson).read_text(encoding="utf-8")))
            assert loaded <= listed, f"{lesson} loads {sorted(loaded - listed)}, not in the chapter map"


def test_one_key_names_every_part_of_a_chapter():
    lessons = {}
    for folder, key in chapter_keys().items():
        expected = [f"widgets/models/{key}.py", f"widgets/{key}.py", f"tests/unit/test_{key}.py",
                    f"tests/data/test_{key}_data.py", f"backmatter/instructor/{folder}.md"]
        missing = [path for path in expected if not (ROOT / path).is_file()]
        assert not missing, f"chapter {folder} (key {key}): missing {missing}"
        # A chapter may span several lessons (lesson.ipynb first); together they use the key.
        lesson = "".join(nb.read_text(encoding="utf-8") for nb in sorted((ROOT / "chapters" / folder).glob("*.ipynb")))
        assert f"from widgets import {key}" in lesson, f"no lesson of {folder} imports widgets.{key}"
        assert f'quiz.questions(\\"{key}\\")' in lesson, f"no lesson of {folder} uses quiz {key}"
        lessons[folder] = lesson
    assert len(lessons) == 6


def test_the_map_row_of_each_chapter_uses_its_key():
    for (folder, key), row in zip(chapter_keys().items(), rows(), strict=True):
        assert f"chapters/{folder}/lesson.ipynb" in names(row[1])
        assert f"widgets/models/{key}.py" in names(row[2]) and f"widgets/{key}.py" in names(row[3])
        assert f"backmatter/instructor/{folder}.md" in names(row[7])
