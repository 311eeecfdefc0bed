"""What changed between the version of a report the secretariat returned and the resubmitted one."""

from __future__ import annotations

from desktop.domain.report_changes import report_changes


def test_only_real_changes_count():
    before = {
        "answers": {"a": "Yes", "b": None, "c": 7, "d": ["x"]},
        "initiatives": [{"type": "project", "title": "Border  posts", "budget_eur": "1000"}],
    }
    after = {
        "answers": {"a": "Yes", "b": "", "c": 7.0, "d": ["x", "y"]},
        "initiatives": [{"type": "project", "title": "border posts", "budget_eur": 1000.0}],
    }
    changes = report_changes(None, before, after)
    assert [(c.part, c.field, c.before, c.after) for c in changes] == [
        ("answer", "d", ["x"], ["x", "y"]),
        ("initiative", "title", "Border  posts", "border posts"),  # same initiative, retitled
    ]


def test_initiatives_are_matched_by_title():
    before = {
        "initiatives": [{"title": "Old", "type": "policy"}, {"title": "Kept", "status": "ongoing"}]
    }
    after = {
        "initiatives": [
            {"title": "Kept", "status": "completed"},
            {"title": "New", "type": "policy"},
        ]
    }
    changes = report_changes(None, before, after)
    assert [(c.subject, c.field, c.kind) for c in changes] == [
        ("Kept", "status", "changed"),
        ("New", None, "added"),
        ("Old", None, "removed"),
    ]
