"""A country report's answers are keyed by question IDs that hold dots ("d1.remittance_cost"):
the conflict view offers each answer as one field and saves it under the same ID."""

from __future__ import annotations

import uuid

from desktop.storage.conflicts import Conflict
from desktop.ui.conflicts.resolver import LOCAL, SERVER, ConflictResolver

SERVER_REPORT = {
    "campaign_id": "2f0c6a8e-6d1b-4c4f-9a57-2025a1b0c0de",
    "country": "SN",
    "answers": {"general.institution": "Ministry of the Interior", "d1.remittance_cost": 6.5},
}
LOCAL_REPORT = {
    **SERVER_REPORT,
    "answers": {"general.institution": "Direction of Senegalese abroad", "d1.remittance_cost": 7},
}


def test_answers_under_dotted_question_ids_are_saved_under_the_same_ids(qtbot, ctx):
    conflict = Conflict(
        1, str(uuid.uuid4()), "country_report", LOCAL_REPORT, False,
        {"rev": 4, "data": SERVER_REPORT}, "2026-05-01T10:00:00.000000Z",
    )  # fmt: skip
    resolver = ConflictResolver(ctx, conflict)
    qtbot.addWidget(resolver)
    assert set(resolver.differing) == {"answers.general.institution", "answers.d1.remittance_cost"}
    resolver.choose("answers.general.institution", SERVER)
    resolver.choose("answers.d1.remittance_cost", LOCAL)
    assert resolver.chosen_data()["answers"] == {
        "general.institution": "Ministry of the Interior",
        "d1.remittance_cost": 7,
    }
