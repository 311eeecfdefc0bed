"""A country report rendered from the campaign's form: Submit is gated by validation, a
submitted report is read-only, a returned one shows the comments and opens again."""

from __future__ import annotations

from desktop.ui.operations.reports import report_id_for
from desktop.ui.pages.reports import ReportsPage

from .conftest import User, envelope, pull, sample_campaign, wait_idle

COMPLETE_ANSWERS = {
    "general.institution": "Ministère de l'Intérieur",
    "general.reference_date": "2026-03-31",
    "d1.diaspora_strategy": "Adopted",
    "d3.asylum_law": "Yes",
    "d4.trafficking_law": "Partly",
}
INITIATIVE = {"type": "policy", "title": "National migration policy", "domains": [1, 2]}


def open_page(qtbot, ctx, fake_sync) -> ReportsPage:
    campaign_id, campaign = sample_campaign()
    pull(ctx.db, envelope("campaign", campaign_id, 1, campaign, None))
    fake_sync.user = User()
    ctx.set_user(User())
    page = ReportsPage(ctx)
    qtbot.addWidget(page)
    page.show()
    wait_idle(ctx)
    return page


def test_submit_is_gated_by_validation_and_a_submitted_report_is_read_only(qtbot, ctx, fake_sync):
    page = open_page(qtbot, ctx, fake_sync)
    assert page.stack.currentWidget() is page.start_panel
    page.start_button.click()
    wait_idle(ctx)
    editor = page.editor
    assert editor is not None and not editor.read_only
    assert editor.tabs.count() == 7  # "About", five JVAP domains, initiatives
    assert [editor.tabs.tabText(i) for i in range(1, 6)] == [f"Domain {n}" for n in range(1, 6)]
    assert not editor.submit_button.isEnabled()
    assert "to complete before submitting" in editor.problems.text()

    assert editor.submit() is False  # clicking anyway shows where the problems are
    institution_error = editor.binder._fields["answers.general.institution"][1]
    assert institution_error.text() == "An answer is required to submit"
    assert editor.tabs.currentIndex() == 0

    editor.binder.widget("answers.d1.remittance_cost").setText("150")  # max 100
    for path, value in COMPLETE_ANSWERS.items():
        editor.binder.widget(f"answers.{path}").set_value(value)
    editor.initiatives.model.append(INITIATIVE)
    editor.update_gate()
    assert not editor.submit_button.isEnabled()
    editor.show_problems()
    assert editor.tabs.currentIndex() == 1
    assert "at most 100" in editor.binder._fields["answers.d1.remittance_cost"][1].text()

    editor.binder.widget("answers.d1.remittance_cost").setText("4.5")
    editor.update_gate()
    assert editor.submit_button.isEnabled() and editor.problems.text() == "Ready to submit."
    with qtbot.waitSignal(editor.submitted, timeout=5000) as submitted:
        assert editor.submit()
    record = submitted.args[0]
    assert record.data["state"] == "submitted" and record.data["answers"]["d1.remittance_cost"]
    assert record.id == report_id_for(sample_campaign()[0], "SN")
    wait_idle(ctx)
    editor = page.editor
    assert editor.read_only and not editor.submit_button.isVisible()
    assert editor.binder.widget("answers.general.institution").isReadOnly()
    assert not editor.initiatives.add_button.isEnabled()
    assert "read-only" in editor.problems.text()


def test_a_returned_report_shows_the_comments_and_opens_again(qtbot, ctx, fake_sync):
    campaign_id, _campaign = sample_campaign()
    report_id = report_id_for(campaign_id, "SN")
    comment = {
        "author": "review@icmpd.org",
        "role": "secretariat",
        "at": "2026-04-20T10:12:00Z",
        "text": "Please add the funding of domain 3.",
    }
    data = {
        "campaign_id": campaign_id,
        "country": "SN",
        "state": "returned",
        "answers": COMPLETE_ANSWERS,
        "initiatives": [INITIATIVE],
        "comments": [comment],
    }
    page = open_page(qtbot, ctx, fake_sync)
    pull(ctx.db, envelope("country_report", report_id, 7, data))
    page.reload()
    wait_idle(ctx)
    editor = page.editor
    assert editor.comments.isVisibleTo(page)
    assert "Please add the funding of domain 3." in editor.comments.text.text()
    assert "Returned by the secretariat" in editor.comments.text.text()
    assert not editor.read_only and editor.submit_button.isEnabled()
    editor.binder.widget("answers.d3.host_community_funding").setText("250000")
    with qtbot.waitSignal(editor.submitted, timeout=5000) as submitted:
        assert editor.submit()
    assert submitted.args[0].data["state"] == "resubmitted"
    assert submitted.args[0].data["comments"] == [comment]  # history kept as it was
    wait_idle(ctx)
    assert page.editor.read_only


def test_a_report_deleted_on_the_server_is_started_again_under_a_new_id(qtbot, ctx, fake_sync):
    """The server never takes a deleted record's id again, so a new start of the campaign's
    report takes the next id of the sequence every device of the country makes."""
    campaign_id, _campaign = sample_campaign()
    first_id = report_id_for(campaign_id, "SN")
    tombstone = {**envelope("country_report", first_id, 5, {}), "deleted": True}
    pull(ctx.db, tombstone)
    page = open_page(qtbot, ctx, fake_sync)
    assert page.stack.currentWidget() is page.start_panel
    page.start_button.click()
    wait_idle(ctx)
    assert page.editor is not None
    started = page.editor.record_id
    assert str(started) != str(first_id)
    assert str(started) == str(report_id_for(campaign_id, "SN", generation=1))
    assert ctx.repo.get(first_id).deleted
