"""A passphrase mistake never quits the window: the dialog says what was wrong and asks
again, states the rule up front, and Cancel quits quietly. On real passphrase-protected
profiles (no OS keyring)."""

from __future__ import annotations

import keyring
import pytest
from keyring.backends import fail
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication

from desktop.config.settings import Settings
from desktop.storage.keys import MIN_PASSPHRASE_LENGTH
from desktop.storage.profile import open_profile
from desktop.storage.records import RecordRepository
from desktop.ui.app import AppController
from desktop.ui.dialogs.passphrase import PassphraseDialog

PASSPHRASE = "correct horse battery staple"


@pytest.fixture
def no_keyring():
    keyring.set_keyring(fail.Keyring())


class Typist:
    """Answers each passphrase dialog as it appears (the dialog runs its own event loop), and
    notes what each one said: (rule, message shown before typing)."""

    def __init__(self, answers):
        self.answers = list(answers)  # (first, second) to type, or None to press Cancel
        self.seen: list[tuple[str, str]] = []
        self.timer = QTimer()
        self.timer.timeout.connect(self._answer)
        self.timer.start(20)
        self._current = None

    def _answer(self) -> None:
        dialogs = [
            w
            for w in QApplication.topLevelWidgets()
            if isinstance(w, PassphraseDialog) and w.isVisible()
        ]
        if not dialogs or not self.answers:
            return
        dialog = dialogs[0]
        shown = dialog.error.text() if dialog.error.isVisibleTo(dialog) else ""
        self.seen.append((dialog.rule.text(), shown))
        answer = self.answers.pop(0)
        if answer is None:
            dialog.reject()
            return
        dialog.first.setText(answer[0])
        dialog.second.setText(answer[1])
        dialog.accept()

    def stop(self) -> None:
        self.timer.stop()


def run_controller(qtbot, paths, fake_sync, answers):
    controller = AppController(paths, Settings(), sync_factory=lambda *_a: fake_sync)
    exits: list[int] = []
    controller.quit_requested.connect(exits.append)
    typist = Typist(answers)
    controller.start()
    qtbot.waitUntil(lambda: controller.window is not None or bool(exits), timeout=60_000)
    typist.stop()
    if controller.window is not None:
        qtbot.addWidget(controller.window)
    return controller, typist, exits


def test_a_too_short_new_passphrase_is_asked_again_with_the_rule(
    qtbot, paths, no_keyring, fake_sync
):
    short = "x" * (MIN_PASSPHRASE_LENGTH - 1)
    answers = [(short, short), (PASSPHRASE, "something else"), (PASSPHRASE, PASSPHRASE)]
    controller, typist, exits = run_controller(qtbot, paths, fake_sync, answers)
    assert exits == [] and controller.window is not None and controller.window.isVisible()
    rule = typist.seen[0][0]
    assert f"At least {MIN_PASSPHRASE_LENGTH} characters" in rule  # before anything is typed
    # The dialog stayed open after each mistake, saying what was wrong.
    assert typist.seen[1][1] == (
        f"This passphrase has {len(short)} characters; choose one of at least "
        f"{MIN_PASSPHRASE_LENGTH}."
    )
    assert typist.seen[2][1] == "The two passphrases differ."
    assert typist.answers == []
    controller.tasks.wait_idle(10)
    controller.shutdown()
    db = open_profile(paths, lambda _r, _c: PASSPHRASE)  # the chosen passphrase opens it
    db.close()


def test_a_wrong_passphrase_is_asked_again_and_the_right_one_opens(
    qtbot, paths, no_keyring, fake_sync
):
    db = open_profile(paths, lambda _r, _c: PASSPHRASE)
    RecordRepository(db).save("incident", {"incident_id": "L-1", "incident_date": "2026-02-01"})
    db.close()
    answers = [("not the passphrase", ""), (PASSPHRASE, "")]
    controller, typist, exits = run_controller(qtbot, paths, fake_sync, answers)
    assert exits == [] and controller.window is not None
    assert typist.seen[0][1] == ""
    assert typist.seen[1][1].startswith("That passphrase does not open this profile.")
    from desktop.storage.outbox import Outbox

    assert Outbox(controller.ctx.db).pending() == 1
    controller.tasks.wait_idle(10)
    controller.shutdown()


def test_cancel_quits_quietly(qtbot, paths, no_keyring, fake_sync):
    open_profile(paths, lambda _r, _c: PASSPHRASE).close()
    controller, _typist, exits = run_controller(qtbot, paths, fake_sync, [None])
    assert exits == [0] and controller.window is None
    controller.shutdown()
