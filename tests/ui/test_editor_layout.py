"""How editors draw their messages and behave as windows: a message never moves the form, sits
at its field, goes away once fixed; numbers say they want a number; Esc asks about unsaved
changes; an editor opens on the screen; a narrow view stacks the two columns."""

from __future__ import annotations

from PySide6.QtCore import QPoint, QRect, Qt

from desktop.ui.editors import unsaved
from desktop.ui.editors.case_editor import CaseEditor
from desktop.ui.editors.window import open_editor
from desktop.ui.reports.initiative_dialog import InitiativeDialog
from desktop.ui.screen_fit import clamp_rect

from .conftest import valid_case, wait_idle


def message(binder, path: str) -> str:
    return binder._fields[path][1].text()


def top_of(widget, editor) -> QPoint:
    return widget.mapTo(editor, QPoint(0, 0))


def new_case_editor(qtbot, ctx) -> CaseEditor:
    editor = CaseEditor(ctx)
    qtbot.addWidget(editor)
    editor.resize(1100, 900)
    editor.show()
    wait_idle(ctx)
    editor.binder.set_data(valid_case(1))
    return editor


def test_a_live_message_does_not_move_the_fields_below_it(qtbot, ctx):
    editor = new_case_editor(qtbot, ctx)
    age = editor.binder.widget("person.age")
    nationality = editor.binder.widget("person.nationality")
    before = (top_of(age, editor), top_of(nationality, editor), age.size())
    qtbot.keyClicks(editor.binder.widget("person.date_of_birth"), "2099-01-01")
    qtbot.waitUntil(lambda: message(editor.binder, "person.date_of_birth") != "", timeout=3000)
    qtbot.keyClicks(age, "many")
    qtbot.waitUntil(lambda: message(editor.binder, "person.age") != "", timeout=3000)
    editor.layout().activate()
    qtbot.wait(50)
    assert (top_of(age, editor), top_of(nationality, editor), age.size()) == before


def test_a_message_sits_at_its_field_and_goes_away_once_fixed(qtbot, ctx):
    editor = new_case_editor(qtbot, ctx)
    birth = editor.binder.widget("person.date_of_birth")
    qtbot.keyClicks(birth, "2099-01-01")
    qtbot.waitUntil(lambda: message(editor.binder, "person.date_of_birth") != "", timeout=3000)
    assert message(editor.binder, "person.date_of_birth") == "Date of birth cannot be in the future"
    assert message(editor.binder, "person.given_names") == ""  # not at the top of the group
    line = editor.binder._fields["person.date_of_birth"][1]
    assert (
        0 <= line.mapTo(editor, QPoint(0, 0)).y() - top_of(birth, editor).y() < 3 * birth.height()
    )

    assert editor.save() is False  # a second problem, shown by Save
    qtbot.keyClicks(editor.binder.widget("person.age"), "x")
    qtbot.waitUntil(lambda: message(editor.binder, "person.age") != "", timeout=3000)
    birth.clear()
    qtbot.keyClicks(birth, "1990-01-01")
    qtbot.waitUntil(lambda: message(editor.binder, "person.date_of_birth") == "", timeout=3000)
    assert message(editor.binder, "person.age") == "Age must be a whole number, 0 or more"


def test_a_group_message_goes_on_a_field_line_of_the_group(qtbot, ctx):
    editor = new_case_editor(qtbot, ctx)
    editor.binder.widget("person.given_names").clear()
    editor.binder.widget("person.family_name").clear()
    editor.binder.widget("last_contact.latitude").setText("12")
    assert editor.save() is False
    assert message(editor.binder, "person.given_names").startswith("Give the missing person's")
    assert message(editor.binder, "last_contact.latitude").startswith("Give both latitude")


def test_the_initiative_dialog_clears_a_fixed_message(qtbot):
    dialog = InitiativeDialog({"type": "policy", "domains": [1]})
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.accept()
    assert dialog.isVisible() and message(dialog.binder, "title") == "Title: required"
    qtbot.keyClicks(dialog.binder.widget("title"), "Youth jobs")
    qtbot.waitUntil(lambda: message(dialog.binder, "title") == "", timeout=3000)
    budget = dialog.binder.widget("end_date")
    dialog.binder.widget("start_date").setText("2026-05-01")
    qtbot.keyClicks(budget, "2026-01-01")
    qtbot.waitUntil(lambda: message(dialog.binder, "end_date") != "", timeout=3000)
    assert message(dialog.binder, "end_date") == "End date must be on or after the start date"


