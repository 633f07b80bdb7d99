"""Kernel-free self-check quizzes.

Each question shows its answers as radio buttons ``jslink``ed to a stack of feedback panels,
so the reader gets feedback on the static site with no kernel and nothing loaded from
elsewhere, sees (and prints) every option, and can try again after a wrong pick: a wrong
answer's feedback does not give the right one away. The text comes from ``feedback``; questions, options
and explanations come in the course language (the dataset's ``_zh`` columns in Chinese).
"""
from __future__ import annotations

from dataclasses import dataclass
from typing import Sequence

import ipywidgets as w

from widgets import html, validate
from widgets.data import cite, load
from widgets.errors import ModelInputError
from widgets.i18n import N_, _, language
from widgets.static import panel, view

OPTIONS = ("option_1", "option_2", "option_3", "option_4")


@dataclass(frozen=True)
class Question:
    prompt: str
    options: Sequence[str]
    answer: int
    explanation: str
    source: str = ""

    def __post_init__(self):
        if len(self.options) < 2:
            raise ModelInputError("options", self.options, N_("at least two answers"))
        if not 0 <= self.answer < len(self.options):
            raise ModelInputError("answer", self.answer, N_("an index from 0 to {last}"), last=len(self.options) - 1)


def feedback(question: Question, choice: int) -> tuple[bool, str]:
    """Whether ``choice`` (an index into ``question.options``) is right, and what to tell the reader."""
    if not isinstance(choice, int) or isinstance(choice, bool) or not 0 <= choice < len(question.options):
        raise ModelInputError("choice", choice, N_("an index from 0 to {last}"), last=len(question.options) - 1)
    if choice != question.answer:
        return False, _("Not quite. Try another answer.")
    where = _(" ({source})").format(source=question.source) if question.source else ""
    return True, _("Correct. {explanation}{where}").format(explanation=question.explanation, where=where)


def questions(quiz_id: str) -> list[Question]:
    """A lesson's self-check, in order, from the ``quiz_questions`` dataset (validated like any dataset:
    a malformed row fails with the file, row and column named), in the course language."""
    rows = load("quiz_questions")
    validate.choice("quiz_id", quiz_id, list(dict.fromkeys(rows["quiz"])))
    rows = rows[rows["quiz"] == quiz_id].sort_values("order")
    # The Chinese text sits beside the English in columns named with a _zh suffix.
    suffix = "" if language() == "en" else "_" + language()
    return [Question(row[f"prompt{suffix}"], [row[f"{o}{suffix}"] for o in OPTIONS if row[o]],
                     int(row["answer"]) - 1, row[f"explanation{suffix}"], cite(row["source"], row["locator"]))
            for row in rows.to_dict("records")]


def _panel(question: Question, choice: int) -> w.HTML:
    right, body = feedback(question, choice)
    return view(f'<div class="course-quiz__feedback course-quiz__feedback--{"right" if right else "wrong"}">'
                  f'<strong>{"✔" if right else "✘"}</strong> {html.text(body)}</div>')


def self_check(questions: Sequence[Question], title: str | None = None) -> w.VBox:
    """The quiz widget: one set of radio buttons and one feedback stack per question (title by default
    "Check your understanding", in the course language)."""
    if not questions:
        raise ModelInputError("questions", questions, N_("at least one question"))
    title = _("Check your understanding") if title is None else title
    blocks = [w.HTML(f'<p class="course-quiz__title"><strong>{html.text(title)}</strong> '
                     + html.text(_("(pick an answer to see feedback; try again as often as you like; "
                                   "nothing is recorded)")) + "</p>")]
    for number, q in enumerate(questions, 1):
        answers = w.RadioButtons(options=list(q.options), index=None,
                                 description=_("Answer {number}").format(number=number),
                                 layout=w.Layout(width="auto", max_width="100%"))
        stack = w.Stack([_panel(q, i) for i in range(len(q.options))], selected_index=None)
        w.jslink((answers, "index"), (stack, "selected_index"))
        blocks.append(w.VBox([w.HTML(f'<p class="course-quiz__q">{number}. {html.text(q.prompt)}</p>'),
                              answers, stack], layout=w.Layout(margin="0 0 1em 0")))
    return panel(blocks).add_class("course-quiz")
