"""The shell: navigation, shortcuts, the status bar, accessible names, remembered geometry,
Help → About, the first run (sign in or work offline) and the IOM import dialog."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import QApplication, QWidget

import desktop
from desktop.config.settings import Settings, load_settings
from desktop.ui.app import AppController
from desktop.ui.dialogs.about import About
from desktop.ui.dialogs.iom_import import IomImportDialog
from desktop.ui.dialogs.sign_in import SignInDialog
from desktop.ui.editors.window import open_windows
from desktop.ui.main_window import PAGES, MainWindow

from .conftest import AuthFailed, Offline, SessionExpired, User, make_window, wait_idle

SAMPLES = Path(__file__).resolve().parents[1] / "interchange" / "samples"


def shortcut(window: MainWindow, keys: str):
    for action in window.findChildren(type(window.new_action)):
        if action.shortcut() == QKeySequence(keys):
            return action
    raise LookupError(keys)


def test_navigation_hides_the_inbox_from_focal_points(qtbot, ctx):
    window = make_window(qtbot, ctx)
    inbox = window.nav.item(PAGES.index("inbox"))
    assert inbox.isHidden()
    ctx.set_user(User(role="secretariat", country=None))
    assert not inbox.isHidden()
    window.show_page("inbox")
    assert window.stack.currentWidget() is window.pages["inbox"]


def test_shortcuts_new_find_and_sync(qtbot, ctx, fake_sync):
    window = make_window(qtbot, ctx)
    shortcut(window, "Ctrl+N").trigger()
    [editor_window] = open_windows()
    qtbot.addWidget(editor_window)
    assert editor_window.editor.kind == "missing_case"
    editor_window.close()
    window.show_page("incidents")
    shortcut(window, "Ctrl+N").trigger()
    [editor_window] = open_windows()
    qtbot.addWidget(editor_window)
    assert editor_window.editor.kind == "incident"
    editor_window.close()
    window.activateWindow()
    shortcut(window, "Ctrl+F").trigger()
    assert window.pages["incidents"].search.hasFocus() or not window.isActiveWindow()

    shortcut(window, "F5").trigger()  # signed out: nothing to sync, and it says so
    assert fake_sync.calls == [] and "Sign in" in window.status.currentMessage()
    ctx.set_user(User())
    shortcut(window, "F5").trigger()
    assert ctx.sync_status.syncing and not window.status.sync_button.isEnabled()
    wait_idle(ctx)
    assert ("sync",) in fake_sync.calls
    assert window.status.connection.text().endswith("Online")
    assert window.status.last.text().startswith("Last sync")
    assert shortcut(window, "Ctrl+S") is not None


def test_the_status_bar_shows_pending_changes_and_an_offline_server(qtbot, ctx, fake_sync):
    from .conftest import valid_case

    window = make_window(qtbot, ctx)
    ctx.repo.save("missing_case", valid_case(1))
    ctx.repo.save("missing_case", valid_case(2))
    from desktop.ui.events import RecordsChanged

    ctx.events.records_changed.emit(RecordsChanged.of("missing_case"))
    wait_idle(ctx)
    assert window.status.pending.text() == "2 changes to send"
    ctx.set_user(User())
    fake_sync.sync_error = Offline("Cannot reach the server: you seem to be offline.")
    window.status.sync_now()
    wait_idle(ctx)
    assert window.status.connection.text().endswith("Offline")
    assert "offline" in window.status.currentMessage()


def test_every_page_and_control_has_an_accessible_name(qtbot, ctx):
    window = make_window(qtbot, ctx)
    for key, page in window.pages.items():
        assert page.accessibleName(), key
    from PySide6.QtWidgets import QComboBox, QLineEdit, QTableView

    unnamed = [
        w
        for w in window.findChildren(QWidget)
        if isinstance(w, QLineEdit | QComboBox | QTableView)
        and w.isVisibleTo(window)
        and not w.accessibleName()
        and not isinstance(w.parent(), QComboBox | QTableView)
    ]
    assert unnamed == []


def test_window_geometry_is_remembered_in_the_profile(qtbot, ctx):
    window = make_window(qtbot, ctx)
    window.resize(1200, 640)  # (the offscreen screen is narrower: only the height is free)
    window.close()
    assert (ctx.paths.root / "window.ini").exists()
    again = make_window(qtbot, ctx)
    assert again.height() == 640
    again.resize(1200, 610)
    again.close()
    assert make_window(qtbot, ctx).height() == 610


def test_about_shows_the_version_and_data_folder(qtbot, ctx):
    text = About().text(ctx)
    assert desktop.__version__ in text and str(ctx.paths.root) in text


def test_first_run_asks_to_sign_in_and_offline_work_needs_no_server(qtbot, paths, db, fake_sync):
    controller = AppController(paths, Settings(), sync_factory=lambda *_a: fake_sync)
    controller.start_with(db)
    assert controller.tasks.wait_idle(10)
    window = controller.window
    qtbot.addWidget(window)
    [dialog] = [
        w for w in QApplication.topLevelWidgets() if isinstance(w, SignInDialog) and w.isVisible()
    ]
    qtbot.addWidget(dialog)
    fake_sync.login_error = AuthFailed("Wrong email or password")
    dialog.server.setText("http://127.0.0.1:9")
    dialog.email.setText("fp.sn@example.org")
    dialog.password.setText("nope")
    dialog.sign_in()
    assert controller.tasks.wait_idle(10)
    assert dialog.error.text() == "Wrong email or password." and dialog.password.text() == ""
    dialog.offline_button.click()
    assert controller.tasks.wait_idle(10)
    assert not dialog.isVisible()
    assert load_settings(paths.settings_file).work_offline is True
    assert window.status.connection.text().endswith("Working offline")
    window.show_page("cases")
    window.pages["cases"].new_record()  # fully usable offline
    [editor_window] = open_windows()
    qtbot.addWidget(editor_window)
    editor_window.close()
    controller.tasks.shutdown()


def test_import_iom_file_shows_progress_and_a_summary(qtbot, ctx):
    dialog = IomImportDialog(ctx, SAMPLES / "MissingMigrants-Global-2026-05-06.csv")
    qtbot.addWidget(dialog)
    steps = []
    dialog.progress.valueChanged.connect(steps.append)
    dialog.start()
    wait_idle(ctx)
    assert dialog.summary is not None and dialog.error is None
    assert dialog.summary.added == 238 and steps and dialog.progress.value() == 1
    assert "Added: 238" in dialog.result.text()
    assert (
        ctx.listing.count(
            __import__("desktop.storage.listing").storage.listing.ListQuery(kind="incident")
        )
        == 238
    )
    again = IomImportDialog(ctx, SAMPLES / "MissingMigrants-Global-2026-05-06.csv")
    qtbot.addWidget(again)
    again.start()
    wait_idle(ctx)
    assert again.summary.unchanged == 238 and again.summary.added == 0


def test_an_unreadable_import_file_says_why(qtbot, ctx, tmp_path):
    bad = tmp_path / "notes.csv"
    bad.write_text("just,some\ncolumns,here\n")
    dialog = IomImportDialog(ctx, bad)
    qtbot.addWidget(dialog)
    dialog.start()
    wait_idle(ctx)
    assert dialog.error is not None and dialog.result.text() == str(dialog.error)
    assert dialog.buttons.isEnabled()


def test_run_window_opens_the_profile_in_the_background_and_returns_the_exit_code(
    qapp, tmp_path, monkeypatch
):
    from PySide6.QtCore import QTimer

    from desktop.config.paths import ProfilePaths
    from desktop.ui import app as app_module

    seen = {}

    def close_when_ready():
        windows = [
            w for w in QApplication.topLevelWidgets() if isinstance(w, MainWindow) and w.isVisible()
        ]
        if windows:
            seen["window"] = windows[0].windowTitle()
            seen["dialog"] = any(
                isinstance(w, SignInDialog) and w.isVisible()
                for w in QApplication.topLevelWidgets()
            )
            QApplication.exit(0)
        else:
            QTimer.singleShot(20, close_when_ready)

    QTimer.singleShot(0, close_when_ready)
    code = app_module.run_window(
        ProfilePaths(tmp_path / "profile"), server_url="http://127.0.0.1:9"
    )
    assert code == 0
    assert seen["window"] == "Focal Point Desk" and seen["dialog"] is True
    for widget in QApplication.topLevelWidgets():
        if isinstance(widget, MainWindow | SignInDialog):
            widget.close()
            widget.deleteLater()
    assert (tmp_path / "profile" / "focal-desk.db").exists()


def test_an_expired_session_during_sync_asks_to_sign_in_again(qtbot, ctx, fake_sync):
    window = make_window(qtbot, ctx)
    ctx.set_user(User())
    fake_sync.sync_error = SessionExpired("Your session has expired or was revoked: sign in again.")
    window.status.sync_now()
    wait_idle(ctx)
    dialogs = [
        w
        for w in QApplication.topLevelWidgets()
        if isinstance(w, SignInDialog) and w.isVisible() and w.parent() is window
    ]
    assert len(dialogs) == 1 and ctx.user is None
    qtbot.addWidget(dialogs[0])
    assert "session has expired" in window.status.currentMessage()
