"""A laptop's 1,024 × 768 in every language, and the smaller defects found in use: the drafts
banner after Discard, the overview's axes, the sync progress words, text that is never cut."""

from __future__ import annotations

import uuid

import pytest
from PySide6.QtWidgets import QApplication, QMessageBox, QPushButton

from desktop.ui import i18n
from desktop.ui.editors import unsaved
from desktop.ui.editors.window import open_editor
from desktop.ui.main_window import MainWindow
from desktop.ui.operations.stats import every_month
from desktop.ui.pages.cases import CasesPage
from desktop.ui.pages.overview import OverviewPage, integer_scale

from .conftest import wait_idle


@pytest.mark.parametrize("language", ["en", "fr", "pt", "ar"])
def test_the_window_fits_a_1024_pixel_laptop_and_the_sidebar_its_entries(
    qtbot, qapp, ctx, language
):
    i18n.apply_language(language, qapp)
    window = MainWindow(ctx)
    qtbot.addWidget(window)
    window.resize(1024, 768)
    window.show()
    wait_idle(ctx)
    for key in window.pages:
        window.show_page(key)
        qtbot.wait(10)
        assert window.minimumSizeHint().width() <= 1024, (language, key)
    nav = window.nav
    widest = max(nav.visualItemRect(nav.item(i)).width() for i in range(nav.count()))
    texts = [nav.fontMetrics().horizontalAdvance(nav.item(i).text()) for i in range(nav.count())]
    assert max(texts) < widest <= nav.viewport().width()  # no sideways scrolling
    assert not nav.horizontalScrollBar().isVisible()
    cases = window.pages["cases"]
    for button in cases.findChildren(QPushButton):
        if button.isVisibleTo(cases):
            assert button.width() >= button.sizeHint().width(), button.text()


def test_the_drafts_banner_goes_away_after_discard(qtbot, ctx, monkeypatch):
    monkeypatch.setattr(unsaved, "ask_to_save", lambda *_a: unsaved.Answer.Discard)
    page = CasesPage(ctx)
    qtbot.addWidget(page)
    page.show()
    wait_idle(ctx)
    window = open_editor(ctx, "missing_case", parent=page)
    qtbot.addWidget(window)
    wait_idle(ctx)
    qtbot.keyClicks(window.editor.binder.widget("person.family_name"), "Kamara")
    window.editor.save_draft_now()
    qtbot.waitUntil(lambda: page.drafts_bar.isVisibleTo(page), timeout=5000)
    window.close()  # Discard: the window goes, and so does its draft
    wait_idle(ctx)
    qtbot.waitUntil(lambda: not page.drafts_bar.isVisibleTo(page), timeout=5000)
    assert ctx.drafts.list("missing_case") == []


def test_every_month_is_on_the_axis_and_counts_are_whole_numbers(qtbot, ctx):
    def incident(day: str, dead: int) -> dict:
        return {"incident_id": f"SN-{day}", "incident_date": day, "number_dead": dead}

    items = [(uuid.uuid4(), incident("2025-11-03", 1)), (uuid.uuid4(), incident("2026-02-10", 0))]
    ctx.repo.save_many("incident", items, "SN")
    page = OverviewPage(ctx)
    qtbot.addWidget(page)
    page.show()
    qtbot.waitUntil(lambda: bool(page.overview and page.overview.incidents_by_month))
    chart = page.month_view.chart()
    [category] = [a for a in chart.axes() if hasattr(a, "categories")]
    assert category.categories() == ["2025-11", "2025-12", "2026-01", "2026-02"]
    [value] = [a for a in chart.axes() if not hasattr(a, "categories")]
    assert (value.min(), value.max(), value.tickInterval()) == (0, 1, 1)  # "0 1", not "0 0 0 0 1"
    assert value.tickType() == type(value).TickType.TicksDynamic


def test_integer_scales_and_month_filling():
    assert integer_scale(0) == (1, 1)
    assert integer_scale(3) == (3, 1)
    assert integer_scale(7) == (8, 2)
    assert integer_scale(23) == (25, 5)
    assert integer_scale(1234) == (1500, 500)
    assert every_month([]) == []
    assert every_month([("2025-12", 2, 1), ("2026-01", 0, 3)]) == [
        ("2025-12", 2, 1),
        ("2026-01", 0, 3),
    ]
    assert len(every_month([("2015-01", 1, 0), ("2026-02", 1, 0)], months=24)) == 24


