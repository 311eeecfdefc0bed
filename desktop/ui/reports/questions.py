"""One value widget per question type of the campaign form."""

from __future__ import annotations

from PySide6.QtWidgets import QPlainTextEdit, QWidget

from desktop.domain.campaign import Question, QuestionType

from .. import i18n
from ..forms.countries import country_checklist
from ..forms.widgets import CheckList, DateEdit, NumberEdit, TextEdit, ValueCombo


def question_widget(question: Question) -> QWidget:
    kind = question.type
    if kind == QuestionType.LONG_TEXT:
        box = QPlainTextEdit()
        box.setTabChangesFocus(True)
        box.setFixedHeight(box.fontMetrics().lineSpacing() * 4 + 14)
        return box
    if kind in {QuestionType.NUMBER, QuestionType.MONEY}:
        money = kind == QuestionType.MONEY
        return NumberEdit(minimum=question.min, maximum=question.max, money=money)
    if kind == QuestionType.DATE:
        return DateEdit()
    if kind == QuestionType.CHOICE:
        return ValueCombo([(c, c) for c in question.choices], blank="")
    if kind == QuestionType.MULTI_CHOICE:
        return CheckList([(c, c) for c in question.choices])
    if kind == QuestionType.COUNTRY_LIST:
        return country_checklist(i18n.current_language())
    return TextEdit()
