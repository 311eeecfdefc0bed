"""Country reports: initiatives, state moves, and answers checked against the campaign form."""

from __future__ import annotations

import uuid

import pytest

from desktop.domain.campaign import FormDefinition
from desktop.domain.country_report import ReportState, may_move
from desktop.domain.forms import validate_answers, validate_for_submission
from desktop.domain.records import check

FORM = FormDefinition.model_validate(
    {
        "version": 1,
        "min_initiatives": 1,
        "sections": [
            {
                "id": "d1",
                "title": "Development benefits",
                "domain": 1,
                "questions": [
                    {
                        "id": "d1.strategy",
                        "type": "long_text",
                        "label": "Strategy",
                        "required": True,
                    },
                    {"id": "d1.budget", "type": "money", "label": "Budget"},
                    {"id": "d1.staff", "type": "number", "label": "Staff", "min": 0, "max": 500},
                    {"id": "d1.since", "type": "date", "label": "Since"},
                    {
                        "id": "d1.level",
                        "type": "choice",
                        "label": "Level",
                        "choices": ["low", "high"],
                    },
                    {
                        "id": "d1.tools",
                        "type": "multi_choice",
                        "label": "Tools",
                        "choices": ["a", "b"],
                    },
                    {"id": "d1.partners", "type": "country_list", "label": "Partners"},
                ],
            }
        ],
    }
)


def test_every_question_type_accepts_a_good_answer():
    answers = {
        "d1.strategy": "National strategy 2025-2030",
        "d1.budget": "1,250,000.50",
        "d1.staff": 12,
        "d1.since": "2024-05-01",
        "d1.level": "high",
        "d1.tools": ["a", "b"],
        "d1.partners": ["SN", "ES"],
    }
    assert validate_answers(FORM, answers, complete=True) == []


@pytest.mark.parametrize(
    ("qid", "value", "message"),
    [
        ("d1.budget", "a lot", "Answer with a number in EUR"),
        ("d1.budget", "-5", "An amount cannot be negative"),
        ("d1.staff", 501, "The answer must be at most 500"),
        ("d1.since", "May 2024", "Answer with a date written as YYYY-MM-DD"),
        ("d1.level", "medium", "Pick one of the offered answers"),
        ("d1.tools", ["c"], "Pick answers from the offered list"),
        ("d1.partners", ["Senegal"], "List countries by their two-letter codes"),
        ("d9.ghost", "x", "This question is not in the form"),
    ],
)
def test_a_bad_answer_is_reported_on_its_question(qid, value, message):
    errors = validate_answers(FORM, {qid: value}, complete=False)
    assert [(e.field, e.message) for e in errors] == [(f"answers.{qid}", message)]


def test_submission_needs_required_answers_and_initiatives():
    errors = validate_for_submission(FORM, {"answers": {}, "initiatives": []})
    assert {e.field: e.message for e in errors} == {
        "answers.d1.strategy": "An answer is required to submit",
        "initiatives": "List at least 1 initiative(s) to submit",
    }


def test_a_draft_may_be_incomplete():
    assert validate_answers(FORM, {}, complete=False) == []


def report(**initiative):
    return {
        "campaign_id": str(uuid.uuid4()),
        "country": "SN",
        "initiatives": [{"type": "project", "title": "Youth jobs", "domains": [1], **initiative}],
    }


def test_an_initiative_is_checked_for_consistency():
    assert check("country_report", report(budget_eur="150000")) == []
    found = {e.message for e in check("country_report", report())}
    assert "A project needs a budget in EUR (0 if none)" in found
    found = {
        e.message for e in check("country_report", report(budget_eur=0, priority_areas=["2.1"]))
    }
    assert "Priority area 2.1 belongs to a domain not ticked" in found
    found = {
        e.message
        for e in check(
            "country_report",
            report(budget_eur=0, start_date="2026-05-01", end_date="2026-01-01"),
        )
    }
    assert "End date must be on or after the start date" in found


def test_partner_organisations_may_own_reports_but_unknown_codes_may_not():
    assert check("country_report", {"campaign_id": str(uuid.uuid4()), "country": "ECOWAS"}) == []
    errors = check("country_report", {"campaign_id": str(uuid.uuid4()), "country": "ZZ"})
    assert errors[0].message.startswith("“ZZ” is not one of the programme's partner")


def test_who_may_move_a_report():
    assert may_move("focal_point", ReportState.DRAFT, ReportState.SUBMITTED)
    assert may_move("focal_point", ReportState.RETURNED, ReportState.RESUBMITTED)
    assert not may_move("focal_point", ReportState.SUBMITTED, ReportState.ACCEPTED)
    assert not may_move("focal_point", ReportState.SUBMITTED, ReportState.DRAFT)
    assert may_move("secretariat", ReportState.SUBMITTED, ReportState.RETURNED)
    assert may_move("secretariat", ReportState.RESUBMITTED, ReportState.ACCEPTED)
    assert not may_move("secretariat", ReportState.DRAFT, ReportState.ACCEPTED)
