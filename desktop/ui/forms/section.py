"""A titled group of labelled fields, each with its validation message on a line kept for it
right under the field (as wide as the whole row, so a message is seldom shortened). Messages
about the whole group go on the line of one of its fields (the first, or `group_field`), so no
message ever pushes the fields down."""

from __future__ import annotations

from PySide6.QtWidgets import QFormLayout, QGroupBox, QLabel, QVBoxLayout, QWidget

from .binder import FieldBinder, FieldMessage


class FormSection(QGroupBox):
    def __init__(
        self,
        title: str,
        binder: FieldBinder,
        parent: QWidget | None = None,
        *,
        prefix: str | None = None,
        group_field: str | None = None,
    ):
        """`prefix`: errors about the whole group ("give a name") are shown on the line of
        `group_field` (default: the group's first field)."""
        super().__init__(title, parent)
        self.binder = binder
        self.prefix, self.group_field = prefix, group_field
        self.form = QFormLayout(self)
        self.form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.form.setVerticalSpacing(2)  # each field's message line is the space between rows

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
        caption = QLabel(label, self)
        caption.setBuddy(widget)
        widget.setAccessibleName(label.replace("&", ""))
        self.form.addRow(caption, holder)
        error = FieldMessage(self)  # right under the field, as wide as the row
        self.form.addRow(error)
        self.binder.bind(path, widget, error, key=key)
        if self.prefix is not None and self.group_field in (None, path):
            self.binder.bind_group(self.prefix, error)
            self.group_field = path
        return widget
