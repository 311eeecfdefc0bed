"""One value widget per question type of the campaign form."""

from __future__ import annotations

from PySide6.QtWidgets import QPlainTextEdit, QWidget

from desktop.domain.campaign import Question, QuestionType

from .. import i18n
from ..forms.countries import country_checklist
from ..forms.widgets import CheckList, DateEdit, NumberEdit, TextEdit, ValueCombo


def question_widget(question: Question, language: str | None = None) -> QWidget:
    """`language`: the one the choices are labelled in (the interface's by default); the
    widget's value is always the choice's stored value."""
    language = language or i18n.current_language()
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
        return ValueCombo(question.options(language), blank="")
    if kind == QuestionType.MULTI_CHOICE:
        return CheckList(question.options(language))
    if kind == QuestionType.COUNTRY_LIST:
        return country_checklist(language)
    return TextEdit()