def test_number_fields_say_they_want_a_number_and_its_range(qtbot, ctx):
    from desktop.domain.campaign import Question
    from desktop.ui.reports.questions import question_widget

    editor = new_case_editor(qtbot, ctx)
    assert editor.binder.widget("person.age").placeholderText() == "A number from 0 to 120"
    plain = question_widget(Question(id="n", type="number", label="How many?"))
    ranged = question_widget(Question(id="p", type="number", label="Cost", min=0, max=100))
    money = question_widget(Question(id="m", type="money", label="Budget", min=0))
    assert plain.placeholderText() == "Enter a number"
    assert ranged.placeholderText() == "A number from 0 to 100"
    assert money.placeholderText() == "An amount in EUR, 0 or more"


def test_esc_closes_an_editor_and_asks_about_unsaved_changes(qtbot, ctx, monkeypatch):
    asked: list[str] = []
    answers = iter([unsaved.Answer.Cancel, unsaved.Answer.Discard])

    def ask(_parent, question=None):
        asked.append(question)
        return next(answers)

    monkeypatch.setattr(unsaved, "ask_to_save", ask)
    window = open_editor(ctx, "missing_case")
    qtbot.addWidget(window)
    wait_idle(ctx)
    window.activateWindow()
    qtbot.keyClicks(window.editor.binder.widget("person.family_name"), "Diallo")
    qtbot.keyClick(window.editor.binder.widget("person.family_name"), Qt.Key.Key_Escape)
    assert asked == ["Save the changes to this record?"] and window.isVisible()  # Cancel
    qtbot.keyClick(window.editor.binder.widget("person.family_name"), Qt.Key.Key_Escape)
    assert len(asked) == 2
    qtbot.waitUntil(lambda: not window.isVisible(), timeout=3000)  # Discard closes

    clean = open_editor(ctx, "missing_case")
    qtbot.addWidget(clean)
    wait_idle(ctx)
    qtbot.keyClick(clean.editor.binder.widget("person.family_name"), Qt.Key.Key_Escape)
    qtbot.waitUntil(lambda: not clean.isVisible(), timeout=3000)  # nothing typed: no question
    assert len(asked) == 2


def test_esc_in_the_initiative_dialog_asks_before_dropping_changes(qtbot, monkeypatch):
    answers = iter([unsaved.Answer.Cancel, unsaved.Answer.Save])
    monkeypatch.setattr(unsaved, "ask_to_save", lambda *_a: next(answers))
    dialog = InitiativeDialog({"type": "policy", "title": "Policy", "domains": [1]})
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.keyClicks(dialog.binder.widget("title"), " two")
    qtbot.keyClick(dialog.binder.widget("title"), Qt.Key.Key_Escape)
    assert dialog.isVisible() and dialog.result() == 0  # Cancel: still editing
    qtbot.keyClick(dialog.binder.widget("title"), Qt.Key.Key_Escape)
    assert dialog.result() == InitiativeDialog.DialogCode.Accepted  # Save: kept
    assert dialog.value()["title"] == "Policy two"


def test_a_window_is_clamped_to_the_screen():
    screen = QRect(0, 0, 1024, 768)
    assert clamp_rect(QRect(-300, 500, 1060, 760), screen) == QRect(16, 16, 992, 736)
    assert clamp_rect(QRect(900, 600, 400, 300), screen) == QRect(608, 452, 400, 300)
    assert clamp_rect(QRect(100, 100, 400, 300), screen) == QRect(100, 100, 400, 300)
    offset = QRect(1920, 0, 1280, 800)  # a second screen to the right
    assert clamp_rect(QRect(0, 0, 1060, 760), offset) == QRect(1936, 16, 1060, 760)


def test_an_editor_opens_within_the_screen_and_stacks_its_columns_when_narrow(qtbot, ctx):
    window = open_editor(ctx, "missing_case")
    qtbot.addWidget(window)
    wait_idle(ctx)
    available = window.screen().availableGeometry()
    assert available.contains(window.geometry())
    from desktop.ui.side_by_side import SideBySide

    columns = window.editor.findChild(SideBySide)
    window.resize(columns.needed_width() + 200, 700)
    qtbot.waitUntil(lambda: not columns.stacked, timeout=3000)
    window.resize(columns.needed_width() - 100, 700)
    qtbot.waitUntil(lambda: columns.stacked, timeout=3000)
    window.ask_on_close = False
    window.close()


def test_an_incidents_half_given_coordinates_are_named_at_the_longitude(qtbot, ctx):
    from desktop.ui.editors.incident_editor import IncidentEditor

    editor = IncidentEditor(ctx)
    qtbot.addWidget(editor)
    editor.show()
    wait_idle(ctx)
    editor.binder.widget("incident_date").setText("2026-03-12")
    editor.binder.widget("latitude").setText("33.1")
    assert editor.save() is False
    assert message(editor.binder, "longitude") == "Give both latitude and longitude, or neither"
    assert editor.general_error.text() == ""
