"""The profile's passphrase, asked when no OS keyring can hold the database key."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from desktop.storage.keys import KeyUnavailable

from ..forms.binder import ErrorLabel


class PassphraseDialog(QDialog):
    def __init__(self, reason: str, confirm: bool, parent: QWidget | None = None):
        super().__init__(parent)
        self.setWindowTitle(self.tr("Passphrase"))
        self.setMinimumWidth(460)
        self.confirm = confirm
        text = QLabel(reason, self)
        text.setWordWrap(True)
        self.first = QLineEdit(self)
        self.first.setEchoMode(QLineEdit.EchoMode.Password)
        self.first.setAccessibleName(self.tr("Passphrase"))
        self.second = QLineEdit(self)
        self.second.setEchoMode(QLineEdit.EchoMode.Password)
        self.second.setAccessibleName(self.tr("Passphrase again"))
        form = QFormLayout()
        form.addRow(self.tr("Passphrase"), self.first)
        if confirm:
            form.addRow(self.tr("Again"), self.second)
        else:
            self.second.hide()
        self.error = ErrorLabel(self)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(text)
        layout.addLayout(form)
        layout.addWidget(self.error)
        layout.addWidget(buttons)

    def accept(self) -> None:
        if self.confirm and self.first.text() != self.second.text():
            self.error.show_message(self.tr("The two passphrases differ."))
            return
        super().accept()


def ask_passphrase(reason: str, confirm: bool) -> str:
    """A `PassphraseProvider` run on the GUI thread; cancelling raises `KeyUnavailable`."""
    dialog = PassphraseDialog(reason, confirm)
    if dialog.exec() != QDialog.DialogCode.Accepted:
        raise KeyUnavailable(
            QCoreApplication.translate(
                "PassphraseDialog", "No passphrase was given; the profile stays locked."
            )
        )
    return dialog.first.text()
