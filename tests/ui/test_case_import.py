""" "Import cases…" and "Download template…" on the missing cases page, driven without a file
dialog (the path is given), on a real encrypted profile."""

from __future__ import annotations

import openpyxl
from PySide6.QtCore import QTranslator
from PySide6.QtWidgets import QMessageBox

from desktop.storage.listing import ListQuery
from desktop.storage.outbox import Outbox
from desktop.ui.pages.cases import CasesPage

from .conftest import User, wait_idle


def page(qtbot, ctx) -> CasesPage:
    widget = CasesPage(ctx)
    qtbot.addWidget(widget)
    widget.resize(1100, 700)
    widget.show()
    wait_idle(ctx)
    return widget


def spreadsheet(path, *rows):
    workbook = openpyxl.Workbook()
    workbook.active.append(["Reference", "Family name", "Given names", "Date of birth"])
    for row in rows:
        workbook.active.append(row)
    workbook.save(path)
    return path


def test_import_cases_shows_progress_the_summary_and_each_rejected_row(qtbot, ctx, db, tmp_path):
    ctx.set_user(User(country="SN"))
    cases = page(qtbot, ctx)
    assert cases.import_button.text() == "Import cases…"
    path = spreadsheet(
        tmp_path / "cases.xlsx",
        ["SN-2026-0001", "Sarr", "Ousmane", "1999-04-03"],
        ["SN-2026-0002", "Sow", None, "someday"],
        ["GM-2026-0003", "Jallow", None, None],
    )
    steps = []
    dialog = cases.import_file(str(path))
    dialog.progress.valueChanged.connect(steps.append)
    qtbot.waitUntil(lambda: dialog.buttons.isEnabled(), timeout=15_000)
    wait_idle(ctx)
    assert dialog.error is None and dialog.windowTitle() == "Import cases"
    summary = dialog.summary
    assert (summary.added, summary.updated, summary.unchanged, len(summary.rejected)) == (
        1,
        0,
        0,
        2,
    )
    assert "Added: 1" in dialog.result.text() and "Rejected: 2" in dialog.result.text()
    items = [dialog.problems.item(i).text() for i in range(dialog.problems.count())]
    assert items[0].startswith("Row 3, Date of birth: “someday” is not a date")
    assert items[1] == (  # the window's sentence for the refusal's code (reference_country)
        "Row 4, Reference: “GM-2026-0003” must start with SN-, the country of the case."
    )
    assert dialog.problems.isVisible() and dialog.progress.value() == dialog.progress.maximum()
    assert ctx.listing.count(ListQuery(kind="missing_case")) == 1
    assert Outbox(db).pending() == 1
    qtbot.waitUntil(lambda: cases.model.rowCount() == 1, timeout=5_000)  # the list refreshed
    dialog.close()

    again = cases.import_file(str(path))
    qtbot.waitUntil(lambda: again.buttons.isEnabled(), timeout=15_000)
    assert again.summary.unchanged == 1 and again.summary.added == 0


def test_import_without_a_country_says_to_sign_in(qtbot, ctx, tmp_path):
    cases = page(qtbot, ctx)
    dialog = cases.import_file(str(spreadsheet(tmp_path / "c.xlsx", ["SN-2026-0001", "Sarr"])))
    qtbot.waitUntil(lambda: dialog.buttons.isEnabled(), timeout=15_000)
    assert dialog.summary is None and dialog.error is not None
    assert dialog.result.text().startswith("Sign in with a country's account to import cases")


def test_an_unreadable_file_says_why(qtbot, ctx, tmp_path):
    ctx.set_user(User(country="SN"))
    notes = tmp_path / "notes.csv"
    notes.write_text("Name,Town\nSarr,Dakar\n", encoding="utf-8")
    dialog = page(qtbot, ctx).import_file(str(notes))
    qtbot.waitUntil(lambda: dialog.buttons.isEnabled(), timeout=15_000)
    assert "Reference (Référence) column" in dialog.result.text()


def test_download_template_writes_the_workbook_and_says_where(qtbot, ctx, tmp_path):
    cases = page(qtbot, ctx)
    assert cases.template_button.text() == "Download template…"
    target = tmp_path / "template"
    cases.download_template(str(target))
    wait_idle(ctx)
    qtbot.waitUntil(
        lambda: cases.window().findChild(QMessageBox, "case-template-notice") is not None
    )
    notice = cases.window().findChild(QMessageBox, "case-template-notice")
    assert str(target) + ".xlsx" in notice.text()
    header = [c.value for c in openpyxl.load_workbook(f"{target}.xlsx").worksheets[0][1]]
    assert header[:3] == ["Reference", "Status", "Family name"]
    notice.close()


def test_json_records_and_unknown_columns_are_named_as_the_file_has_them(qtbot, ctx, tmp_path):
    import json

    ctx.set_user(User(country="SN"))
    cases = page(qtbot, ctx)
    data = tmp_path / "cases.json"
    data.write_text(
        json.dumps([{"reference": "SN-2026-0001", "person": {"family_name": "Sarr", "age": 200}}]),
        encoding="utf-8",
    )
    dialog = cases.import_file(str(data))
    qtbot.waitUntil(lambda: dialog.buttons.isEnabled(), timeout=15_000)
    assert dialog.problems.item(0).text().startswith("Record 1, Age: ")
    workbook = openpyxl.Workbook()
    workbook.active.append(["Reference", "Family name", "Town"])
    workbook.active.append(["SN-2026-0002", "Sow", "Dakar"])
    workbook.save(tmp_path / "town.xlsx")
    dialog = cases.import_file(str(tmp_path / "town.xlsx"))
    qtbot.waitUntil(lambda: dialog.buttons.isEnabled(), timeout=15_000)
    assert dialog.summary.added == 1 and dialog.warnings.isVisible()
    assert dialog.warnings.item(0).text() == (
        "Row 1: The column “Town” is not in the template; it was not read"
    )


class _French(QTranslator):
    """Stands in for the French catalogue: a few of the strings the summary uses."""

    WORDS = {
        "Row {n}: {reason}": "Ligne {n} : {reason}",
        "Row {n}, {column}: {reason}": "Ligne {n}, {column} : {reason}",
        "Give the missing person's given names or family name": "Donnez un nom ou un prénom",
        "“{value}” is not a date; write it as YYYY-MM-DD, e.g. 2026-03-31": (
            "« {value} » n'est pas une date ; écrivez AAAA-MM-JJ"
        ),
    }

    def translate(self, context, source, disambiguation=None, n=-1):
        return self.WORDS.get(source)

    def isEmpty(self):
        return False


def test_rejected_rows_read_in_the_interface_language(qtbot, qapp, ctx, tmp_path):
    ctx.set_user(User(country="SN"))
    french = _French()
    qapp.installTranslator(french)
    try:
        path = spreadsheet(
            tmp_path / "c.xlsx",
            ["SN-2026-0001", None, None, None],
            ["SN-2026-0002", "Sow", None, "x"],
        )
        dialog = page(qtbot, ctx).import_file(str(path))
        qtbot.waitUntil(lambda: dialog.buttons.isEnabled(), timeout=15_000)
        items = [dialog.problems.item(i).text() for i in range(dialog.problems.count())]
    finally:
        qapp.removeTranslator(french)
    assert items == [
        "Ligne 2 : Donnez un nom ou un prénom",
        "Ligne 3, Date of birth : « x » n'est pas une date ; écrivez AAAA-MM-JJ",
    ]
