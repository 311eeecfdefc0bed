"""Binds dotted record paths ("person.family_name") to value widgets, builds the record data
from them, and shows each domain `FieldError` next to the field (or group) it is about."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QObject, Signal
from PySide6.QtWidgets import QCheckBox, QLabel, QPlainTextEdit, QWidget

from desktop.domain.errors import FieldError

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


def _lookup(data: dict[str, Any], parts: tuple[str, ...]) -> Any:
    current: Any = data
    for part in parts:
        if not isinstance(current, dict):
            return None
        current = current.get(part)
    return current


def _put(data: dict[str, Any], parts: tuple[str, ...], value: Any) -> None:
    *parents, last = parts
    for part in parents:
        data = data.setdefault(part, {})
    data[last] = value


class FieldBinder(QObject):
    changed = Signal(str)  # the path the user changed

    def __init__(self, parent: QObject | None = None):
        super().__init__(parent)
        self._fields: dict[str, tuple[QWidget, ErrorLabel | None]] = {}
        self._keys: dict[str, tuple[str, ...]] = {}
        self._groups: dict[str, ErrorLabel] = {}
        self._general: ErrorLabel | None = None
        self._loading = False
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
                _set(widget, _lookup(data, self._keys[path]))
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
                _put(out, self._keys[path], value)
        return out

    def set_read_only(self, read_only: bool) -> None:
        for widget, _error in self._fields.values():
            if hasattr(widget, "setReadOnly") and not isinstance(widget, QCheckBox):
                widget.setReadOnly(read_only)
            else:
                widget.setEnabled(not read_only)

    # Errors ---------------------------------------------------------------------------------

    def show_errors(self, errors: list[FieldError], *, only: set[str] | None = None) -> list[str]:
        """Place each message; with `only`, just those about these paths. The paths shown."""
        messages: dict[ErrorLabel, list[str]] = {}
        shown: list[str] = []
        for error in errors:
            target, path = self._target(error.field)
            if only is not None and not any(_related(path, p) for p in only):
                continue
            if target is not None:
                messages.setdefault(target, []).append(error.message)
                shown.append(path)
        for label in self._labels():
            label.show_message("\n".join(dict.fromkeys(messages.get(label, []))))
        for path, (widget, _error) in self._fields.items():
            widget.setProperty("invalid", path in shown)
            widget.style().unpolish(widget)
            widget.style().polish(widget)
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
