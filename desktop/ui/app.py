"""Starting the window: QApplication, language, the profile opened on the database worker
(asking for a passphrase when there is no keyring), sign-in on first run, the main window.

`run_window(paths, server_url=...)` is what `focal-desk` calls; it returns the exit code.
"""

from __future__ import annotations

import logging
import os
import sys
import time

from PySide6.QtCore import QEvent, QObject, QTimer, Signal
from PySide6.QtWidgets import QApplication, QMessageBox

import desktop
from desktop.config.paths import ProfilePaths
from desktop.config.settings import Settings, load_settings
from desktop.storage.database import Database, WrongKey
from desktop.storage.keys import KeyUnavailable, PassphraseCancelled
from desktop.storage.profile import open_profile
from desktop.storage.storage_errors import classify
from desktop.sync.errors import AuthFailed, SessionExpired

from . import i18n
from .context import AppContext, SyncFactory
from .events import AppEvents
from .forms.wheel_guard import install_wheel_guard
from .main_window import MainWindow
from .messages import error_text
from .operations import sync as sync_ops
from .tasks import TaskManager

log = logging.getLogger(__name__)


class AppController(QObject):
    """Owns the context and the main window; rebuilds the window when the language changes."""

    ready = Signal()
    failed = Signal(str)
    quit_requested = Signal(int)  # the exit code; `run_window` ends the event loop with it

    def __init__(
        self,
        paths: ProfilePaths,
        settings: Settings,
        *,
        server_url: str | None = None,
        sync_factory: SyncFactory | None = None,
        ask_sign_in: bool = True,
    ):
        super().__init__()
        self.paths = paths
        self.settings = settings
        self.server_url = server_url
        self.sync_factory = sync_factory
        self.ask_sign_in = ask_sign_in
        self.tasks = TaskManager(self, default_error=self._unexpected)
        self.events = AppEvents(self)
        self.ctx: AppContext | None = None
        self.window: MainWindow | None = None
        self._asked = False  # whether opening the profile asked for a passphrase
        self.sign_in_dialog = None
        if (app := QApplication.instance()) is not None:
            install_wheel_guard(app)  # the wheel changes a value only in a focused widget

    def start(self, problem: str | None = None) -> None:
        """Open the profile in the background; the window appears when it is ready.

        A passphrase that does not open the profile is asked for again, saying so (`problem`);
        Cancel quits without an error."""
        from .dialogs.passphrase import ask_passphrase

        self._asked = False

        def provider(reason: str, confirm: bool) -> str:
            self._asked = True
            return self.tasks.call_on_gui_blocking(lambda: ask_passphrase(reason, confirm, problem))

        self.tasks.run_db(
            lambda: open_profile(self.paths, provider),
            on_done=self._opened,
            on_error=self._open_failed,
        )

    def start_with(self, db: Database) -> None:
        """Use an already opened database (tests, screenshots)."""
        self._opened(db)

    def _opened(self, db: Database) -> None:
        self.ctx = AppContext(
            self.paths,
            self.settings,
            db,
            tasks=self.tasks,
            events=self.events,
            sync_factory=self.sync_factory,
        )
        self.events.language_changed.connect(self._change_language)
        sync_ops.load_current_user(self.ctx, on_done=self._user_known)

    def _user_known(self, user) -> None:
        """Resume the kept session (a sync at once), or ask to sign in (signing in syncs)."""
        self.show_window()
        if user is not None:
            sync_ops.sync_now(self.ctx, on_error=self._resume_failed)
        elif self.ask_sign_in and not self.settings.work_offline:
            self.ask_to_sign_in()
        self.ready.emit()

    def ask_to_sign_in(self) -> None:
        """The sign-in dialog, with the server given on the command line or the last one."""
        from .dialogs.sign_in import SignInDialog

        server = self.server_url or self.settings.server_url
        self.sign_in_dialog = SignInDialog(self.ctx, self.window, server_url=server)
        self.sign_in_dialog.open()

    def _resume_failed(self, exc: BaseException) -> None:
        """The kept session is gone (no keyring kept it, or it was revoked): sign in again."""
        if isinstance(exc, SessionExpired | AuthFailed) and self.ask_sign_in:
            self.ask_to_sign_in()

    def show_window(self) -> MainWindow:
        self.window = MainWindow(self.ctx)
        self.window.show()
        # Until now the only windows were dialogs (the passphrase): closing one of them must
        # not end the app. From here on, closing the main window does.
        app = QApplication.instance()
        if app is not None:
            app.setQuitOnLastWindowClosed(True)
        return self.window

    def _change_language(self, setting: str) -> None:
        """Rebuild the window in the new language (and direction). Closing the old one keeps
        whatever editors held as drafts, offered again in the lists."""
        i18n.apply_language(setting)
        old = self.window
        self.show_window()
        self.window.show_page("settings")
        if old is not None:
            old.close()
            old.deleteLater()

    def _open_failed(self, exc: BaseException) -> None:
        from .dialogs.passphrase import wrong_passphrase

        log.warning("profile not opened: %s", type(exc).__name__)
        if isinstance(exc, PassphraseCancelled):
            self.quit_requested.emit(0)  # the user's choice: nothing to report
            return
        if self._asked and isinstance(exc, WrongKey | KeyUnavailable):
            self.start(wrong_passphrase() if isinstance(exc, WrongKey) else str(exc))
            return
        message = error_text(exc)  # a damaged database, a garbled profile.json: what to do
        QMessageBox.critical(None, desktop.APP_NAME, message)
        self.failed.emit(message)
        self.quit_requested.emit(1)

    def _unexpected(self, exc: BaseException) -> None:
        """A background task failed and nobody asked to hear of it (a draft's autosave)."""
        parent = self.window
        timeout = 10000
        if classify(exc) is not None:  # a full disk, a damaged database: what to do, kept shown
            message, timeout = error_text(exc), 0
        else:
            reason = (error_text(exc).splitlines() or [""])[0]
            message = self.tr("Something went wrong: {reason}").format(reason=reason)
        if parent is not None:
            parent.statusBar().showMessage(message, timeout)

    def shutdown(self) -> None:
        self.tasks.shutdown(wait=True)
        if self.ctx is not None:
            self.ctx.db.close()


