import ipywidgets as w
import pytest
from hypothesis import given, strategies as st
from strategies import SETTINGS

from tools.chapters import chapter_keys
from widgets import quiz
from widgets.errors import ModelInputError

Q = quiz.Question("2 + 2?", ["3", "4"], 1, "Count them.", "Arithmetic")


def test_feedback_right_and_wrong():
    assert quiz.feedback(Q, 1) == (True, "Correct. Count them. (Arithmetic)")
    right, text = quiz.feedback(Q, 0)
    assert not right and text == "Not quite. Try another answer."  # the right answer stays to be found


@pytest.mark.parametrize("bad", [-1, 2, "1", 1.0, True])
def test_feedback_rejects_bad_choice(bad):
    with pytest.raises(ModelInputError, match="choice"):
        quiz.feedback(Q, bad)


def test_question_validation():
    with pytest.raises(ModelInputError, match="answer"):
        quiz.Question("?", ["a", "b"], 5, "")
    with pytest.raises(ModelInputError, match="options"):
        quiz.Question("?", ["a"], 0, "")


def test_self_check_links_each_set_of_radio_buttons_to_its_feedback():
    box = quiz.self_check([Q, Q])
    questions = box.children[1:-1]  # after the title; the last child is the views' stylesheet
    assert len(questions) == 2
    answers, stack = questions[0].children[1], questions[0].children[2]
    assert isinstance(answers, w.RadioButtons) and list(answers.options) == list(Q.options)
    assert answers.index is None and stack.selected_index is None  # nothing picked, nothing shown
    assert len(stack.children) == len(Q.options)
    assert "Correct" in stack.children[1].value and "Not quite" in stack.children[0].value
    with pytest.raises(ModelInputError):
        quiz.self_check([])


def quiz_ids() -> list[str]:
    """One quiz per chapter, named by its key, plus the second lessons of chapters 5 and 2."""
    return [*chapter_keys().values(), "coalitions_regression", "innovation_logics_spread"]


def test_every_lesson_quiz_loads_from_the_dataset():
    for quiz_id in quiz_ids():
        questions = quiz.questions(quiz_id)
        assert len(questions) >= 4, quiz_id
        for q in questions:
            assert q.source and 0 <= q.answer < len(q.options) and all(q.options), q.prompt


def test_quiz_feedback_cites_the_source_and_locator_of_its_row():
    first = quiz.questions("puzzle")[0]
    assert first.source == "Husain 2015, §1–2"
    assert quiz.feedback(first, first.answer)[1].endswith("(Husain 2015, §1–2)")


def test_an_unknown_quiz_is_refused_with_the_known_ones_named():
    with pytest.raises(ModelInputError, match="coalitions_regression"):
        quiz.questions("ch7")


def test_every_quiz_in_the_data_is_used_by_a_lesson():
    from tools import ROOT
    from widgets.data import load

    lessons = "".join(p.read_text(encoding="utf-8") for p in ROOT.glob("chapters/*/*.ipynb"))
    for quiz_id in set(load("quiz_questions")["quiz"]):
        assert f'quiz.questions(\\"{quiz_id}\\")' in lessons, f"quiz {quiz_id} is in no lesson"


# --- properties: invariants on any valid input, one clear error on any invalid input

@SETTINGS
@given(st.integers(min_value=2, max_value=6).flatmap(
    lambda n: st.tuples(st.just(n), st.integers(0, n - 1), st.one_of(st.integers(-5, 10), st.text(max_size=3)))))
def test_quiz_feedback_is_total_on_valid_choices_and_refuses_others(case):
    n, answer, choice = case
    question = quiz.Question("q", [f"o{i}" for i in range(n)], answer, "why")
    if isinstance(choice, int) and 0 <= choice < n:
        right, text = quiz.feedback(question, choice)
        assert right == (choice == answer) and ("why" in text) == right
    else:
        try:
            quiz.feedback(question, choice)
        except ModelInputError as err:
            assert err.parameter == "choice"
        else:
            raise AssertionError(f"choice {choice!r} accepted")
