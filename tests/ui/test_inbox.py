"""The secretariat inbox: countries sorted by name in the interface language, state chips and a
search that filter the grid; a resubmitted report shows what changed since its return; Accept
and Return are disabled while a decision is on its way and once it is made."""

from __future__ import annotations

import threading

from desktop.sync.errors import Offline, RequestRefused
from desktop.ui.dialogs.review import ReviewDialog
from desktop.ui.operations.reports import report_id_for
from desktop.ui.pages.inbox import InboxPage

from .conftest import User, envelope, pull, sample_campaign, wait_idle

INITIATIVE = {"type": "project", "title": "Border posts", "domains": [4], "budget_eur": "1000"}


def report(country: str, state: str, **data) -> dict:
    campaign_id = sample_campaign()[0]
    return {"campaign_id": campaign_id, "country": country, "state": state, **data}


def secretariat(ctx, *reports: tuple[str, int, dict]) -> str:
    campaign_id, campaign = sample_campaign()
    ctx.set_user(User(email="review@icmpd.org", role="secretariat", country=None))
    pull(ctx.db, envelope("campaign", campaign_id, 1, campaign, None))
    for country, rev, data in reports:
        rid = report_id_for(campaign_id, country)
        pull(ctx.db, envelope("country_report", rid, rev, data, owner=country))
    return campaign_id


def inbox(qtbot, ctx) -> InboxPage:
    page = InboxPage(ctx)
    qtbot.addWidget(page)
    page.show()
    wait_idle(ctx)
    return page


def test_countries_sort_by_name_in_the_interface_language(qtbot, ctx):
    secretariat(ctx)
    page = inbox(qtbot, ctx)
    rows = page.visible_countries()
    assert len(rows) == 57
    assert rows.index("CI") < rows.index("HR") < rows.index("CZ")  # Côte d'Ivoire, Croatia, Czechia


def test_state_chips_and_the_search_filter_the_grid(qtbot, ctx):
    secretariat(
        ctx,
        ("SN", 2, report("SN", "submitted")),
        ("MA", 3, report("MA", "returned")),
        ("GM", 4, report("GM", "accepted")),
    )
    page = inbox(qtbot, ctx)
    page.chips["submitted"].click()
    assert page.visible_countries() == ["SN"]
    page.chips["returned"].click()
    assert sorted(page.visible_countries()) == ["MA", "SN"]
    assert page.totals.text() == "2 of 57 countries shown"
    page.chips["submitted"].click()
    page.chips["returned"].click()
    assert len(page.visible_countries()) == 57  # nothing ticked: every country

    page.search.setText("cote")  # accents and case do not matter
    assert page.visible_countries() == ["CI"]
    page.chips["accepted"].click()
    assert page.visible_countries() == []  # both filters apply
    page.search.clear()
    assert page.visible_countries() == ["GM"]


def resubmitted(ctx) -> str:
    """MA's report, seen here returned (rev 3), then resubmitted with changes (rev 5)."""
    returned = report(
        "MA",
        "returned",
        answers={"general.institution": "Ministry", "d1.remittance_cost": 7},
        initiatives=[INITIATIVE, {"type": "policy", "title": "Old plan", "domains": [1]}],
    )
    campaign_id = secretariat(ctx, ("MA", 3, returned))
    return campaign_id


def test_a_resubmitted_report_shows_what_changed_since_the_return(qtbot, ctx):
    campaign_id = resubmitted(ctx)
    inbox(qtbot, ctx)  # the inbox has seen the returned version
    now = report(
        "MA",
        "resubmitted",
        answers={"general.institution": "Ministry", "d1.remittance_cost": 5.5},
        initiatives=[
            {**INITIATIVE, "budget_eur": "2500"},
            {"type": "policy", "title": "New law", "domains": [3]},
        ],
    )
    rid = report_id_for(campaign_id, "MA")
    pull(ctx.db, envelope("country_report", rid, 5, now, owner="MA"))
    dialog = ReviewDialog(ctx, str(rid))
    qtbot.addWidget(dialog)
    wait_idle(ctx)
    rows = dialog.changes.rows()
    assert dialog.changes.isVisibleTo(dialog)
    assert len(rows) == 4, rows
    cost = next(r for r in rows if r[0].startswith("Average cost of sending 200 EUR"))
    assert cost[1:] == ("7", "5.5")
    assert ("Initiative “Border posts”: Budget (EUR)", "1000", "2500") in rows
    assert ("Initiative added: New law", "—", "present") in rows
    assert ("Initiative removed: Old plan", "present", "—") in rows
    assert dialog.accept_button.isEnabled()