def _no_display() -> bool:
    """On Linux and the BSDs, Qt aborts without a display; say so plainly instead."""
    if not sys.platform.startswith(("linux", "freebsd", "openbsd")):
        return False
    if os.environ.get("QT_QPA_PLATFORM"):
        return False
    return not (os.environ.get("DISPLAY") or os.environ.get("WAYLAND_DISPLAY"))


SHOWN_LINE = "focal-desk: window shown"


class _ExitAfterShow(QObject):
    """`--exit-after-show` (bench/startup.py): at the main window's first paint, print
    SHOWN_LINE with the CPU time spent so far and quit, so the time from start to a window on
    screen can be measured."""

    def __init__(self, controller: AppController):
        super().__init__(controller)
        self._window = None
        controller.ready.connect(self._watch)

    def _watch(self) -> None:
        self._window = self.parent().window
        if self._window is not None:
            self._window.installEventFilter(self)

    def eventFilter(self, watched, event) -> bool:  # Qt's name
        if watched is self._window and event.type() == QEvent.Type.Paint:
            self._window.removeEventFilter(self)
            cpu_ms = time.process_time() * 1000  # every thread's, from the start
            print(f"{SHOWN_LINE} ({cpu_ms:.0f} ms of CPU)", flush=True)
            QTimer.singleShot(0, lambda: self.parent().quit_requested.emit(0))
        return False


def run_window(
    paths: ProfilePaths, server_url: str | None = None, *, exit_after_show: bool = False
) -> int:
    if QApplication.instance() is None and _no_display():
        print(
            "focal-desk: no display to open the window on; run it in a desktop session, or "
            "use the headless commands (focal-desk --help)",
            file=sys.stderr,
        )
        return 1
    app = QApplication.instance() or QApplication(sys.argv)
    app.setApplicationName(desktop.APP_NAME)
    app.setApplicationVersion(desktop.__version__)
    app.setOrganizationName("ICMPD")
    app.setDesktopFileName("focal-desk")
    settings = load_settings(paths.settings_file)
    i18n.apply_language(settings.language, app)
    app.setQuitOnLastWindowClosed(False)  # a passphrase dialog may come and go first
    controller = AppController(paths, settings, server_url=server_url)
    controller.quit_requested.connect(app.exit)
    if exit_after_show:
        _ExitAfterShow(controller)
    controller.start()
    try:
        code = app.exec()
    finally:
        if controller.window is not None:
            controller.window.close()
        controller.shutdown()
    return code
