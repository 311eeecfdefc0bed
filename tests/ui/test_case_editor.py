"""Create, validate and save a case through the editor; the list answers `records_changed`."""

from __future__ import annotations

from PySide6.QtCore import Qt

from desktop.storage.listing import ListQuery
from desktop.ui.editors.case_editor import CaseEditor
from desktop.ui.editors.window import open_editor
from desktop.ui.pages.cases import CasesPage

from .conftest import valid_case, wait_idle


def visible_errors(editor) -> list[str]:
    from desktop.ui.forms.binder import ErrorLabel

    return [e.text() for e in editor.findChildren(ErrorLabel) if e.isVisibleTo(editor) and e.text()]


def test_a_new_case_is_validated_inline_then_saved(qtbot, ctx):
    editor = CaseEditor(ctx)
    qtbot.addWidget(editor)
    editor.show()
    wait_idle(ctx)
    reference = editor.binder.widget("reference")
    reference.clear()
    qtbot.keyClicks(reference, "SN-2026-0042")
    assert editor.save() is False  # no name: nothing saved, the message sits on the group
    assert visible_errors(editor) == ["Give the missing person's given names or family name"]

    qtbot.keyClicks(editor.binder.widget("person.family_name"), "Diallo")
    qtbot.keyClicks(editor.binder.widget("person.given_names"), "Awa")
    qtbot.keyClicks(editor.binder.widget("person.age"), "200")
    assert editor.save() is False
    age_error = editor.binder._fields["person.age"][1]
    assert visible_errors(editor) == ["Age must be between 0 and 120"]
    assert age_error.isVisibleTo(editor)  # right under the age field
    assert editor.binder.widget("person.age").hasFocus() or not editor.isActiveWindow()

    editor.binder.widget("person.age").clear()
    qtbot.keyClicks(editor.binder.widget("person.age"), "24")
    editor.binder.widget("journey.route").set_value("Central Mediterranean")
    with qtbot.waitSignal(editor.saved, timeout=5000) as saved:
        assert editor.save() is True
    record = saved.args[0]
    assert record.data["person"] == {**record.data["person"], "family_name": "Diallo", "age": 24}
    assert record.sync_state == "pending" and editor.badge.state == "pending"
    assert visible_errors(editor) == []
    stored = ctx.repo.get(record.id)
    assert stored.data["reference"] == "SN-2026-0042"
    assert ctx.drafts.load(editor.draft_key) is None  # saving drops the draft


def test_the_list_shows_a_saved_case_without_being_told(qtbot, ctx):
    page = CasesPage(ctx)
    qtbot.addWidget(page)
    wait_idle(ctx)
    assert page.model.rowCount() == 0
    window = open_editor(ctx, "missing_case", parent=page)
    qtbot.addWidget(window)
    editor = window.editor
    wait_idle(ctx)
    editor.binder.set_data(valid_case(3))
    editor.dirty = True
    with qtbot.waitSignal(editor.saved, timeout=5000):
        editor.save()
    qtbot.waitUntil(lambda: page.model.rowCount() == 1, timeout=5000)
    wait_idle(ctx)
    assert page.model.data(page.model.index(0, 1)) == "Diallo3, Awa"
    assert page.total_label.text() == "1 case"
    window.ask_on_close = False
    window.close()


def test_search_and_status_filter_run_in_sql(qtbot, ctx):
    import uuid

    items = [(uuid.uuid4(), valid_case(n, status=("open", "closed")[n % 2])) for n in range(1, 11)]
    ctx.repo.save_many("missing_case", items, "SN")
    page = CasesPage(ctx)
    qtbot.addWidget(page)
    wait_idle(ctx)
    assert page.model.rowCount() == 10
    page.status_filter.setCurrentIndex(page.status_filter.findData("closed"))
    wait_idle(ctx)
    assert page.model.query == ListQuery(kind="missing_case", status="closed")
    assert page.model.rowCount() == 5
    page.search.setText("diallo3")
    qtbot.waitUntil(lambda: page.model.query.search == "diallo3", timeout=3000)
    wait_idle(ctx)
    assert page.model.rowCount() == 1
    page.view.sortByColumn(0, Qt.SortOrder.DescendingOrder)
    wait_idle(ctx)
    assert page.model.query.descending is True


def test_a_record_the_server_rejected_shows_why_in_the_badge_and_at_the_field(qtbot, ctx):
    from desktop.storage.outbox import Outbox
    from desktop.ui.models.record_list import SYNC_ROLE

    record = ctx.repo.save(
        "missing_case",
        valid_case(9, shared_with=["ES"], consent={"data_sharing": True}),
        owner_country="SN",
    )
    outbox = Outbox(ctx.db)
    [sent] = outbox.freeze_batch(10)
    reason = "Spain is not yet part of the sharing agreement"
    outbox.apply_results(
        [sent],
        [
            {
                "mutation_id": sent.mutation_id,
                "status": "rejected",
                "errors": [{"field": "shared_with", "message": reason}],
            }
        ],
    )
    editor = CaseEditor(ctx, str(record.id))
    qtbot.addWidget(editor)
    wait_idle(ctx)
    assert editor.badge.state == "failed"
    assert editor.badge.text() == f"● Sync failed: Shared with: {reason}"
    shared_error = editor.binder._fields["shared_with"][1]
    assert shared_error.text() == reason and not shared_error.isHidden()

    page = CasesPage(ctx)
    qtbot.addWidget(page)
    wait_idle(ctx)
    sync_column = len(page.model.columns) - 1
    index = page.model.index(0, sync_column)
    assert page.model.data(index) == "Failed" and page.model.data(index, SYNC_ROLE) == "failed"
    assert page.model.data(index, Qt.ItemDataRole.ToolTipRole) == f"Shared with: {reason}"
