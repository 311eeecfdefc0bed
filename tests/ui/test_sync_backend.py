"""The window talks to the sync service through `SyncBackend`: the real service and the test
fake both have its methods with its parameters, and the UI tells errors apart by their class
(a subclass counts; another class of the same name does not)."""

from __future__ import annotations

import inspect

import pytest

from desktop.sync import errors
from desktop.sync.service import SyncService
from desktop.ui.context import SyncBackend
from desktop.ui.dialogs.sign_in import SignInDialog
from desktop.ui.messages import error_text
from desktop.ui.sync_status import SyncStatus

from .conftest import FakeSync

MEMBERS = [
    name
    for name, value in vars(SyncBackend).items()
    if callable(value) and not name.startswith("_")
]


def parameters(fn) -> list[tuple[str, object]]:
    return [(p.name, p.kind) for p in inspect.signature(fn).parameters.values()]


def test_the_protocol_names_what_the_window_calls():
    assert set(MEMBERS) >= {"login", "logout", "sync", "current_user", "last_sync", "review",
                            "returned_version"}  # fmt: skip


@pytest.mark.parametrize("backend", [SyncService, FakeSync], ids=["service", "fake"])
def test_the_service_and_the_fake_are_sync_backends(backend):
    assert issubclass(backend, SyncBackend)
    for name in MEMBERS:
        expected = parameters(getattr(SyncBackend, name))
        assert parameters(getattr(backend, name)) == expected, name


def test_a_fake_error_class_of_the_same_name_is_not_taken_for_the_real_one(qapp):
    class Offline(Exception):  # the point is the name
        pass

    status = SyncStatus()
    status.failed(Offline("no route"))
    assert status.online is None
    status.failed(errors.Offline("Cannot reach the server: you seem to be offline."))
    assert status.online is False


def test_errors_are_told_apart_by_class_including_subclasses(qtbot, ctx):
    assert error_text(errors.NotSignedIn("x")) == "You are not signed in: sign in first."
    assert error_text(errors.SessionExpired("x")).startswith("Your session has expired")
    offline = errors.Offline("x")
    offline.server = "https://focal.example.org"
    assert "focal.example.org" in error_text(offline)
    dialog = SignInDialog(ctx, server_url="https://focal.example.org")
    qtbot.addWidget(dialog)
    dialog._failed(errors.InsecureConnection("plain http"))
    assert "would not be encrypted" in dialog.server_error.text()
    dialog._failed(errors.BadServerAddress("no host"))
    assert "address in full" in dialog.server_error.text()
