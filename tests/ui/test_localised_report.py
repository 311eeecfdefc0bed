"""The country report in the user's language: the campaign's own title, sections, questions,
help and choices in French or Arabic (right to left in Arabic), the stored answers staying the
choices' values; validation messages and server rejections from their codes, in the interface
language (checked with the app's own compiled translations)."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QStyle

from desktop.ui import i18n
from desktop.ui.editors.case_editor import CaseEditor
from desktop.ui.labels import server_errors_text
from desktop.ui.reports.initiative_dialog import InitiativeDialog

from .conftest import valid_case, wait_idle
from .test_country_report import open_page


def open_report(qtbot, ctx, fake_sync, language: str):
    i18n.apply_language(language)
    page = open_page(qtbot, ctx, fake_sync)
    page.start_button.click()
    wait_idle(ctx)
    qtbot.waitUntil(lambda: page.editor is not None and page.stack.currentWidget() is page.editor)
    qtbot.wait(100)  # the page reloads once the new report is announced
    wait_idle(ctx)
    return page, page.editor  # the page must live as long as its editor


def caption(editor, path: str) -> QLabel:
    widget = editor.binder.widget(path)
    return next(label for label in editor.findChildren(QLabel) if label.buddy() is widget)


def combo_texts(combo) -> list[tuple[str, object]]:
    return [(combo.itemText(i), combo.itemData(i)) for i in range(combo.count())]


def test_the_report_in_french_shows_the_campaigns_french_text_and_stores_values(
    qtbot, ctx, fake_sync
):
    _page, editor = open_report(qtbot, ctx, fake_sync, "fr")
    assert "Plan d'action conjoint de La Valette" in editor.title()
    assert editor.tabs.tabToolTip(0) == "À propos de ce rapport"
    assert editor.tabs.tabToolTip(3).startswith("Domaine 3 — Protection et asile")
    institution = caption(editor, "answers.general.institution")
    assert institution.text() == "Ministère ou institution qui coordonne ce rapport *"
    hints = [label.text() for label in editor.findChildren(QLabel)]
    assert "Un par ligne." in hints
    strategy = editor.binder.widget("answers.d1.diaspora_strategy")
    assert combo_texts(strategy) == [
        ("", None),
        ("Adoptée", "Adopted"),
        ("En préparation", "In preparation"),
        ("Non", "No"),
    ]
    strategy.set_value("Adopted")
    schemes = editor.binder.widget("answers.d2.mobility_schemes")
    assert schemes.item(0).text() == "Travail saisonnier"
    schemes.item(0).setCheckState(Qt.CheckState.Checked)
    answers = editor.current_data()["answers"]
    assert answers["d1.diaspora_strategy"] == "Adopted"
    assert answers["d2.mobility_schemes"] == ["Seasonal work"]


def test_the_report_in_arabic_reads_right_to_left_with_the_campaigns_arabic_text(
    qtbot, ctx, fake_sync, tmp_path
):
    page, editor = open_report(qtbot, ctx, fake_sync, "ar")
    page.resize(1200, 800)
    assert editor.layoutDirection() == Qt.LayoutDirection.RightToLeft
    assert "خطة عمل فاليتا المشتركة" in editor.title()
    question = caption(editor, "answers.d3.asylum_law")
    assert question.text() == "هل يوجد قانون وطني للجوء؟ *"
    shown = QStyle.visualAlignment(question.layoutDirection(), question.alignment())
    assert shown & Qt.AlignmentFlag.AlignRight  # the label sits at the right, as Arabic reads
    asylum = editor.binder.widget("answers.d3.asylum_law")
    assert [text for text, _v in combo_texts(asylum)][1:] == [
        "نعم",
        "مشروع قانون معروض على البرلمان",
        "لا",
    ]
    assert asylum.layoutDirection() == Qt.LayoutDirection.RightToLeft
    assert editor.tabs.tabToolTip(5) == "المجال 5 — العودة وإعادة القبول وإعادة الإدماج"
    assert editor.initiatives.view.isRightToLeft()  # the table mirrors too
    for tab in (0, 2, 3):
        editor.tabs.setCurrentIndex(tab)
        qtbot.wait(50)
        page.grab().save(str(tmp_path / f"report-ar-{tab}.png"))  # to look at


def test_initiative_dialog_names_jvap_domains_and_areas_in_the_interface_language(qtbot):
    i18n.apply_language("pt")
    dialog = InitiativeDialog({"type": "policy", "domains": [1]})
    qtbot.addWidget(dialog)
    domains = dialog.binder.widget("domains")
    assert domains.item(1).text() == "2. Migração legal e mobilidade"
    areas = dialog.binder.widget("priority_areas")
    assert areas.item(0).text() == "1.1 Oportunidades económicas e emprego"


@pytest.fixture
def french_messages(qapp):
    """The app's own French translation (desktop/ui/translations/focal_desk_fr.qm)."""
    i18n.apply_language("fr", qapp)
    yield
    i18n.apply_language("en", qapp)


