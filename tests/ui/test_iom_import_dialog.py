"""The IOM import summary lists the rows kept with a warning, like the rejected ones, each
with its place: a CSV line, or a JSON record's position and web_id."""

from __future__ import annotations

import json
from pathlib import Path

from desktop.ui.dialogs.iom_import import IomImportDialog

from .conftest import wait_idle

SAMPLE_CSV = (
    Path(__file__).resolve().parents[1]
    / "interchange"
    / "samples"
    / "MissingMigrants-Global-2026-05-06.csv"
)


def run(qtbot, ctx, path) -> IomImportDialog:
    dialog = IomImportDialog(ctx, path)
    qtbot.addWidget(dialog)
    dialog.start()
    wait_idle(ctx)
    assert dialog.error is None
    return dialog


def items(widget) -> list[str]:
    return [widget.item(i).text() for i in range(widget.count())]


def test_the_csv_negative_counts_are_listed_as_warnings_with_their_line(qtbot, ctx):
    dialog = run(qtbot, ctx, SAMPLE_CSV)
    assert "Warnings: 2" in dialog.result.text()
    assert not dialog.warnings.isHidden() and dialog.problems.isHidden()
    shown = items(dialog.warnings)
    assert len(shown) == 2
    assert shown[0].startswith("Line 162: Number of Survivors: -1 is IOM's correction")
    assert shown[1].startswith("Line 197: Minimum Estimated Number of Missing: -5")


def test_json_records_are_named_by_position_and_web_id(qtbot, ctx, tmp_path):
    record = {
        "web_id": "2019.MMP01859", "region": "Mediterranean", "reported_date": "",
        "number_dead": "2", "cause_death": "Xqzzt", "location_description": "Off Zuwara, Libya",
    }  # fmt: skip
    bad = dict(record, web_id="2019.MMP01860", number_dead="two")
    path = tmp_path / "older.json"
    path.write_text(json.dumps([record, bad]), encoding="utf-8")
    dialog = run(qtbot, ctx, path)
    assert dialog.summary.added == 1
    assert items(dialog.problems) == [
        "Record 2 (2019.MMP01860): number_dead: “two” is not a whole number; write digits, "
        "or leave it empty if unknown"
    ]
    shown = items(dialog.warnings)
    assert shown[0].startswith("Record 1 (2019.MMP01859): cause_death: “Xqzzt” matches none")
    assert shown[1].startswith("Record 1 (2019.MMP01859): reported_date: empty; the incident")
    dialog.grab().save("/tmp/iomw/dialog.png")


def test_the_summary_reads_right_to_left_in_arabic(qtbot, ctx, tmp_path):
    from desktop.ui import i18n

    i18n.apply_language("ar")
    try:
        dialog = run(qtbot, ctx, SAMPLE_CSV)
        dialog.resize(620, 420)
        dialog.grab().save("/tmp/iomw/dialog-ar.png")
        assert dialog.warnings.count() == 2
        path = tmp_path / "one.json"
        path.write_text('[{"web_id": "2019.MMP01859", "reported_date": ""}]', encoding="utf-8")
        one = run(qtbot, ctx, path)
        (shown,) = items(one.warnings)
        assert "\u20662019.MMP01859\u2069" in shown  # the id reads left to right
    finally:
        i18n.apply_language("en")


def test_the_window_saves_imported_rows_as_validated_once(qtbot, ctx, monkeypatch):
    """The importer validates every row with the domain; the window's import must not make
    the repository validate them all a second time (the command line never did)."""
    from desktop.storage.records import RecordRepository

    calls: list[bool] = []
    save_many = RecordRepository.save_many

    def spy(self, kind, items, owner_country, *, validated=False):
        calls.append(validated)
        return save_many(self, kind, items, owner_country, validated=validated)

    monkeypatch.setattr(RecordRepository, "save_many", spy)
    dialog = run(qtbot, ctx, SAMPLE_CSV)
    assert "Warnings: 2" in dialog.result.text()
    assert calls and all(calls)
