"""The profile's passphrase, asked when no OS keyring can hold the database key.

The dialog states the rule before anything is typed (a new passphrase: at least
`MIN_PASSPHRASE_LENGTH` characters, typed twice), says what was wrong without closing, and
offers Cancel, which leaves the profile locked (`PassphraseCancelled`)."""

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

from desktop.storage.keys import MIN_PASSPHRASE_LENGTH, PassphraseCancelled

from ..forms.binder import ErrorLabel


class PassphraseDialog(QDialog):
    def __init__(
        self,
        reason: str,
        confirm: bool,
        parent: QWidget | None = None,
        problem: str | None = None,
    ):
        super().__init__(parent)
        self.setWindowTitle(self.tr("Passphrase"))
        self.setMinimumWidth(460)
        self.confirm = confirm
        text = QLabel(reason, self)
        text.setWordWrap(True)
        self.rule = QLabel(self)
        self.rule.setWordWrap(True)
        rule = (
            self.tr("At least {n} characters. Type it twice; it cannot be recovered if lost.")
            if confirm
            else self.tr("Type the passphrase chosen when this profile was created.")
        )
        self.rule.setText(rule.format(n=MIN_PASSPHRASE_LENGTH))
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
        self.error.show_message(problem)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(text)
        layout.addWidget(self.rule)
        layout.addLayout(form)
        layout.addWidget(self.error)
        layout.addWidget(buttons)
        self.first.setFocus()

    def problem(self) -> str | None:
        """What is wrong with what was typed, or None."""
        passphrase = self.first.text()
        if not passphrase:
            return self.tr("Type the passphrase.")
        if self.confirm and len(passphrase) < MIN_PASSPHRASE_LENGTH:
            return self.tr(
                "This passphrase has {count} characters; choose one of at least {n}."
            ).format(count=len(passphrase), n=MIN_PASSPHRASE_LENGTH)
        if self.confirm and passphrase != self.second.text():
            return self.tr("The two passphrases differ.")
        return None

    def accept(self) -> None:
        problem = self.problem()
        if problem:
            self.error.show_message(problem)
            self.first.setFocus()
            self.first.selectAll()
            return
        super().accept()


def ask_passphrase(reason: str, confirm: bool, problem: str | None = None) -> str:
    """A `PassphraseProvider` run on the GUI thread; Cancel raises `PassphraseCancelled`."""
    dialog = PassphraseDialog(reason, confirm, problem=problem)
    accepted = dialog.exec() == QDialog.DialogCode.Accepted
    passphrase = dialog.first.text()
    # Let the dialog die here, on the GUI thread: the exception below travels to a worker,
    # and a traceback holding the dialog would delete it there.
    del dialog
    if not accepted:
        raise PassphraseCancelled(
            QCoreApplication.translate(
                "PassphraseDialog", "No passphrase was given; the profile stays locked."
            )
        )
    return passphrase


def wrong_passphrase() -> str:
    return QCoreApplication.translate(
        "PassphraseDialog",
        "That passphrase does not open this profile. Check it (capitals, keyboard layout) and "
        "try again.",
    )
