"""Kernel-free self-check quizzes.

Each question is a dropdown of answers ``jslink``ed to a stack of feedback panels,
so the reader gets feedback on the static site with no kernel and nothing loaded
from elsewhere. The feedback text comes from the pure function ``feedback``.
"""
from __future__ import annotations

from dataclasses import dataclass
from typing import Sequence

import ipywidgets as w

from widgets import html, validate
from widgets.data import cite, load
from widgets.errors import ModelInputError
from widgets.static import panel, view

PROMPT = "— choose an answer —"


@dataclass(frozen=True)
class Question:
    prompt: str
    options: Sequence[str]
    answer: int
    explanation: str
    source: str = ""

    def __post_init__(self):
        if len(self.options) < 2:
            raise ModelInputError("options", self.options, "at least two answers")
        if not 0 <= self.answer < len(self.options):
            raise ModelInputError("answer", self.answer, f"an index from 0 to {len(self.options) - 1}")


def feedback(question: Question, choice: int) -> tuple[bool, str]:
    """Whether ``choice`` (an index into ``question.options``) is right, and what to tell the reader."""
    if not isinstance(choice, int) or isinstance(choice, bool) or not 0 <= choice < len(question.options):
        raise ModelInputError("choice", choice, f"an index from 0 to {len(question.options) - 1}")
    right = choice == question.answer
    verdict = "Correct." if right else f"Not quite — the best answer is “{question.options[question.answer]}”."
    where = f" ({question.source})" if question.source else ""
    return right, f"{verdict} {question.explanation}{where}"


def questions(quiz_id: str) -> list[Question]:
    """A lesson's self-check, in order, from the ``quiz_questions`` dataset (validated like any dataset:
    a malformed row fails with the file, row and column named)."""
    rows = load("quiz_questions")
    validate.choice("quiz_id", quiz_id, list(dict.fromkeys(rows["quiz"])))
    rows = rows[rows["quiz"] == quiz_id].sort_values("order")
    return [Question(row.prompt, [o for o in (row.option_1, row.option_2, row.option_3, row.option_4) if o],
                     int(row.answer) - 1, row.explanation, cite(row.source, row.locator))
            for row in rows.itertuples()]


def _panel(question: Question, choice: int) -> w.HTML:
    right, body = feedback(question, choice)
    return view(f'<div class="course-quiz__feedback course-quiz__feedback--{"right" if right else "wrong"}">'
                  f'<strong>{"✔" if right else "✘"}</strong> {html.text(body)}</div>')


def self_check(questions: Sequence[Question], title: str = "Check your understanding") -> w.VBox:
    """The quiz widget: one dropdown and feedback stack per question."""
    if not questions:
        raise ModelInputError("questions", questions, "at least one question")
    blocks = [w.HTML(f'<p class="course-quiz__title"><strong>{html.text(title)}</strong> '
                     "(pick an answer to see feedback; nothing is recorded)</p>")]
    for number, q in enumerate(questions, 1):
        dropdown = w.Dropdown(options=[PROMPT, *q.options], index=0, description=f"Answer {number}",
                              layout=w.Layout(width="max-content", max_width="100%"))
        panels = [view("")] + [_panel(q, i) for i in range(len(q.options))]
        stack = w.Stack(panels, selected_index=0)
        w.jslink((dropdown, "index"), (stack, "selected_index"))
        blocks.append(w.VBox([w.HTML(f'<p class="course-quiz__q">{number}. {html.text(q.prompt)}</p>'),
                              dropdown, stack], layout=w.Layout(margin="0 0 1em 0")))
    return panel(blocks).add_class("course-quiz")
