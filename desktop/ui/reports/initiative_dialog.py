"""Every field of one initiative (project or policy), validated by the domain before OK."""

from __future__ import annotations

from typing import Any

from pydantic import ValidationError
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
from desktop.domain.reference.jvap import DOMAINS, PRIORITY_AREAS

from ..forms.binder import ErrorLabel, FieldBinder
from ..forms.section import FormSection
from ..forms.widgets import CheckList, DateEdit, ListEdit, NumberEdit, TextEdit, ValueCombo
from ..labels import Labels


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
        self.resize(900, 680)
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
        main.add("description", self.tr("Description"), description)
        main.add("status", self.tr("Status"), ValueCombo(_items(labels.initiative_status())))
        main.add(
            "budget_eur",
            self.tr("Budget (EUR)"),
            NumberEdit(),
            help_text=self.tr("Required for projects; 0 if none"),
        )
        main.add("start_date", self.tr("Start date"), DateEdit())
        main.add("end_date", self.tr("End date"), DateEdit())
        main.add("link", self.tr("Link"), TextEdit())
        grid.addWidget(main, 0, 0)
        scope = FormSection(self.tr("Scope"), self.binder, body)
        domains = [(f"{n}. {d.title}", n) for n, d in DOMAINS.items()]
        scope.add("domains", self.tr("JVAP domains"), CheckList(domains))
        areas = [(f"{code} {title}", code) for code, title in PRIORITY_AREAS.items()]
        scope.add("priority_areas", self.tr("Priority areas"), CheckList(areas))
        scope.add("countries", self.tr("Countries covered"), ListEdit(upper=True))
        scope.add("implementing_organisations", self.tr("Implementing organisations"), ListEdit())
        scope.add("partner_organisations", self.tr("Partner organisations"), ListEdit())
        scope.add("funding_sources", self.tr("Funding sources"), ListEdit())
        scope.add("target_groups", self.tr("Target groups"), ListEdit())
        grid.addWidget(scope, 0, 1)
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
        errors = self.errors()
        if errors:
            self.binder.show_errors(errors)
            return
        super().accept()


def _items(mapping: dict[str, str]) -> list[tuple[str, str]]:
    return [(text, value) for value, text in mapping.items()]
