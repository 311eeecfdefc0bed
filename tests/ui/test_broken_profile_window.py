"""The window on a broken profile: opening a damaged database, an emptied one or a garbled
profile.json says in one sentence what happened and what to do (never "unexpected error", never
SQL); saving on a full disk (a real small tmpfs) says to free space, keeps what was typed in the
form, and saves it once there is room again."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QMessageBox
from small_disk import fill, mounted_small_disk

from desktop.config.paths import ProfilePaths
from desktop.config.settings import Settings
from desktop.storage.database import PAGE_SIZE
from desktop.storage.profile import open_profile
from desktop.storage.records import RecordRepository
from desktop.ui.app import AppController
from desktop.ui.context import AppContext
from desktop.ui.editors.case_editor import CaseEditor
from desktop.ui.events import AppEvents
from desktop.ui.tasks import TaskManager

from .conftest import valid_case, wait_idle


def filled_profile(paths: ProfilePaths, count: int = 200) -> None:
    db = open_profile(paths)
    repo = RecordRepository(db)
    for n in range(count):
        repo.save("missing_case", valid_case(n, notes="x" * 500))
    db.close()


def flip_bytes(path, offset: int, count: int = 64) -> None:
    with path.open("r+b") as handle:
        handle.seek(offset)
        original = handle.read(count)
        handle.seek(offset)
        handle.write(bytes(b ^ 0xFF for b in original))


def open_in_window(qtbot, paths, fake_sync) -> tuple[AppController, list[str], list[int]]:
    """Start the app on `paths`; the message box it shows is read and closed."""
    controller = AppController(paths, Settings(), sync_factory=lambda *_a: fake_sync)
    shown: list[str] = []
    exits: list[int] = []
    controller.quit_requested.connect(exits.append)

    def close_box() -> None:
        for top in QApplication.topLevelWidgets():
            if isinstance(top, QMessageBox) and top.isVisible():
                shown.append(top.text())
                top.accept()

    timer = QTimer()
    timer.timeout.connect(close_box)
    timer.start(50)
    controller.start()
    qtbot.waitUntil(lambda: controller.window is not None or bool(exits), timeout=30_000)
    timer.stop()
    controller.shutdown()
    return controller, shown, exits


def assert_restore_advice(text: str, paths: ProfilePaths, what: str = "the profile folder") -> None:
    assert f"Restore {what} {paths.root}" in text and "from a backup" in text
    assert "sign in" in text and "what was synced comes back from the server" in text
    for wrong in ("unexpected", "Something went wrong", "SELECT", "[SQL", "sqlalche.me"):
        assert wrong not in text
    assert "\n" not in text


def test_a_damaged_page_is_named_when_the_window_opens_the_profile(qtbot, paths, fake_sync):
    filled_profile(paths)
    pages = paths.database.stat().st_size // PAGE_SIZE
    flip_bytes(paths.database, (pages // 2) * PAGE_SIZE + 5000)
    flip_bytes(paths.database, PAGE_SIZE + 100)  # the schema's pages too: opening reads them
    controller, shown, exits = open_in_window(qtbot, paths, fake_sync)
    assert exits == [1] and controller.window is None
    assert len(shown) == 1 and "This profile's database is damaged" in shown[0]
    assert_restore_advice(shown[0], paths)


def test_an_overwritten_header_is_named_as_damage(qtbot, paths, fake_sync):
    filled_profile(paths, 5)
    flip_bytes(paths.database, 0, 100)
    _controller, shown, exits = open_in_window(qtbot, paths, fake_sync)
    assert exits == [1] and len(shown) == 1
    assert "This profile's database is damaged" in shown[0]
    assert_restore_advice(shown[0], paths)


def test_a_garbled_profile_file_is_named_when_the_window_opens(qtbot, paths, fake_sync):
    filled_profile(paths, 5)
    paths.profile_file.write_bytes(b'{"format": 2, "key_sour\x00\xff')
    _controller, shown, exits = open_in_window(qtbot, paths, fake_sync)
    assert exits == [1] and len(shown) == 1
    assert f"{paths.profile_file} is damaged" in shown[0]
    assert_restore_advice(shown[0], paths, "that file (or the whole profile folder")


def test_an_emptied_database_is_refused_by_the_window(qtbot, paths, fake_sync):
    filled_profile(paths, 5)
    paths.database.write_bytes(b"")
    _controller, shown, exits = open_in_window(qtbot, paths, fake_sync)
    assert exits == [1] and len(shown) == 1
    assert f"This profile's database {paths.database} is missing or empty" in shown[0]
    assert_restore_advice(shown[0], paths)
    assert paths.database.stat().st_size == 0  # not made anew


# A full disk ---------------------------------------------------------------------------------


@pytest.fixture
def small_disk(tmp_path):
    with mounted_small_disk(tmp_path / "disk", "4m") as folder:
        yield folder


@pytest.fixture
def full_ctx(qapp, small_disk, fake_sync):
    """An app context on a profile that lives on the small disk."""
    paths = ProfilePaths(small_disk / "p")
    db = open_profile(paths)
    ctx = AppContext(
        paths, Settings(), db, tasks=TaskManager(), events=AppEvents(),
        sync_factory=lambda *_a: fake_sync,
    )  # fmt: skip
    yield ctx
    (small_disk / "filler").unlink(missing_ok=True)
    ctx.tasks.wait_idle(10)
    ctx.tasks.shutdown(wait=True)
    db.close()


def assert_full_disk_sentence(message: str, paths: ProfilePaths) -> None:
    assert f"The disk that holds the profile folder {paths.root} is full" in message
    assert "Free space on it and try again" in message and "\n" not in message
    assert "sqlcipher" not in message and "Errno" not in message


def test_a_full_disk_keeps_what_was_typed_and_saves_once_there_is_room(qtbot, small_disk, full_ctx):
    ctx, paths = full_ctx, full_ctx.paths
    editor = CaseEditor(ctx)
    qtbot.addWidget(editor)
    editor.show()
    wait_idle(ctx)
    editor.binder.widget("reference").clear()
    qtbot.keyClicks(editor.binder.widget("reference"), "SN-2026-0042")
    qtbot.keyClicks(editor.binder.widget("person.family_name"), "Diallo")
    fill(small_disk)
    editor.binder.widget("notes").setPlainText("Seen in Agadez in March. " * 400)
    assert editor.save() is True
    wait_idle(ctx)
    message = editor.general_error.text()
    assert message.startswith("Not saved: The disk that holds the profile folder")
    assert str(paths.root) in message and "Free space on it and try again" in message
    assert "nothing you typed is lost" in message and "\n" not in message
    assert editor.binder.widget("person.family_name").text() == "Diallo"  # still in the form
    assert editor.dirty and ctx.repo.get(editor.record_id) is None
    (small_disk / "filler").unlink()
    with qtbot.waitSignal(editor.saved, timeout=10_000):
        assert editor.save() is True
    stored = ctx.repo.get(editor.record_id)
    assert stored.data["person"]["family_name"] == "Diallo"
    assert stored.data["notes"].startswith("Seen in Agadez")


def test_an_iom_import_on_a_full_disk_says_to_free_space(qtbot, small_disk, full_ctx):
    from desktop.ui.dialogs.iom_import import IomImportDialog

    from .test_iom_import_dialog import SAMPLE_CSV

    fill(small_disk)
    dialog = IomImportDialog(full_ctx, SAMPLE_CSV)
    qtbot.addWidget(dialog)
    dialog.start()
    wait_idle(full_ctx)
    assert dialog.error is not None
    assert_full_disk_sentence(dialog.result.text(), full_ctx.paths)


def test_settings_that_cannot_be_written_on_a_full_disk_say_to_free_space(
    qtbot, small_disk, full_ctx
):
    from desktop.ui.pages.settings import SettingsPage

    page = SettingsPage(full_ctx)
    qtbot.addWidget(page)
    page.show()
    wait_idle(full_ctx)
    fill(small_disk)
    page.interval.setValue(page.interval.value() + 5)
    page.save()
    wait_idle(full_ctx)
    assert_full_disk_sentence(page.error.text(), full_ctx.paths)


def test_a_draft_that_cannot_be_kept_on_a_full_disk_says_so_in_the_status_bar(
    qtbot, qapp, small_disk, fake_sync
):
    """The autosave of a draft has no one to report to but the window: a full disk is named
    there with what to do, instead of "Something went wrong" and a page of SQL."""
    paths = ProfilePaths(small_disk / "p")
    controller = AppController(
        paths, Settings(work_offline=True), sync_factory=lambda *_a: fake_sync, ask_sign_in=False
    )
    controller.start_with(open_profile(paths))
    try:
        qtbot.waitUntil(lambda: controller.window is not None, timeout=10_000)
        qtbot.addWidget(controller.window)
        ctx = controller.ctx
        wait_idle(ctx)
        editor = CaseEditor(ctx)
        qtbot.addWidget(editor)
        editor.show()
        wait_idle(ctx)
        fill(small_disk)
        editor.binder.widget("notes").setPlainText("Seen in Agadez in March. " * 400)
        editor.save_draft_now()
        wait_idle(ctx)
        message = controller.window.statusBar().currentMessage()
        assert message.startswith("The disk that holds the profile folder")
        assert str(paths.root) in message and "Something went wrong" not in message
        assert "\n" not in message
    finally:
        (small_disk / "filler").unlink(missing_ok=True)
        controller.tasks.wait_idle(10)
        controller.shutdown()


def test_a_damaged_page_met_after_opening_is_named_in_the_window(qtbot, paths, fake_sync):
    """A page that opening does not read (a case's) fails when the list reaches it: the window
    says the database is damaged and what to do, instead of an empty list and silence."""
    filled_profile(paths)
    pages = paths.database.stat().st_size // PAGE_SIZE
    for page in range(pages // 3, pages - 1):
        flip_bytes(paths.database, page * PAGE_SIZE + 5000)
    controller = AppController(
        paths, Settings(work_offline=True), sync_factory=lambda *_a: fake_sync, ask_sign_in=False
    )
    controller.start()
    try:
        qtbot.waitUntil(lambda: controller.window is not None, timeout=20_000)
        qtbot.addWidget(controller.window)
        controller.window.show_page("cases")
        qtbot.waitUntil(
            lambda: "damaged" in controller.window.statusBar().currentMessage(), timeout=10_000
        )
        message = controller.window.statusBar().currentMessage()
        assert message.startswith("This profile's database is damaged")
        assert_restore_advice(message, paths)
    finally:
        controller.tasks.wait_idle(10)
        if controller.window is not None:
            controller.window.close()
        controller.shutdown()
