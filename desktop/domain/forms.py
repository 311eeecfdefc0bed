"""Validation of a country report's answers against its campaign's form definition."""

from __future__ import annotations

from datetime import date
from decimal import Decimal, InvalidOperation
from typing import Any

from .campaign import FormDefinition, Question, QuestionType
from .errors import FieldError
from .reference.countries import is_iso_country


def _blank(value: Any) -> bool:
    return value is None or value == "" or value == []


def _check(question: Question, value: Any) -> str | None:
    """The message for a bad answer, or None when it is fine."""
    kind = question.type
    if kind in {QuestionType.TEXT, QuestionType.LONG_TEXT}:
        limit = 500 if kind == QuestionType.TEXT else 20_000
        if not isinstance(value, str):
            return "Answer with text"
        if len(value) > limit:
            return f"Keep the answer under {limit} characters"
        return None
    if kind in {QuestionType.NUMBER, QuestionType.MONEY}:
        try:
            number = Decimal(str(value).replace(",", "").strip())
        except InvalidOperation:
            return "Answer with a number" + (" in EUR" if kind == QuestionType.MONEY else "")
        if not number.is_finite():
            return "Answer with a number"
        if kind == QuestionType.MONEY and number < 0:
            return "An amount cannot be negative"
        if question.min is not None and number < Decimal(str(question.min)):
            return f"The answer must be at least {question.min:g}"
        if question.max is not None and number > Decimal(str(question.max)):
            return f"The answer must be at most {question.max:g}"
        return None
    if kind == QuestionType.DATE:
        try:
            date.fromisoformat(str(value))
        except ValueError:
            return "Answer with a date written as YYYY-MM-DD"
        return None
    if kind == QuestionType.CHOICE:
        return None if value in question.choices else "Pick one of the offered answers"
    if kind == QuestionType.MULTI_CHOICE:
        if not isinstance(value, list) or any(v not in question.choices for v in value):
            return "Pick answers from the offered list"
        return None
    if kind == QuestionType.COUNTRY_LIST:
        if not isinstance(value, list) or not all(is_iso_country(str(v)) for v in value):
            return "List countries by their two-letter codes"
        return None
    return None  # pragma: no cover - every type is handled above


def validate_answers(
    form: FormDefinition, answers: dict[str, Any], *, complete: bool
) -> list[FieldError]:
    """Errors in `answers`. With `complete`, required questions must be answered (to submit)."""
    errors: list[FieldError] = []
    known = {q.id: q for q in form.questions()}
    for key in answers:
        if key not in known:
            errors.append(FieldError(f"answers.{key}", "This question is not in the form"))
    for qid, question in known.items():
        value = answers.get(qid)
        if _blank(value):
            if complete and question.required:
                errors.append(FieldError(f"answers.{qid}", "An answer is required to submit"))
            continue
        message = _check(question, value)
        if message:
            errors.append(FieldError(f"answers.{qid}", message))
    return errors


def validate_for_submission(form: FormDefinition, report: dict[str, Any]) -> list[FieldError]:
    """Everything that must hold before a report can be submitted."""
    errors = validate_answers(form, report.get("answers") or {}, complete=True)
    if form.initiatives and len(report.get("initiatives") or []) < form.min_initiatives:
        errors.append(
            FieldError(
                "initiatives", f"List at least {form.min_initiatives} initiative(s) to submit"
            )
        )
    return errors
