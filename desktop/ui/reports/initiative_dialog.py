"""Every field of one initiative (project or policy), validated by the domain as the user
types and before OK. Esc (or Cancel) with changes asks whether to keep them."""

from __future__ import annotations

from typing import Any

from pydantic import ValidationError
from PySide6.QtCore import QSize, Qt, QTimer
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QGridLayout,
    QPlainTextEdit,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from desktop.domain.country_report import Initiative
from desktop.domain.errors import field_errors
from desktop.domain.reference.jvap import (
    DOMAINS,
    PRIORITY_AREAS,
    domain_title,
    priority_area_title,
)

from .. import i18n
from ..editors import unsaved
from ..forms.binder import ErrorLabel, FieldBinder
from ..forms.countries import country_checklist
from ..forms.section import FormSection
from ..forms.widgets import CheckList, DateEdit, ListEdit, NumberEdit, TextEdit, ValueCombo
from ..labels import Labels
from ..screen_fit import place_on_screen

VALIDATE_MS = 300


class InitiativeDialog(QDialog):
    def __init__(
        self,
        item: dict[str, Any] | None = None,
        parent: QWidget | None = None,
        *,
        read_only: bool = False,
    ):
        super().__init__(parent)
        self.setWindowTitle(self.tr("Initiative"))
        place_on_screen(self, QSize(960, 720), parent)
        self.dirty = False
        self.binder = FieldBinder(self)
        self.base = dict(item or {"type": "project", "status": "ongoing"})
        labels = Labels()
        body = QWidget()
        grid = QGridLayout(body)
        main = FormSection(self.tr("Initiative"), self.binder, body)
        main.add("type", self.tr("Type"), ValueCombo(_items(labels.initiative_type())))
        main.add("title", self.tr("Title"), TextEdit())
        description = QPlainTextEdit()
        description.setTabChangesFocus(True)
        description.setFixedHeight(description.fontMetrics().lineSpacing() * 6 + 14)
        main.add("description", self.tr("Description"), description)
        main.add("status", self.tr("Status"), ValueCombo(_items(labels.initiative_status())))
        main.add(
            "budget_eur",
            self.tr("Budget (EUR)"),
            NumberEdit(minimum=0, money=True),
            help_text=self.tr("Required for projects; 0 if none"),
        )
        main.add("start_date", self.tr("Start date"), DateEdit())
        main.add("end_date", self.tr("End date"), DateEdit())
        main.add("link", self.tr("Link"), TextEdit())
        grid.addWidget(main, 0, 0, Qt.AlignmentFlag.AlignTop)
        scope = FormSection(self.tr("Scope"), self.binder, body)
        language = i18n.current_language()
        domains = [(f"{n}. {domain_title(n, language)}", n) for n in DOMAINS]
        scope.add("domains", self.tr("JVAP domains"), CheckList(domains))
        areas = [(f"{code} {priority_area_title(code, language)}", code) for code in PRIORITY_AREAS]
        scope.add("priority_areas", self.tr("Priority areas"), CheckList(areas))
        countries = country_checklist(language)
        scope.add("countries", self.tr("Countries covered"), countries)
        scope.add("implementing_organisations", self.tr("Implementing organisations"), ListEdit())
        scope.add("partner_organisations", self.tr("Partner organisations"), ListEdit())
        scope.add("funding_sources", self.tr("Funding sources"), ListEdit())
        scope.add("target_groups", self.tr("Target groups"), ListEdit())
        grid.addWidget(scope, 0, 1, Qt.AlignmentFlag.AlignTop)
        grid.setColumnStretch(0, 1)
        grid.setColumnStretch(1, 1)
        scroll = QScrollArea(self)
        scroll.setWidgetResizable(True)
        scroll.setWidget(body)
        self.general = ErrorLabel(self)
        self.binder.set_general(self.general)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(scroll, 1)
        layout.addWidget(self.general)
        layout.addWidget(buttons)
        self.binder.set_data(self.base)
        self.binder.set_read_only(read_only)
        self.read_only = read_only
        self._validate = QTimer(self, singleShot=True, interval=VALIDATE_MS)
        self._validate.timeout.connect(self._validate_touched)
        self.binder.changed.connect(self._on_changed)

    def _on_changed(self, _path: str) -> None:
        self.dirty = True
        self._validate.start()

    def _validate_touched(self) -> None:
        """Live messages: a problem appears once its field is touched, goes once fixed."""
        self.binder.show_errors(self.errors(), only=self.binder.touched)

    def value(self) -> dict[str, Any]:
        return self.binder.data(self.base)

    def errors(self) -> list:
        try:
            Initiative.model_validate(self.value())
        except ValidationError as exc:
            return field_errors(exc, Initiative)
        return []

    def accept(self) -> None:
        if self.read_only:
            return super().reject()
        self._validate.stop()
        errors = self.errors()
        if errors:
            self.binder.show_errors(errors)
            return
        super().accept()

    def reject(self) -> None:
        """Esc, Cancel or the close button: with changes, Save / Discard / Cancel."""
        if self.dirty and not self.read_only:
            answer = unsaved.ask_to_save(self, self.tr("Keep the changes to this initiative?"))
            if answer == unsaved.Answer.Save:
                return self.accept()
            if answer != unsaved.Answer.Discard:
                return None
        return super().reject()


def _items(mapping: dict[str, str]) -> list[tuple[str, str]]:
    return [(text, value) for value, text in mapping.items()]
