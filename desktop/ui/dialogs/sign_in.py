"""Sign in to the central endpoint (server URL, e-mail, password, device name), with a clear
message for a wrong password, an unreachable server or a bad certificate; or work offline."""

from __future__ import annotations

import socket

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QProgressBar,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from desktop.config.server_address import address_problem, host_of
from desktop.sync.errors import (
    AuthFailed,
    BadServerAddress,
    CertificateError,
    InsecureConnection,
    Offline,
    OtherAccount,
    SessionExpired,
)

from ..bidi import ltr, ltr_field
from ..context import AppContext
from ..forms.binder import ErrorLabel
from ..messages import error_text
from ..operations import settings as settings_ops
from ..operations import sync as sync_ops


class SignInDialog(QDialog):
    signed_in = Signal(object)  # UserInfo
    offline_chosen = Signal()

    def __init__(
        self,
        ctx: AppContext,
        parent: QWidget | None = None,
        *,
        server_url: str | None = None,
        first_run: bool = True,
    ):
        super().__init__(parent)
        self.ctx = ctx
        self.setWindowTitle(self.tr("Sign in to Focal Point Desk"))
        self.setMinimumWidth(480)
        s = ctx.settings
        intro = QLabel(
            self.tr(
                "Sign in with the account the secretariat gave you. You can also "
                "work offline now and sign in later from Settings."
            ),
            self,
        )
        intro.setWordWrap(True)
        self.server = QLineEdit(server_url or s.server_url or "", self)
        self.server.setPlaceholderText("https://focal.example.org")
        self.email = QLineEdit(s.email or "", self)
        self.email.setPlaceholderText(self.tr("name@ministry.gov"))
        self.password = QLineEdit(self)
        self.password.setEchoMode(QLineEdit.EchoMode.Password)
        self.device = QLineEdit(s.device_name or socket.gethostname(), self)
        ltr_field(self.server)
        ltr_field(self.email)
        # What is wrong with the address shows right under it (see `_check_address`).
        self.server_error = ErrorLabel(self)
        self.server.textChanged.connect(lambda _text: self.server_error.show_message(None))
        server_field = QWidget(self)
        server_layout = QVBoxLayout(server_field)
        server_layout.setContentsMargins(0, 0, 0, 0)
        server_layout.setSpacing(2)
        server_layout.addWidget(self.server)
        server_layout.addWidget(self.server_error)
        form = QFormLayout()
        for text, widget, field in (
            (self.tr("Server address"), self.server, server_field),
            (self.tr("E-mail"), self.email, self.email),
            (self.tr("Password"), self.password, self.password),
            (self.tr("Device name"), self.device, self.device),
        ):
            widget.setAccessibleName(text)
            form.addRow(text, field)
        self.error = ErrorLabel(self)
        self.busy = QProgressBar(self)
        self.busy.setRange(0, 0)
        self.busy.setTextVisible(False)
        self.busy.setMaximumHeight(6)
        self.busy.hide()
        buttons = QDialogButtonBox(self)
        self.sign_in_button = QPushButton(self.tr("Sign in"), self)
        self.sign_in_button.setDefault(True)
        buttons.addButton(self.sign_in_button, QDialogButtonBox.ButtonRole.AcceptRole)
        other = self.tr("Work offline") if first_run else self.tr("Cancel")
        self.offline_button = QPushButton(other, self)
        buttons.addButton(self.offline_button, QDialogButtonBox.ButtonRole.RejectRole)
        self.sign_in_button.clicked.connect(self.sign_in)
        self.offline_button.clicked.connect(self.work_offline if first_run else self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addLayout(form)
        layout.addWidget(self.error)
        layout.addWidget(self.busy)
        layout.addWidget(buttons)
        (
            self.password
            if self.email.text()
            else self.server
            if not self.server.text()
            else self.email
        ).setFocus()

    def sign_in(self, switch_account: bool = False) -> None:
        """Sign in with what was typed. `switch_account`: the user agreed to remove the data
        of the account this profile held (see `AccountSwitchBox`)."""
        missing = [
            (self.server, self.tr("Enter the server address.")),
            (self.email, self.tr("Enter your e-mail address.")),
            (self.password, self.tr("Enter your password.")),
            (self.device, self.tr("Name this computer, e.g. “Dakar office laptop”.")),
        ]
        for widget, message in missing:
            if not widget.text().strip():
                self.error.show_message(message)
                widget.setFocus()
                return
        if not self._check_address():
            return
        self._busy(True)
        sync_ops.sign_in(
            self.ctx,
            self.server.text().strip(),
            self.email.text().strip(),
            self.password.text(),
            self.device.text().strip(),
            switch_account=switch_account,
            owner=self,
            on_done=self._done,
            on_error=self._failed,
        )

    def _check_address(self, problem: str | None = None) -> bool:
        """Plain http:// only to this computer, unless the settings allow it (the sync session
        refuses it too): said under the server field. False when the address is refused."""
        url = self.server.text().strip()
        allow = self.ctx.settings.allow_insecure_http
        problem = problem or address_problem(url, allow_insecure_http=allow)
        if problem is None:
            return True
        if problem == "insecure_http":
            message = self.tr(
                "The connection to {host} would not be encrypted: use the server's {https} "
                "address, or ask your IT department to allow unencrypted connections."
            ).format(host=ltr(host_of(url) or url), https=ltr("https://"))
        else:
            message = self.tr("Write the server's address in full, e.g. {example}").format(
                example=ltr("https://focal.example.org")
            )
        self.error.show_message(None)
        self.server_error.show_message(message)
        self.server.setFocus()
        return False

    def _busy(self, on: bool) -> None:
        self.busy.setVisible(on)
        for widget in (self.server, self.email, self.password, self.device, self.sign_in_button):
            widget.setEnabled(not on)
        if on:
            self.error.show_message(None)

    def _done(self, user) -> None:
        self._busy(False)
        self.signed_in.emit(user)
        self.accept()

    def _failed(self, exc: BaseException) -> None:
        self._busy(False)
        if isinstance(exc, OtherAccount):
            self._other_account(exc)
            return
        if isinstance(exc, InsecureConnection | BadServerAddress):  # refused by the session
            insecure = isinstance(exc, InsecureConnection)
            self._check_address("insecure_http" if insecure else "not_an_address")
            return
        message = error_text(exc) or self.tr("Sign-in failed.")
        if isinstance(exc, AuthFailed | SessionExpired):  # a 401 at sign-in: wrong credentials
            self.password.clear()
            self.password.setFocus()
        elif isinstance(exc, CertificateError):
            self.server.setFocus()
        elif isinstance(exc, Offline):
            self.server.setFocus()
            self.server.selectAll()
        self.error.show_message(message)

    def _other_account(self, exc: OtherAccount) -> None:
        """Another scope's account: a choice, or (changes unsent) the reason it cannot be."""
        from .account_switch import AccountSwitchBox, unsent_changes_text

        if exc.pending:
            self.password.clear()
            self.error.show_message(unsent_changes_text(exc))
            return
        self.switch_box = AccountSwitchBox(exc, self)
        self.switch_box.finished.connect(self._switch_answered)
        self.switch_box.open()

    def _switch_answered(self, _result: int) -> None:
        if self.switch_box.chose_remove():
            self.sign_in(switch_account=True)
        else:
            self.password.clear()
            self.password.setFocus()

    def work_offline(self) -> None:
        changes = {"work_offline": True}
        if self.server.text().strip():  # offered again when signing in later
            changes["server_url"] = self.server.text().strip()
        settings_ops.save_settings(self.ctx, changes)
        self.offline_chosen.emit()
        self.reject()
