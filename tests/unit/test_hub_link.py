"""The instructor guide's nbgitpuller link points at the course repository and at a lesson that exists."""
from __future__ import annotations

from urllib.parse import parse_qs, urlsplit

import pytest

from tools import ROOT
from tools.hub_link import hub_link, main, repository

LESSONS = sorted(str(p.relative_to(ROOT)) for p in ROOT.glob("chapters/*/*.ipynb"))


@pytest.mark.parametrize("lesson", LESSONS)
def test_every_lesson_link_opens_that_lesson_in_the_cloned_folder(lesson):
    link = urlsplit(hub_link("https://hub.example.edu/", lesson))
    assert (link.scheme, link.netloc, link.path) == ("https", "hub.example.edu", "/hub/user-redirect/git-pull")
    query = {key: values[0] for key, values in parse_qs(link.query).items()}
    repo, branch = repository()
    assert query["repo"] == repo and query["branch"] == branch
    prefix, folder, path = query["urlpath"].split("/", 2)[0], *query["urlpath"].split("/", 3)[2:]
    assert prefix == "lab" and folder == repo.rsplit("/", 1)[1] and (ROOT / path).is_file()


def test_classic_interface_opens_the_tree_view():
    query = parse_qs(urlsplit(hub_link("https://hub.example.edu", LESSONS[0], interface="notebooks")).query)
    assert query["urlpath"][0].startswith("tree/")


@pytest.mark.parametrize("hub, lesson, words", [
    ("hub.example.edu", LESSONS[0], "hub must be the hub's address"),
    ("https://hub.example.edu", "chapters/99-nope/lesson.ipynb", "lesson must be a notebook in the repository"),
    ("https://hub.example.edu", "README.md", "lesson must be a notebook"),
])
def test_bad_input_is_refused_with_what_is_allowed(hub, lesson, words, capsys):
    with pytest.raises(SystemExit) as exit_:
        main([hub, lesson])
    assert exit_.value.code == 2 and words in capsys.readouterr().err


def test_the_instructor_guides_example_is_what_the_tool_prints():
    guide = (ROOT / "backmatter/instructor/index.md").read_text(encoding="utf-8")
    example = hub_link("https://your-hub.example.edu", "chapters/04-nanguo/lesson.ipynb")
    assert "python -m tools.hub_link https://your-hub.example.edu chapters/04-nanguo/lesson.ipynb" in guide
    assert example in guide


def test_the_guide_names_only_the_configured_repository():
    import re

    repo, _ = repository()
    guide = (ROOT / "backmatter/instructor/index.md").read_text(encoding="utf-8")
    for url in re.findall(r"https://github\.com/[\w.-]+/[\w.-]+", guide):
        assert url.removesuffix(".git") == repo, f"the instructor guide names {url}, _config.yml {repo}"