def test_a_required_question_is_said_in_french(qtbot, ctx, fake_sync, french_messages):
    _page, editor = open_report(qtbot, ctx, fake_sync, "fr")
    assert editor.submit() is False
    message = editor.binder._fields["answers.general.institution"][1]
    assert message.text() == "Une réponse est obligatoire pour soumettre"

    dialog = InitiativeDialog({"type": "policy", "domains": [1]})
    qtbot.addWidget(dialog)
    dialog.accept()
    assert dialog.binder._fields["title"][1].text() == "Titre : obligatoire"


def test_a_server_rejection_is_shown_from_its_code_in_french(qtbot, ctx, french_messages):
    from desktop.storage.outbox import Outbox

    record = ctx.repo.save("missing_case", valid_case(5), owner_country="SN")
    outbox = Outbox(ctx.db)
    [sent] = outbox.freeze_batch(10)
    refusal = {
        "field": "person.date_of_birth",
        "message": "Date of birth cannot be in the future",
        "code": "birth_in_future",
        "params": {"label": "Date of birth"},
    }
    outbox.apply_results([sent], [{"mutation_id": sent.mutation_id, "status": "rejected",
                                   "errors": [refusal]}])  # fmt: skip
    editor = CaseEditor(ctx, str(record.id))
    qtbot.addWidget(editor)
    wait_idle(ctx)
    french = "La date de naissance ne peut pas être dans le futur"
    assert editor.binder._fields["person.date_of_birth"][1].text() == french
    assert french in editor.badge.text()

    stored = (
        '[{"field": "state", "message": "This report is submitted and cannot be changed '
        'until the secretariat returns it", "code": "report_frozen", '
        '"params": {"state": "submitted"}}]'
    )
    assert server_errors_text(stored, "country_report").endswith(
        "Ce rapport est à l'état « Soumis » et ne peut pas être modifié tant que le "
        "secrétariat ne l'a pas renvoyé"
    )
    unknown = '[{"field": "reference", "message": "SN-2026-0005 is used", "code": "new_rule"}]'
    assert server_errors_text(unknown, "missing_case").endswith("SN-2026-0005 is used")
    legacy = '[{"field": "reference", "message": "Already used"}]'  # kept before codes existed
    assert server_errors_text(legacy, "missing_case").endswith(": Already used")


def test_iom_vocabularies_are_shown_translated_and_stored_as_iom_terms(qtbot, ctx, french_messages):
    from desktop.ui.editors.incident_editor import IncidentEditor
    from desktop.ui.pages.cases import CasesPage

    editor = IncidentEditor(ctx)
    qtbot.addWidget(editor)
    route = editor.binder.widget("route")
    assert ("Méditerranée centrale", "Central Mediterranean") in combo_texts(route)
    route.set_value("Central Mediterranean")
    assert route.currentText() == "Méditerranée centrale"
    region = editor.binder.widget("region")
    region.set_value("Northern Africa")
    causes = editor.binder.widget("cause_of_death")
    assert causes.item(0).text() == "Noyade"
    causes.item(0).setCheckState(Qt.CheckState.Checked)
    data = editor.current_data()
    assert (data["route"], data["region"]) == ("Central Mediterranean", "Northern Africa")
    assert data["cause_of_death"] == ["Drowning"]

    ctx.repo.save(
        "missing_case",
        valid_case(7, journey={"route": "Central Mediterranean"}),
        owner_country="SN",
    )
    ctx.repo.save(
        "missing_case", valid_case(8, journey={"route": "Via Agadez"}), owner_country="SN"
    )
    page = CasesPage(ctx)
    qtbot.addWidget(page)
    wait_idle(ctx)
    qtbot.waitUntil(lambda: page.model.rowCount() == 2)
    route_column = next(
        i for i, c in enumerate(page.model.columns) if c.title in {"Route", "Itinéraire"}
    )
    shown = {page.model.data(page.model.index(r, route_column)) for r in range(2)}
    assert shown == {"Méditerranée centrale", "Via Agadez"}  # free text stays as typed
    qtbot.waitUntil(lambda: page.route_filter.count() == 3)
    filters = {page.route_filter.itemText(i): page.route_filter.itemData(i) for i in range(3)}
    assert filters["Méditerranée centrale"] == "Central Mediterranean"
