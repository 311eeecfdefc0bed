"""Country fields offer names in the interface language, found by any part of the name
without regard to case or accents; the values stay ISO codes."""

from __future__ import annotations

from PySide6.QtCore import Qt

from desktop.domain.campaign import Question
from desktop.ui import i18n
from desktop.ui.forms.countries import CountryChecklist, CountryCombo, folded
from desktop.ui.reports.questions import question_widget


def test_folding_ignores_case_and_accents():
    assert folded("Côte d’Ivoire") == "cote d'ivoire"
    assert folded("SÉNÉGAL") == "senegal"


def test_one_country_is_found_by_part_of_its_name_in_the_ui_language(qtbot, qapp):
    i18n.apply_language("fr", qapp)
    combo = CountryCombo("fr")
    qtbot.addWidget(combo)
    combo.show()
    combo.set_value("SN")
    assert combo.currentText() == "Sénégal" and combo.value() == "SN"
    assert all(len(combo.itemText(i)) > 2 for i in range(1, combo.count()))  # names, not codes
    combo.lineEdit().clear()
    qtbot.keyClicks(combo.lineEdit(), "cote")
    found = [combo.matching.index(row, 0).data() for row in range(combo.matching.rowCount())]
    assert found == ["Côte d’Ivoire"]
    assert combo.completer().popup().isVisible()
    popup = combo.completer().popup()
    qtbot.keyClick(popup, Qt.Key.Key_Down)
    qtbot.keyClick(popup, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: combo.value() == "CI", timeout=2000)
    assert combo.itemData(combo.currentIndex()) == "CI"  # the list's entry, not just text
    combo.lineEdit().setText("senegal")  # typed whole, without accent
    assert combo.value() == "SN"
    combo.lineEdit().setText("Atlantis")
    assert combo.value() == "Atlantis"  # the domain says it is not a country


def test_several_countries_are_searched_and_ticked(qtbot):
    picker = CountryChecklist("en")
    qtbot.addWidget(picker)
    picker.show()
    picker.set_value(["SN"])
    assert picker.value() == ["SN"] and picker.chosen.text() == "Chosen: Senegal"
    qtbot.keyClicks(picker.search, "gambia")
    shown = [
        picker.list.item(r).text()
        for r in range(picker.list.count())
        if not picker.list.item(r).isHidden()
    ]
    assert shown == ["The Gambia"]
    with qtbot.waitSignal(picker.changed):
        qtbot.keyClick(picker.search, Qt.Key.Key_Return)
    assert sorted(picker.value()) == ["GM", "SN"]
    assert "The Gambia" in picker.chosen.text()


def test_a_country_list_question_and_the_case_editor_use_the_pickers(qtbot, ctx):
    from desktop.ui.editors.case_editor import CaseEditor

    widget = question_widget(Question(id="c", type="country_list", label="Countries"))
    assert isinstance(widget, CountryChecklist)
    editor = CaseEditor(ctx)
    qtbot.addWidget(editor)
    qtbot.wait(20)  # the editor announces it is loaded
    assert isinstance(editor.binder.widget("shared_with"), CountryChecklist)
    assert isinstance(editor.binder.widget("journey.departure_country"), CountryCombo)
