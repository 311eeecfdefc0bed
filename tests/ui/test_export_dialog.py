"""Export… on a list writes the workbook `focal-desk export --format xlsx` writes, off the GUI
thread; cases leave out their personal fields unless the user chooses to include them."""

from __future__ import annotations

import uuid

from openpyxl import load_workbook

from desktop.ui.pages.cases import CasesPage
from desktop.ui.pages.incidents import IncidentsPage

from .conftest import valid_case, wait_idle


def cells(path) -> list[str]:
    workbook = load_workbook(path, read_only=True)
    sheet = workbook.worksheets[0]
    return [str(v) for row in sheet.iter_rows(values_only=True) for v in row if v is not None]


def data_rows(path) -> int:
    sheet = load_workbook(path, read_only=True).worksheets[0]
    return sum(1 for _row in sheet.iter_rows(min_row=2, values_only=True))


def open_dialog(qtbot, ctx, page, path):
    dialog = page.export_list() if hasattr(page, "export_list") else page.export_reports()
    qtbot.addWidget(dialog)
    dialog.choose_path = lambda suggested: str(path)
    wait_idle(ctx)
    return dialog


def test_cases_export_without_personal_fields_by_default(qtbot, ctx, tmp_path):
    ctx.repo.save_many("missing_case", [(uuid.uuid4(), valid_case(n)) for n in (1, 2, 3)], "SN")
    page = CasesPage(ctx)
    qtbot.addWidget(page)
    wait_idle(ctx)
    out = tmp_path / "cases.xlsx"
    dialog = open_dialog(qtbot, ctx, page, out)
    assert dialog.heading.text().startswith("Export all 3 case")  # "cases" once translated
    assert dialog.leave_out.isChecked() and not dialog.warning.isVisibleTo(dialog)
    dialog.export_button.click()
    wait_idle(ctx)
    assert dialog.result is not None and dialog.result.count == 3
    values = cells(out)
    assert "SN-2026-0002" in values
    assert not any("Diallo" in v for v in values)  # the family names stayed out
    assert "Personal fields were left out." in dialog.outcome.text()


def test_including_personal_data_warns_and_writes_the_names(qtbot, ctx, tmp_path):
    ctx.repo.save_many("missing_case", [(uuid.uuid4(), valid_case(n)) for n in (1, 2)], "SN")
    page = CasesPage(ctx)
    qtbot.addWidget(page)
    wait_idle(ctx)
    out = tmp_path / "with-names.xlsx"
    dialog = open_dialog(qtbot, ctx, page, out)
    dialog.personal.setChecked(True)
    assert dialog.warning.isVisibleTo(dialog)
    assert "family contacts" in dialog.warning.text()
    dialog.export_button.click()
    wait_idle(ctx)
    assert {"Diallo1", "Diallo2"} <= set(cells(out))
    assert "The file contains personal data." in dialog.outcome.text()


def test_a_filtered_list_exports_what_it_shows(qtbot, ctx, tmp_path):
    items = [(uuid.uuid4(), valid_case(n, status=("open", "closed")[n % 2])) for n in range(1, 7)]
    ctx.repo.save_many("missing_case", items, "SN")
    page = CasesPage(ctx)
    qtbot.addWidget(page)
    wait_idle(ctx)
    page.status_filter.setCurrentIndex(page.status_filter.findData("closed"))
    wait_idle(ctx)
    out = tmp_path / "closed.xlsx"
    dialog = open_dialog(qtbot, ctx, page, out)
    assert "3 case" in dialog.heading.text() and "the list shows" in dialog.heading.text()
    dialog.export_button.click()
    wait_idle(ctx)
    assert data_rows(out) == 3
    values = cells(out)
    assert "SN-2026-0001" in values and "SN-2026-0002" not in values


def test_incidents_export_and_an_unwritable_path_says_what_to_do(qtbot, ctx, tmp_path):
    incident = {"incident_id": "2026.MMP0001", "incident_date": "2026-01-03", "location": "X"}
    ctx.repo.save_many("incident", [(uuid.uuid4(), incident)], "SN")
    page = IncidentsPage(ctx)
    qtbot.addWidget(page)
    wait_idle(ctx)
    assert page.export_button.text() == "Export…"
    dialog = open_dialog(qtbot, ctx, page, tmp_path / "no-such-folder" / "x.xlsx")
    assert dialog.personal is None  # no personal fields in incidents
    dialog.export_button.click()
    wait_idle(ctx)
    assert dialog.result is None
    assert "Choose another folder or name" in dialog.outcome.text()
    assert dialog.export_button.isEnabled()

    dialog.choose_path = lambda suggested: str(tmp_path / "incidents.xlsx")
    dialog.export_button.click()
    wait_idle(ctx)
    assert "2026.MMP0001" in cells(tmp_path / "incidents.xlsx")


def test_country_reports_export_from_the_inbox_and_the_reports_page(qtbot, ctx, tmp_path):
    from desktop.ui.pages.inbox import InboxPage
    from desktop.ui.pages.reports import ReportsPage

    from .conftest import User, envelope, pull, sample_campaign

    campaign_id, campaign = sample_campaign()
    pull(ctx.db, envelope("campaign", campaign_id, 1, campaign, None))
    data = {"campaign_id": campaign_id, "country": "SN", "state": "submitted"}
    pull(ctx.db, envelope("country_report", uuid.uuid4(), 2, data))
    ctx.set_user(User(role="secretariat", country=None))
    inbox = InboxPage(ctx)
    qtbot.addWidget(inbox)
    wait_idle(ctx)
    dialog = open_dialog(qtbot, ctx, inbox, tmp_path / "r.xlsx")
    dialog.export_button.click()
    wait_idle(ctx)
    assert dialog.result is not None and dialog.result.count == 1
    assert "submitted" in cells(tmp_path / "r.xlsx")

    ctx.set_user(User())
    page = ReportsPage(ctx)
    qtbot.addWidget(page)
    wait_idle(ctx)
    dialog = page.export_reports()
    qtbot.addWidget(dialog)
    dialog.choose_path = lambda suggested: str(tmp_path / "mine.xlsx")
    wait_idle(ctx)
    dialog.export_button.click()
    wait_idle(ctx)
    assert dialog.result.count == 1