def test_the_sync_progress_speaks_in_words(qtbot, ctx):
    window = MainWindow(ctx)
    qtbot.addWidget(window)
    window.show()
    wait_idle(ctx)
    status, bar = ctx.sync_status, window.status.progress
    status.started()
    seen = {}
    for phase in ("push", "pull", "verify"):
        status.progress(phase, 1, 4)
        seen[phase] = bar.format()
    assert seen == {
        "push": "Sending changes… %v/%m",
        "pull": "Receiving changes… %v/%m",
        "verify": "Checking… %v/%m",
    }
    status.progress("verify", 0, 1)
    assert bar.format() == "Checking…" and bar.isVisibleTo(window)
    status.finished()


def test_initiative_texts_are_never_cut(qtbot, qapp):
    from desktop.ui.reports.initiative_dialog import InitiativeDialog
    from desktop.ui.reports.initiatives import TITLE_COLUMN, InitiativesTable

    table = InitiativesTable()
    qtbot.addWidget(table)
    table.resize(560, 300)
    table.show()
    title = "Tekki Fii — decent jobs for young people"
    table.set_value([{"type": "project", "title": title, "domains": [1, 4]}])
    view = table.view
    assert view.columnWidth(TITLE_COLUMN) >= view.fontMetrics().horizontalAdvance(title)
    tip = table.model.index(0, 2).data(3)  # the domains column's tooltip names each domain
    assert tip.startswith("1. Development benefits of migration") and "\n4. " in tip

    i18n.apply_language("ar", qapp)
    dialog = InitiativeDialog({"type": "policy", "title": "x", "domains": [1]})
    qtbot.addWidget(dialog)
    dialog.show()
    domains = dialog.binder.widget("domains")
    first = domains.visualItemRect(domains.item(0))
    assert first.height() > 1.5 * domains.fontMetrics().height()  # the long title wraps
    assert not domains.horizontalScrollBar().isVisible()
    for button in dialog.findChildren(QPushButton):
        if button.isVisibleTo(dialog):
            assert button.width() >= button.sizeHint().width(), button.text()


def test_the_unsaved_question_keeps_its_buttons_whole_in_arabic(qtbot, qapp):
    from PySide6.QtCore import QTimer

    i18n.apply_language("ar", qapp)
    widths: list[tuple[int, int]] = []

    def look() -> None:
        for top in QApplication.topLevelWidgets():
            if isinstance(top, QMessageBox) and top.isVisible():
                widths.extend((b.width(), b.sizeHint().width()) for b in top.buttons())
                top.reject()

    QTimer.singleShot(200, look)
    assert unsaved.ask_to_save(None) == unsaved.Answer.Cancel
    assert len(widths) == 3 and all(w >= hint for w, hint in widths)


def test_a_conflicts_values_stay_readable_on_a_laptop(qtbot, ctx):
    from desktop.ui.pages.conflicts import ConflictsPage

    from .test_storage_drafts_conflicts import make_conflict

    make_conflict(
        ctx.db,
        server_changes={"status": "found_alive", "notes": "Located by the Spanish Red Cross"},
        local_changes={"status": "referred"},
    )
    page = ConflictsPage(ctx)
    qtbot.addWidget(page)
    page.resize(1024 - 200, 700)  # the window less the sidebar
    page.show()
    wait_idle(ctx)
    qtbot.waitUntil(lambda: page.resolver is not None)
    table = page.resolver.table
    qtbot.wait(20)
    for column in (1, 2):  # this computer's value, the server's
        assert table.columnWidth(column) >= 100, column


def test_the_main_window_opens_within_the_screen(qtbot, ctx):
    window = MainWindow(ctx)
    qtbot.addWidget(window)
    available = window.screen().availableGeometry()
    assert available.contains(window.geometry())
    assert window.width() <= 1280 and window.height() <= 800
