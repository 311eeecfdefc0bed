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


def _check(question: Question, value: Any) -> FieldError | None:
    """The problem with an answer (its path left blank), or None when it is fine. Choices are
    checked on their stored values, never on their labels."""
    kind = question.type

    def bad(code: str, message: str, **params: Any) -> FieldError:
        return FieldError("", message, code, params)

    if kind in {QuestionType.TEXT, QuestionType.LONG_TEXT}:
        limit = 500 if kind == QuestionType.TEXT else 20_000
        if not isinstance(value, str):
            return bad("answer_text", "Answer with text")
        if len(value) > limit:
            return bad("answer_too_long", f"Keep the answer under {limit} characters", max=limit)
        return None
    if kind in {QuestionType.NUMBER, QuestionType.MONEY}:
        money = kind == QuestionType.MONEY
        try:
            number = Decimal(str(value).replace(",", "").strip())
        except InvalidOperation:
            if money:
                return bad("answer_amount", "Answer with a number in EUR")
            return bad("answer_number", "Answer with a number")
        if not number.is_finite():
            return bad("answer_number", "Answer with a number")
        if money and number < 0:
            return bad("answer_negative_amount", "An amount cannot be negative")
        if question.min is not None and number < Decimal(str(question.min)):
            low = f"{question.min:g}"
            return bad("answer_at_least", f"The answer must be at least {low}", low=low)
        if question.max is not None and number > Decimal(str(question.max)):
            high = f"{question.max:g}"
            return bad("answer_at_most", f"The answer must be at most {high}", high=high)
        return None
    if kind == QuestionType.DATE:
        try:
            date.fromisoformat(str(value))
        except ValueError:
            return bad("answer_date", "Answer with a date written as YYYY-MM-DD")
        return None
    if kind == QuestionType.CHOICE:
        if isinstance(value, str) and value in question.values():
            return None
        return bad("answer_choice", "Pick one of the offered answers")
    if kind == QuestionType.MULTI_CHOICE:
        offered = question.values()
        if not isinstance(value, list) or any(v not in offered for v in value):
            return bad("answer_choices", "Pick answers from the offered list")
        return None
    if kind == QuestionType.COUNTRY_LIST:
        if not isinstance(value, list) or not all(is_iso_country(str(v)) for v in value):
            return bad("answer_countries", "List countries by their two-letter codes")
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
            errors.append(
                FieldError(f"answers.{key}", "This question is not in the form", "not_in_form")
            )
    for qid, question in known.items():
        value = answers.get(qid)
        if _blank(value):
            if complete and question.required:
                errors.append(
                    FieldError(
                        f"answers.{qid}", "An answer is required to submit", "answer_required"
                    )
                )
            continue
        problem = _check(question, value)
        if problem:
            errors.append(
                FieldError(f"answers.{qid}", problem.message, problem.code, problem.params)
            )
    return errors


def validate_for_submission(form: FormDefinition, report: dict[str, Any]) -> list[FieldError]:
    """Everything that must hold before a report can be submitted."""
    errors = validate_answers(form, report.get("answers") or {}, complete=True)
    if form.initiatives and len(report.get("initiatives") or []) < form.min_initiatives:
        errors.append(
            FieldError(
                "initiatives",
                f"List at least {form.min_initiatives} initiative(s) to submit",
                "initiatives_needed",
                {"min": form.min_initiatives},
            )
        )
    return errors
