"""Binds dotted record paths ("person.family_name") to value widgets, builds the record data
from them, and shows each domain `FieldError` next to the field (or group) it is about.

A field's message goes on a line kept for it under the field (`FieldMessage`), so a message
appearing or going away never moves the form under the pointer."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QObject, Qt, Signal
from PySide6.QtGui import QColor, QPainter, QPalette
from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QLabel,
    QPlainTextEdit,
    QSizePolicy,
    QStyle,
    QWidget,
)

from desktop.domain import fields
from desktop.domain.errors import FieldError

from ..messages import field_message

_EMPTY = (None, "", [])


class ErrorLabel(QLabel):
    """A validation message under a field: hidden when there is nothing to say."""

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("fieldError")
        self.setWordWrap(True)
        self.setStyleSheet("color: #c62828;")
        self.hide()

    def show_message(self, message: str | None) -> None:
        self.setText(message or "")
        self.setVisible(bool(message))
        self.setAccessibleName(message or "")
        if message:
            self._make_room()

    def _make_room(self) -> None:
        """In a dialog, grow it to the height the wrapped message needs: a layout does not
        resize a dialog that is already shown, so a message of two lines was cut in half."""
        dialog = self.window()
        layout = dialog.layout()
        if not isinstance(dialog, QDialog) or layout is None:
            return
        layout.activate()
        width = dialog.width()
        if layout.hasHeightForWidth():
            needed = layout.totalHeightForWidth(width)
        else:
            needed = layout.totalSizeHint().height()
        if needed > dialog.height():
            dialog.resize(width, needed)


class FieldMessage(ErrorLabel):
    """A field's message on a line of its own that is always there (empty when all is well):
    one line, in a smaller type; a message longer than the line ends in "…" and is shown whole
    in the tooltip. Its width never widens the form."""

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.setWordWrap(False)
        self.setStyleSheet("")
        palette = self.palette()
        palette.setColor(QPalette.ColorRole.WindowText, QColor("#c62828"))
        self.setPalette(palette)
        font = self.font()
        font.setPointSizeF(font.pointSizeF() * 0.9)
        self.setFont(font)
        self.setFixedHeight(self.fontMetrics().height() + 4)  # a little air before the next row
        self.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Fixed)
        self.show()

    def show_message(self, message: str | None) -> None:
        self.setText(message or "")
        self.setToolTip(message or "")
        self.setAccessibleName(message or "")
        self.update()

    def shown_text(self) -> str:
        """What the line shows: the message, shortened with "…" to the line's width."""
        text = self.text().replace("\n", " · ")
        return self.fontMetrics().elidedText(
            text, Qt.TextElideMode.ElideRight, self.contentsRect().width()
        )

    def paintEvent(self, _event) -> None:
        painter = QPainter(self)
        align = QStyle.visualAlignment(
            self.layoutDirection(), Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop
        )
        self.style().drawItemText(
            painter,
            self.contentsRect(),
            int(align),
            self.palette(),
            self.isEnabled(),
            self.shown_text(),
            QPalette.ColorRole.WindowText,
        )


def _get(widget: QWidget) -> Any:
    if isinstance(widget, QCheckBox):
        return widget.isChecked()
    if isinstance(widget, QPlainTextEdit):
        return widget.toPlainText().strip() or None
    return widget.value()


def _set(widget: QWidget, value: Any) -> None:
    if isinstance(widget, QCheckBox):
        widget.setChecked(bool(value))
    elif isinstance(widget, QPlainTextEdit):
        widget.setPlainText("" if value is None else str(value))
    else:
        widget.set_value(value)


def _signal(widget: QWidget):
    if isinstance(widget, QCheckBox):
        return widget.toggled
    if isinstance(widget, QPlainTextEdit):
        return widget.textChanged
    return widget.changed


