"""What every record editor does: load the record (and its draft), autosave a draft as the
user types (debounced), validate live and on save, save through the operations, and show the
record's sync badge. Subclasses only build their form on `self.binder`."""

from __future__ import annotations

import uuid
from typing import Any
from uuid import UUID

from PySide6.QtCore import QCoreApplication, Qt, QTimer, Signal
from PySide6.QtWidgets import (
    QFrame,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from desktop.domain.errors import RecordInvalid
from desktop.domain.moments import parse_rfc3339
from desktop.domain.records import check
from desktop.storage.models import SyncState

from ..context import AppContext
from ..events import RecordsChanged
from ..forms.binder import ErrorLabel, FieldBinder
from ..labels import server_field_errors
from ..messages import error_text
from ..operations import drafts as draft_ops
from ..operations import records as ops
from ..side_by_side import SideBySide
from .header import EditorHeader

AUTOSAVE_MS = 1000
VALIDATE_MS = 300


class RecordEditor(QWidget):
    kind = ""
    scrolling = True  # False: the form scrolls by itself (e.g. tabs)
    saved = Signal(object)  # LocalRecord
    draft_saved = Signal()
    loaded = Signal()
    title_changed = Signal(str)

    def __init__(
        self,
        ctx: AppContext,
        record_id: str | None = None,
        *,
        new_id: str | None = None,
        draft: Any | None = None,
        parent: QWidget | None = None,
    ):
        """Edit the stored record `record_id`, or a new one (`new_id` when resuming the draft
        of a record never saved)."""
        super().__init__(parent)
        self.ctx = ctx
        self.is_new = record_id is None
        self.record_id = UUID(record_id or new_id or str(uuid.uuid4()))
        self.draft_key = draft_ops.draft_key(self.kind, self.record_id)
        self.base_data: dict[str, Any] = {}
        self.dirty = False
        self.read_only = False
        self.binder = FieldBinder(self)
        self._autosave = _timer(self, AUTOSAVE_MS, self.save_draft_now)
        self._validate = _timer(self, VALIDATE_MS, self._validate_touched)
        self._build()
        self.binder.changed.connect(self._on_changed)
        ctx.events.records_changed.connect(self._on_records_changed)
        if self.is_new:
            self.base_data = self.new_data()
            self.binder.set_data(self.base_data)
            if draft is not None:
                self._restore(draft)
            self.after_load()
            QTimer.singleShot(0, self.loaded.emit)
        else:
            self._load()

    # For subclasses -------------------------------------------------------------------------

    def build_form(self, body: QWidget) -> None:
        raise NotImplementedError

    def new_data(self) -> dict[str, Any]:
        return {}

    def title(self) -> str:
        return ""

    def validation_errors(self, data: dict[str, Any]) -> list:
        return check(self.kind, data)

    def live_errors(self, data: dict[str, Any]) -> list:
        """The problems shown as the user types (by default those that stop a save)."""
        return self.validation_errors(data)

    def after_load(self) -> None:
        """Called once the record (and draft) are shown."""

    # Layout ---------------------------------------------------------------------------------

    def _build(self) -> None:
        outer = QVBoxLayout(self)
        self.header = EditorHeader(self)
        self.header.discard_requested.connect(self.discard_changes)
        self.heading, self.badge, self.notice = (
            self.header.heading,
            self.header.badge,
            self.header.notice,
        )
        outer.addWidget(self.header)
        # Below the form: a message here shortens the form's view but never moves its fields.
        self.general_error = ErrorLabel(self)
        self.binder.set_general(self.general_error)
        if self.scrolling:
            scroll = QScrollArea(self)
            scroll.setWidgetResizable(True)
            scroll.setFrameShape(QFrame.Shape.NoFrame)
            scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
            body = QWidget(scroll)
            self.build_form(body)
            scroll.setWidget(body)
            outer.addWidget(scroll, 1)
        else:
            body = QWidget(self)
            self.build_form(body)
            outer.addWidget(body, 1)
        outer.addWidget(self.general_error)
        self._update_heading()

    def _update_heading(self) -> None:
        self.heading.setText(self.title())
        self.title_changed.emit(self.title())

    # Loading --------------------------------------------------------------------------------

    def _load(self) -> None:
        ops.load_record(self.ctx, self.record_id, on_done=self._loaded, owner=self)

    def _loaded(self, result) -> None:
        record, draft = result
        if record is not None:
            self.base_data = record.data
            self.binder.set_data(record.data)
            self.badge.set_state(record.sync_state, record.sync_message, self.kind)
            if record.sync_state == SyncState.FAILED:  # the server's reasons, in place
                self.binder.show_errors(server_field_errors(record.sync_message))
        if draft is not None:
            self._restore(draft)
        self._update_heading()
        self.after_load()
        self.loaded.emit()

    def _restore(self, draft) -> None:
        self.binder.set_data(draft.data)
        self.dirty = True
        when = _local_time(draft.updated_at)
        text = QCoreApplication.translate(
            "RecordEditor", "Restored changes you had not saved ({when})."
        )
        self.header.show_notice(text.format(when=when))
        self._validate_all()

    def _on_records_changed(self, change: RecordsChanged) -> None:
        if change.source is self or not change.touches(self.kind):
            return
        if (change.ids and str(self.record_id) not in change.ids) or self.is_new or self.dirty:
            return
        self._load()  # e.g. a sync brought a newer version; nothing typed here is lost

    # Editing, drafts, validation ------------------------------------------------------------

    def _on_changed(self, _path: str) -> None:
        self.dirty = True
        self._autosave.start()
        self._validate.start()

    def current_data(self) -> dict[str, Any]:
        return self.binder.data(self.base_data)

    def save_draft_now(self) -> None:
        """Write the draft now (the debounce timer calls this; so do close and quit)."""
        self._autosave.stop()
        if not self.dirty or self.read_only:
            return
        record_id = None if self.is_new else str(self.record_id)
        draft_ops.save_draft(
            self.ctx,
            self.draft_key,
            self.kind,
            record_id,
            self.current_data(),
            on_done=lambda _d: self.draft_saved.emit(),
            owner=self,
        )

    def _validate_touched(self) -> None:
        errors = self.live_errors(self.current_data())
        self.binder.show_errors(errors, only=self.binder.touched)

    def _validate_all(self) -> list:
        errors = self.validation_errors(self.current_data())
        self.binder.show_errors(errors)
        return errors

    # Saving ---------------------------------------------------------------------------------

    def save(self) -> bool:
        """Validate and save in the background; False (with messages shown) when invalid."""
        if self.read_only:
            return False
        errors = self._validate_all()
        if errors:
            self._focus_first(errors)
            return False
        self._autosave.stop()
        ops.save_record(
            self.ctx,
            self.kind,
            self.current_data(),
            record_id=self.record_id,
            draft_key=self.draft_key,
            on_done=self._saved,
            on_error=self._save_failed,
            owner=self,
        )
        return True

    def _saved(self, record) -> None:
        self.is_new = False
        self.dirty = False
        self.base_data = record.data
        self.binder.touched.clear()
        self.header.show_notice(None)
        self.badge.set_state(record.sync_state, record.sync_message, self.kind)
        self._update_heading()
        self.after_load()
        self.saved.emit(record)

    def _save_failed(self, exc: BaseException) -> None:
        if isinstance(exc, RecordInvalid):
            self.binder.show_errors(exc.errors)
        else:
            self.general_error.show_message(
                QCoreApplication.translate("RecordEditor", "Not saved: {reason}").format(
                    reason=error_text(exc)
                )
            )

    def _focus_first(self, errors) -> None:
        for error in errors:
            for path in self.binder.paths():
                if error.field == path or error.field.startswith(path + "."):
                    self.binder.widget(path).setFocus()
                    return

    def forget_typing(self, forget: bool = True) -> None:
        """The record is being deleted: what was typed is no longer kept as a draft (`False`
        again when the delete failed)."""
        self._autosave.stop()
        self.dirty = not forget

    def discard_changes(self) -> None:
        self._autosave.stop()
        self.dirty = False
        self.header.show_notice(None)
        draft_ops.discard_draft(self.ctx, self.draft_key, self.kind, owner=self)
        self.binder.set_data(self.base_data)
        self.binder.clear_errors()


def two_columns(body: QWidget) -> tuple[QVBoxLayout, QVBoxLayout]:
    """The editors' layout: two columns of equal width for form sections, one under the other
    when the view is too narrow for both side by side."""
    left, right = QVBoxLayout(), QVBoxLayout()
    holder = QVBoxLayout(body)
    holder.addWidget(SideBySide(left, right, body))
    return left, right


def _timer(parent: QWidget, ms: int, slot) -> QTimer:
    timer = QTimer(parent)
    timer.setSingleShot(True)
    timer.setInterval(ms)
    timer.timeout.connect(slot)
    return timer


def _local_time(stamp: str) -> str:
    try:
        moment = parse_rfc3339(stamp).astimezone()
    except ValueError:
        return stamp
    return moment.strftime("%Y-%m-%d %H:%M")