def test_a_report_not_seen_returned_says_it_cannot_compare(qtbot, ctx):
    campaign_id = secretariat(ctx, ("SN", 2, report("SN", "resubmitted")))
    dialog = ReviewDialog(ctx, str(report_id_for(campaign_id, "SN")))
    qtbot.addWidget(dialog)
    wait_idle(ctx)
    assert "cannot show what changed" in dialog.changes.note.text()


def open_resubmitted(qtbot, ctx, campaign_id) -> ReviewDialog:
    now = report("MA", "resubmitted", answers={"general.institution": "Ministry of Justice"})
    rid = report_id_for(campaign_id, "MA")
    pull(ctx.db, envelope("country_report", rid, 5, now, owner="MA"))
    dialog = ReviewDialog(ctx, str(rid))
    qtbot.addWidget(dialog)
    wait_idle(ctx)
    return dialog


def test_the_servers_returned_version_is_preferred(qtbot, ctx, fake_sync):
    campaign_id = resubmitted(ctx)
    inbox(qtbot, ctx)  # this computer's copy: rev 3, "Ministry"
    rid = str(report_id_for(campaign_id, "MA"))
    fake_sync.returned[rid] = {
        "report_id": rid,
        "rev": 4,
        "returned_at": "2026-02-01T09:00:00Z",
        "answers": {"general.institution": "Ministry of the Interior"},
        "initiatives": [],
        "comment": "Name the ministry",
    }
    dialog = open_resubmitted(qtbot, ctx, campaign_id)
    assert ("returned_version", rid) in fake_sync.calls
    rows = dialog.changes.rows()
    assert ("Ministry of the Interior", "Ministry of Justice") in [r[1:] for r in rows], rows
    assert not any(r[1] == "7" for r in rows)  # nothing of this computer's older copy


def test_offline_the_local_copy_is_compared(qtbot, ctx, fake_sync):
    campaign_id = resubmitted(ctx)
    inbox(qtbot, ctx)

    def offline(_rid):
        raise Offline("Cannot reach the server")

    fake_sync.returned_version = offline
    dialog = open_resubmitted(qtbot, ctx, campaign_id)
    rows = dialog.changes.rows()
    assert ("Ministry", "Ministry of Justice") in [r[1:] for r in rows], rows


def test_working_offline_the_server_is_not_asked(qtbot, ctx, fake_sync):
    campaign_id = resubmitted(ctx)
    inbox(qtbot, ctx)
    ctx.settings.work_offline = True
    dialog = open_resubmitted(qtbot, ctx, campaign_id)
    assert not [c for c in fake_sync.calls if c[0] == "returned_version"]
    assert dialog.changes.rows()


def test_accept_is_sent_once_then_the_decision_shows_at_once(qtbot, ctx, fake_sync):
    campaign_id = secretariat(ctx, ("SN", 2, report("SN", "submitted")))
    rid = report_id_for(campaign_id, "SN")
    page = inbox(qtbot, ctx)
    release = threading.Event()

    def server(_rid, action, comment):
        release.wait(5)
        return envelope("country_report", rid, 7, report("SN", "accepted"), owner="SN")

    fake_sync.on_review = server
    dialog = ReviewDialog(ctx, str(rid))
    qtbot.addWidget(dialog)
    wait_idle(ctx)
    dialog.decide("accept")
    assert not dialog.accept_button.isEnabled() and not dialog.return_button.isEnabled()
    dialog.decide("accept")  # a second click while the first is on its way: nothing sent
    release.set()
    wait_idle(ctx)
    assert [c for c in fake_sync.calls if c[0] == "review"] == [("review", str(rid), "accept", "")]
    assert fake_sync.review_base_rev == 2  # decided on the version shown
    assert dialog.result() == 1
    row, column = page.cell(campaign_id, "SN")
    assert page.table.item(row, column).text() == "Accepted"  # before any sync

    again = ReviewDialog(ctx, str(rid))
    qtbot.addWidget(again)
    wait_idle(ctx)
    assert not again.accept_button.isEnabled() and not again.return_button.isEnabled()
    assert "nothing to decide" in again.status.text()


def test_a_report_decided_elsewhere_keeps_the_buttons_disabled(qtbot, ctx, fake_sync):
    campaign_id = secretariat(ctx, ("SN", 2, report("SN", "submitted")))

    def server(_rid, action, comment):
        raise RequestRefused("This report is accepted", 409, "invalid_state")

    fake_sync.on_review = server
    dialog = ReviewDialog(ctx, str(report_id_for(campaign_id, "SN")))
    qtbot.addWidget(dialog)
    wait_idle(ctx)
    dialog.comment.setPlainText("Please add the figures.")
    dialog.decide("return")
    wait_idle(ctx)
    assert dialog.error.text()
    assert not dialog.accept_button.isEnabled() and not dialog.return_button.isEnabled()
    assert "open the report again" in dialog.status.text()
    assert ("sync",) in fake_sync.calls  # to bring the report as it is now