class FieldBinder(QObject):
    changed = Signal(str)  # the path the user changed

    def __init__(self, parent: QObject | None = None):
        super().__init__(parent)
        self._fields: dict[str, tuple[QWidget, ErrorLabel | None]] = {}
        self._keys: dict[str, tuple[str, ...]] = {}
        self._groups: dict[str, ErrorLabel] = {}
        self._general: ErrorLabel | None = None
        self._loading = False
        self._showing: set[str] = set()  # the paths whose messages are on screen
        self.touched: set[str] = set()

    def bind(
        self,
        path: str,
        widget: QWidget,
        error: ErrorLabel | None = None,
        *,
        key: tuple[str, ...] | None = None,
    ) -> QWidget:
        """`path` is how errors name the field; `key` the keys to reach it in the data when
        they differ (a question ID "d1.budget" is one key under "answers")."""
        self._fields[path] = (widget, error)
        self._keys[path] = key or tuple(path.split("."))
        _signal(widget).connect(lambda *_args, p=path: self._on_change(p))
        return widget

    def bind_group(self, prefix: str, error: ErrorLabel) -> None:
        """Where errors about a whole group ("person") or its unbound fields go."""
        self._groups[prefix] = error

    def set_general(self, error: ErrorLabel) -> None:
        self._general = error

    def widget(self, path: str) -> QWidget:
        return self._fields[path][0]

    def paths(self) -> list[str]:
        return list(self._fields)

    # Data -----------------------------------------------------------------------------------

    def set_data(self, data: dict[str, Any]) -> None:
        self._loading = True
        try:
            for path, (widget, _error) in self._fields.items():
                _set(widget, fields.value_at(data, self._keys[path]))
        finally:
            self._loading = False
        self.touched.clear()

    def data(self, base: dict[str, Any] | None = None) -> dict[str, Any]:
        """`base` (fields this form does not show are kept) updated with the form's values;
        blank values are left out so the record's defaults apply."""
        out = _deep_copy(base or {})
        for path, (widget, _error) in self._fields.items():
            value = _get(widget)
            if value in _EMPTY and not isinstance(value, bool):
                _drop(out, self._keys[path])
            else:
                fields.put_at(out, self._keys[path], value)
        return out

    def set_read_only(self, read_only: bool) -> None:
        for widget, _error in self._fields.values():
            if hasattr(widget, "setReadOnly") and not isinstance(widget, QCheckBox):
                widget.setReadOnly(read_only)
            else:
                widget.setEnabled(not read_only)

    # Errors ---------------------------------------------------------------------------------

    def show_errors(self, errors: list[FieldError], *, only: set[str] | None = None) -> list[str]:
        """Place each message; with `only`, just those about these paths and the paths whose
        messages are on screen (so a fixed problem's message goes away and the others stay).
        The paths shown."""
        if only is not None:
            only = set(only) | self._showing
        messages: dict[ErrorLabel, list[str]] = {}
        shown: list[str] = []
        for error in errors:
            target, path = self._target(error.field)
            if only is not None and not any(_related(path, p) for p in only):
                continue
            if target is not None:
                messages.setdefault(target, []).append(field_message(error))
                shown.append(path)
        for label in self._labels():
            label.show_message("\n".join(dict.fromkeys(messages.get(label, []))))
        for path, (widget, _error) in self._fields.items():
            widget.setProperty("invalid", path in shown)
            widget.style().unpolish(widget)
            widget.style().polish(widget)
        self._showing = set(shown)
        return shown

    def clear_errors(self) -> None:
        self.show_errors([])

    def _target(self, field: str) -> tuple[ErrorLabel | None, str]:
        parts = field.split(".")
        for size in range(len(parts), 0, -1):  # the longest bound path the error is about
            path = ".".join(parts[:size])
            if path in self._fields and self._fields[path][1] is not None:
                return self._fields[path][1], path
            if path in self._groups:
                return self._groups[path], path
        return self._general, field

    def _labels(self) -> list[ErrorLabel]:
        labels = [e for _w, e in self._fields.values() if e is not None]
        labels += list(self._groups.values())
        return labels + ([self._general] if self._general else [])

    def _on_change(self, path: str) -> None:
        if not self._loading:
            self.touched.add(path)
            self.changed.emit(path)


def _related(a: str, b: str) -> bool:
    return a == b or a.startswith(b + ".") or b.startswith(a + ".")


def _deep_copy(data: Any) -> Any:
    if isinstance(data, dict):
        return {k: _deep_copy(v) for k, v in data.items()}
    if isinstance(data, list):
        return [_deep_copy(v) for v in data]
    return data


def _drop(data: dict[str, Any], parts: tuple[str, ...]) -> None:
    *parents, last = parts
    for part in parents:
        data = data.get(part)
        if not isinstance(data, dict):
            return
    data.pop(last, None)
