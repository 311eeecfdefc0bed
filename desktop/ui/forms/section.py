"""A titled group of labelled fields, each with its validation message under it."""

from __future__ import annotations

from PySide6.QtWidgets import QFormLayout, QGroupBox, QLabel, QVBoxLayout, QWidget

from .binder import ErrorLabel, FieldBinder


class FormSection(QGroupBox):
    def __init__(
        self,
        title: str,
        binder: FieldBinder,
        parent: QWidget | None = None,
        *,
        prefix: str | None = None,
    ):
        super().__init__(title, parent)
        self.binder = binder
        self.form = QFormLayout(self)
        self.form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        if prefix is not None:  # errors about the whole group ("give a name")
            group_error = ErrorLabel(self)
            self.form.addRow(group_error)
            binder.bind_group(prefix, group_error)

    def add(
        self,
        path: str,
        label: str,
        widget: QWidget,
        *,
        help_text: str | None = None,
        key: tuple[str, ...] | None = None,
    ):
        holder = QWidget(self)
        column = QVBoxLayout(holder)
        column.setContentsMargins(0, 0, 0, 0)
        column.setSpacing(2)
        column.addWidget(widget)
        if help_text:
            hint = QLabel(help_text, holder)
            hint.setWordWrap(True)
            hint.setStyleSheet("color: palette(mid);")
            column.addWidget(hint)
        error = ErrorLabel(holder)
        column.addWidget(error)
        caption = QLabel(label, self)
        caption.setBuddy(widget)
        widget.setAccessibleName(label.replace("&", ""))
        self.form.addRow(caption, holder)
        self.binder.bind(path, widget, error, key=key)
        return widget
