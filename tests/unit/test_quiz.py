import ipywidgets as w
import pytest

from widgets import quiz
from widgets.errors import ModelInputError
from widgets.quizbank import ch01

Q = quiz.Question("2 + 2?", ["3", "4"], 1, "Count them.", "Arithmetic")


def test_feedback_right_and_wrong():
    assert quiz.feedback(Q, 1) == (True, "Correct. Count them. (Arithmetic)")
    right, text = quiz.feedback(Q, 0)
    assert not right and "best answer is “4”" in text


@pytest.mark.parametrize("bad", [-1, 2, "1", 1.0, True])
def test_feedback_rejects_bad_choice(bad):
    with pytest.raises(ModelInputError, match="choice"):
        quiz.feedback(Q, bad)


def test_question_validation():
    with pytest.raises(ModelInputError, match="answer"):
        quiz.Question("?", ["a", "b"], 5, "")
    with pytest.raises(ModelInputError, match="options"):
        quiz.Question("?", ["a"], 0, "")


def test_self_check_links_each_dropdown_to_its_feedback():
    box = quiz.self_check([Q, Q])
    questions = box.children[1:]
    assert len(questions) == 2
    dropdown, stack = questions[0].children[1], questions[0].children[2]
    assert isinstance(dropdown, w.Dropdown) and dropdown.options[0] == quiz.PROMPT
    assert len(stack.children) == len(Q.options) + 1 and stack.children[0].value == ""
    assert "Correct" in stack.children[2].value and "Not quite" in stack.children[1].value
    with pytest.raises(ModelInputError):
        quiz.self_check([])


def test_chapter_quizzes_are_well_formed():
    assert len(ch01.QUESTIONS) >= 4
    for q in ch01.QUESTIONS:
        assert q.source, q.prompt
