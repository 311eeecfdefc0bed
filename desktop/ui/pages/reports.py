"""Country reports: each campaign with this country's report; the selected one opens beside
the list. A campaign not started yet offers to start the report."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QSplitter,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from desktop.domain.reference.countries import country_name

from .. import i18n
from ..context import AppContext
from ..events import RecordsChanged
from ..labels import Labels, label
from ..operations import reports as ops
from ..reports.editor import ReportEditor


class ReportsPage(QWidget):
    def __init__(self, ctx: AppContext, parent: QWidget | None = None):
        super().__init__(parent)
        self.ctx = ctx
        self.slots: list[ops.ReportSlot] = []
        self.editor: ReportEditor | None = None
        splitter = QSplitter(self)
        left = QWidget(splitter)
        left_column = QVBoxLayout(left)
        left_column.setContentsMargins(0, 0, 0, 0)
        self.list = QListWidget(left)
        left_column.addWidget(self.list, 1)
        self.export_button = QPushButton(self.tr("Export…"), left)
        self.export_button.setToolTip(self.tr("Export the country reports to an Excel workbook"))
        self.export_button.clicked.connect(self.export_reports)
        left_column.addWidget(self.export_button, 0, Qt.AlignmentFlag.AlignLeft)
        self.list.setAccessibleName(self.tr("Campaigns"))
        self.list.setMinimumWidth(180)
        self.list.setWordWrap(True)
        self.list.setSpacing(2)
        self.list.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.list.currentRowChanged.connect(self._show_slot)
        self.stack = QStackedWidget(splitter)
        self.message = QLabel(self.stack)
        self.message.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.message.setWordWrap(True)
        self.stack.addWidget(self.message)
        self.start_panel = QWidget(self.stack)
        start_layout = QVBoxLayout(self.start_panel)
        self.start_text = QLabel(self.start_panel)
        self.start_text.setWordWrap(True)
        self.start_text.setAlignment(Qt.AlignmentFlag.AlignCenter)  # wraps across the panel
        self.start_button = QPushButton(self.tr("Start the report"), self.start_panel)
        self.start_button.clicked.connect(self._start)
        start_layout.addStretch(1)
        start_layout.addWidget(self.start_text)
        start_layout.addWidget(self.start_button, 0, Qt.AlignmentFlag.AlignHCenter)
        start_layout.addStretch(2)
        self.stack.addWidget(self.start_panel)
        splitter.setStretchFactor(1, 1)
        splitter.setSizes([220, 900])
        layout = QHBoxLayout(self)
        layout.addWidget(splitter)
        ctx.events.records_changed.connect(self._on_records_changed)
        ctx.events.user_changed.connect(self.reload)
        self.reload()

    def export_reports(self):
        from desktop.storage.listing import ListQuery

        from ..dialogs.export import open_export

        return open_export(self.ctx, ListQuery(kind="country_report"), self.window())

    def reload(self, *_args) -> None:
        country = self.ctx.owner_country
        if self.ctx.is_secretariat:
            self._say(self.tr("The secretariat reviews reports in the Secretariat inbox."))
            return
        ops.load_my_reports(self.ctx, country, on_done=self._loaded, owner=self)

    def _say(self, text: str) -> None:
        self.list.clear()
        self.message.setText(text)
        self.stack.setCurrentWidget(self.message)

    def _loaded(self, slots: list[ops.ReportSlot]) -> None:
        keep = self._current_campaign()
        self.slots = slots
        if not slots:
            if self.ctx.owner_country:
                self._say(
                    self.tr(
                        "No campaign has reached this computer yet. Sync to receive "
                        "the secretariat's campaigns."
                    )
                )
            else:
                self._say(
                    self.tr(
                        "Sign in as your country's focal point and sync to see the "
                        "data-collection campaigns."
                    )
                )
            return
        states = Labels().report_state()
        self.list.blockSignals(True)
        self.list.clear()
        for slot in slots:
            state = slot.report.data.get("state") if slot.report else "missing"
            status = self.tr("open") if slot.campaign.is_open else self.tr("closed")
            title = slot.campaign.campaign.title_in(i18n.current_language())
            text = f"{title}\n{label(states, state)} · {status}"
            item = QListWidgetItem(text, self.list)
            item.setData(Qt.ItemDataRole.UserRole, slot.campaign.id)
        self.list.blockSignals(False)
        ids = [s.campaign.id for s in slots]
        self.list.setCurrentRow(ids.index(keep) if keep in ids else 0)
        self._show_slot(self.list.currentRow())

    def _current_campaign(self) -> str | None:
        item = self.list.currentItem()
        return item.data(Qt.ItemDataRole.UserRole) if item else None

    def _show_slot(self, row: int) -> None:
        if not 0 <= row < len(self.slots):
            return
        slot = self.slots[row]
        if slot.report is None:
            name = country_name(self.ctx.owner_country or "", i18n.current_language())
            self.start_text.setText(
                self.tr("{country} has not started its report for “{title}”.").format(
                    country=name, title=slot.campaign.campaign.title_in(i18n.current_language())
                )
            )
            self.start_button.setEnabled(slot.campaign.is_open)
            self.stack.setCurrentWidget(self.start_panel)
            return
        if self.editor is not None and self.editor.record_id == slot.report.id:
            self.stack.setCurrentWidget(self.editor)
            return
        self._drop_editor()
        self.editor = ReportEditor(self.ctx, slot.campaign, str(slot.report.id), parent=self.stack)
        self.stack.addWidget(self.editor)
        self.stack.setCurrentWidget(self.editor)

    def _drop_editor(self) -> None:
        if self.editor is not None:
            self.editor.save_draft_now()
            self.stack.removeWidget(self.editor)
            self.editor.deleteLater()
            self.editor = None

    def _start(self) -> None:
        row = self.list.currentRow()
        if 0 <= row < len(self.slots) and self.ctx.owner_country:
            ops.start_report(
                self.ctx, self.slots[row].campaign.id, self.ctx.owner_country, owner=self
            )

    def _on_records_changed(self, change: RecordsChanged) -> None:
        if change.touches("country_report") or change.touches("campaign"):
            self.reload()  # the open editor is kept (it refreshes itself when not edited)

    def save_current(self) -> None:
        if self.editor is not None:
            self.editor.save()
