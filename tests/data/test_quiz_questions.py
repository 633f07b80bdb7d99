"""The self-check dataset: each row's right answer is one of its options, options have no gaps,
and each quiz is numbered 1, 2, … (a bad row is named by its CSV line)."""
from widgets.data import load

QUIZ = load("quiz_questions")
OPTIONS = ["option_1", "option_2", "option_3", "option_4"]


def test_each_answer_names_a_filled_option_and_options_have_no_gaps():
    for index, row in QUIZ.iterrows():
        filled = [bool(row[o]) for o in OPTIONS]
        line = index + 2
        assert filled == sorted(filled, reverse=True), f"quiz_questions.csv line {line}: a gap in the options"
        assert sum(filled) >= 2, f"quiz_questions.csv line {line}: fewer than two options"
        assert filled[int(row["answer"]) - 1], f"quiz_questions.csv line {line}: answer names an empty option"


def test_each_quiz_is_numbered_from_one():
    for quiz_id, rows in QUIZ.groupby("quiz"):
        assert sorted(rows["order"]) == list(range(1, len(rows) + 1)), quiz_id


def test_right_answers_are_spread_over_positions():
    # A quiz whose right answer is nearly always in one place can be gamed without reading.
    for quiz_id, rows in QUIZ.groupby("quiz"):
        most = rows["answer"].value_counts().max()
        assert 2 * most <= len(rows), f"{quiz_id}: {most} of {len(rows)} right answers at one position"
