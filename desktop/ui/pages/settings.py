"""Settings: language, server and sync, the account, the data folder. Loads and saves only."""

from __future__ import annotations

from PySide6.QtCore import QUrl
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from .. import i18n
from ..bidi import ltr, ltr_field
from ..context import AppContext
from ..forms.binder import ErrorLabel
from ..messages import error_text
from ..operations import settings as settings_ops
from ..operations import sync as sync_ops


class SettingsPage(QWidget):
    def __init__(self, ctx: AppContext, parent: QWidget | None = None):
        super().__init__(parent)
        self.ctx = ctx
        outer = QHBoxLayout(self)
        column = QWidget(self)
        column.setMaximumWidth(820)
        outer.addWidget(column, 1)
        outer.addStretch(0)
        layout = QVBoxLayout(column)

        general = QGroupBox(self.tr("Language"), column)
        form = QFormLayout(general)
        self.language = QComboBox(general)
        self.language.addItem(self.tr("Same as the system"), "system")
        for code, name in i18n.LANGUAGES.items():
            self.language.addItem(name, code)
        self.language.setAccessibleName(self.tr("Interface language"))
        form.addRow(self.tr("Interface language"), self.language)
        layout.addWidget(general)

        sync = QGroupBox(self.tr("Server and sync"), column)
        form = QFormLayout(sync)
        self.server = QLineEdit(sync)
        self.server.setReadOnly(True)
        self.interval = QSpinBox(sync)
        self.interval.setRange(1, 24 * 60)
        self.interval.setSuffix(self.tr(" min"))
        self.offline = QCheckBox(self.tr("Work offline (never connect)"), sync)
        self.ca_bundle = QLineEdit(sync)
        self.ca_bundle.setPlaceholderText(self.tr("Only for a ministry TLS proxy: path to a .pem"))
        for text, widget in (
            (self.tr("Server address"), self.server),
            (self.tr("Sync every"), self.interval),
            (self.tr("Certificate authority bundle"), self.ca_bundle),
        ):
            widget.setAccessibleName(text)
            form.addRow(text, widget)
        form.addRow("", self.offline)
        ltr_field(self.server)
        ltr_field(self.ca_bundle)
        layout.addWidget(sync)

        account = QGroupBox(self.tr("Account"), column)
        row = QHBoxLayout(account)
        self.account_text = QLabel(account)
        self.sign_in_button = QPushButton(self.tr("Sign in…"), account)
        self.sign_out_button = QPushButton(self.tr("Sign out"), account)
        self.sign_in_button.clicked.connect(self._sign_in)
        self.sign_out_button.clicked.connect(lambda: sync_ops.sign_out(ctx, owner=self))
        row.addWidget(self.account_text, 1)
        row.addWidget(self.sign_in_button)
        row.addWidget(self.sign_out_button)
        layout.addWidget(account)

        data = QGroupBox(self.tr("Data on this computer"), column)
        row = QHBoxLayout(data)
        folder = QLabel(
            self.tr("Encrypted data folder: {path}").format(path=ltr(ctx.paths.root)), data
        )
        folder.setWordWrap(True)
        open_folder = QPushButton(self.tr("Open folder"), data)
        open_folder.clicked.connect(
            lambda: QDesktopServices.openUrl(QUrl.fromLocalFile(str(ctx.paths.root)))
        )
        row.addWidget(folder, 1)
        row.addWidget(open_folder)
        layout.addWidget(data)

        self.error = ErrorLabel(self)
        layout.addWidget(self.error)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        self.saved_label = QLabel(self)
        self.save_button = QPushButton(self.tr("Save settings"), self)
        self.save_button.clicked.connect(self.save)
        buttons.addWidget(self.saved_label)
        buttons.addWidget(self.save_button)
        layout.addLayout(buttons)
        layout.addStretch(1)
        ctx.events.user_changed.connect(self.load)
        ctx.events.settings_changed.connect(self.load)
        self.load()

    def load(self, *_args) -> None:
        s, user = self.ctx.settings, self.ctx.user
        self.language.setCurrentIndex(max(self.language.findData(s.language), 0))
        self.server.setText(getattr(user, "server_url", None) or s.server_url or "")
        self.interval.setValue(s.sync_interval_minutes)
        self.offline.setChecked(s.work_offline)
        self.ca_bundle.setText(s.ca_bundle or "")
        if user is not None:
            role = self.tr("secretariat") if self.ctx.is_secretariat else self.tr("focal point")
            text = self.tr("Signed in as {email} ({role}{country})").format(
                email=ltr(user.email),
                role=role,
                country=f", {user.country}" if getattr(user, "country", None) else "",
            )
        else:
            text = self.tr("Not signed in. Everything works offline; sign in to sync.")
        self.account_text.setText(text)
        self.sign_in_button.setVisible(user is None)
        self.sign_out_button.setVisible(user is not None)

    def save(self) -> None:
        changes = {
            "language": self.language.currentData(),
            "sync_interval_minutes": self.interval.value(),
            "work_offline": self.offline.isChecked(),
            "ca_bundle": self.ca_bundle.text().strip() or None,
        }
        self._going_online = self.ctx.settings.work_offline and not changes["work_offline"]
        try:
            settings_ops.save_settings(
                self.ctx,
                changes,
                on_done=self._saved,
                on_error=lambda exc: self.error.show_message(error_text(exc)),
            )
        except ValueError as exc:
            self.error.show_message(str(exc))

    def _saved(self, _none) -> None:
        self.error.show_message(None)
        self.saved_label.setText(self.tr("Saved."))
        if getattr(self, "_going_online", False):  # "Work offline" was just unticked
            self._going_online = False
            if self.ctx.user is None:
                self._sign_in()
            else:
                sync_ops.sync_now(self.ctx)

    def _sign_in(self) -> None:
        from ..dialogs.sign_in import SignInDialog

        server = self.server.text().strip() or None  # the address shown here
        SignInDialog(self.ctx, self.window(), server_url=server, first_run=False).open()
