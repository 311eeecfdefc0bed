"""Fixtures for the UI tests: a real encrypted profile, an app context on it, a fake sync
service that raises the real sync errors (the real service is exercised against a live server
in `test_live_server.py` and `test_account_session.py`)."""

from __future__ import annotations

import threading
from dataclasses import dataclass, field
from typing import Any, Literal
from uuid import UUID

import pytest

from desktop.config.paths import ProfilePaths
from desktop.config.settings import Settings
from desktop.storage.profile import open_profile
from desktop.sync.errors import AuthFailed, Cancelled, CertificateError, Offline, SessionExpired
from desktop.sync.summary import SyncSummary
from desktop.ui import i18n
from desktop.ui.context import AppContext
from desktop.ui.dialogs.sign_in import SignInDialog
from desktop.ui.events import AppEvents
from desktop.ui.tasks import TaskManager

CAMPAIGN_ID = "2f0c6a8e-6d1b-4c4f-9a57-2025a1b0c0de"


@dataclass
class User:
    email: str = "fp.sn@example.org"
    role: str = "focal_point"
    country: str | None = "SN"
    server_url: str = "http://127.0.0.1:9"


__all__ = ["AuthFailed", "CertificateError", "FakeSync", "Offline", "SessionExpired", "User"]


@dataclass
class FakeSync:
    """Stands in for desktop.sync.service.SyncService (a `SyncBackend`, see
    test_sync_backend.py); records what the UI asked."""

    user: Any = None
    login_error: BaseException | None = None
    sync_error: BaseException | None = None
    calls: list[tuple] = field(default_factory=list)
    on_review: Any = None  # callable(report_id, action, comment) run on the network worker
    review_base_rev: int | None = None  # the revision the last review decision was made on
    returned: dict[str, Any] = field(default_factory=dict)  # report id -> version returned
    hold: threading.Event | None = None  # when given, a sync waits for it (or its cancel)
    cancels: list[threading.Event | None] = field(default_factory=list)  # one per sync asked

    def current_user(self) -> Any:
        return self.user

    def last_sync(self) -> str | None:
        return None

    def login(
        self,
        server_url: str,
        email: str,
        password: str,
        device_name: str,
        *,
        switch_account: bool = False,
    ) -> Any:
        self.calls.append(("login", server_url, email, device_name))
        if self.login_error is not None:
            raise self.login_error
        self.user = User(email=email, server_url=server_url)
        return self.user

    def sync(self, progress=None, cancel: threading.Event | None = None) -> SyncSummary:
        self.calls.append(("sync",))
        self.cancels.append(cancel)
        if progress:
            progress("push", 1, 2)
        if self.hold is not None:
            while not self.hold.wait(0.01):
                if cancel is not None and cancel.is_set():
                    raise Cancelled("The sync was stopped.")
        if progress:
            progress("pull", 2, 2)
        if self.sync_error is not None:
            raise self.sync_error
        return SyncSummary()

    def logout(self) -> None:
        self.calls.append(("logout",))
        self.user = None

    def returned_version(self, report_id: UUID) -> dict[str, Any] | None:
        self.calls.append(("returned_version", str(report_id)))
        return self.returned.get(str(report_id))  # None: the server never returned it

    def review(
        self,
        report_id: UUID,
        action: Literal["accept", "return"],
        comment: str,
        base_rev: int | None = None,
    ) -> dict[str, Any] | None:
        self.calls.append(("review", str(report_id), action, comment))
        self.review_base_rev = base_rev
        if self.on_review:
            return self.on_review(report_id, action, comment)  # the server's answer, if any
        return None


@pytest.fixture(autouse=True)
def english(qapp):
    """Every UI test starts (and ends) in English, left to right."""
    i18n.apply_language("en", qapp)
    yield
    i18n.apply_language("en", qapp)


@pytest.fixture
def fake_sync() -> FakeSync:
    return FakeSync()


@pytest.fixture
def ctx(qapp, paths, db, fake_sync):
    context = AppContext(
        paths,
        Settings(),
        db,
        tasks=TaskManager(),
        events=AppEvents(),
        sync_factory=lambda *_args: fake_sync,
    )
    yield context
    context.tasks.wait_idle(10)
    context.tasks.shutdown(wait=True)


@pytest.fixture
def make_ctx(qapp, tmp_path):
    """App contexts with the real sync service, each on a profile folder of its own (named, or
    numbered), with `Settings` changes given as keywords; all closed after the test."""
    made = []

    def make(name: str | None = None, **settings) -> AppContext:
        paths = ProfilePaths(tmp_path / (name or f"profile-{len(made)}"))
        ctx = AppContext(
            paths, Settings(request_timeout_seconds=5, **settings), open_profile(paths)
        )
        made.append(ctx)
        return ctx

    yield make
    for ctx in made:
        ctx.tasks.wait_idle(15)
        ctx.tasks.shutdown()
        ctx.db.close()


def sign_in(qtbot, ctx: AppContext, url: str, email: str, password: str) -> SignInDialog:
    """Sign in through the dialog, shown, as a user would, and wait for the answer."""
    dialog = SignInDialog(ctx, server_url=url)
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.email.setText(email)
    dialog.password.setText(password)
    dialog.device.setText("test laptop")
    dialog.sign_in()
    assert ctx.tasks.wait_idle(20)
    return dialog


def wait_idle(ctx: AppContext, qtbot=None) -> None:
    assert ctx.tasks.wait_idle(15), "background work did not finish"


def make_window(qtbot, ctx: AppContext, *, idle: bool = True):
    """The main window on `ctx`, shown (and, with `idle`, with its first tasks done)."""
    from desktop.ui.main_window import MainWindow

    window = MainWindow(ctx)
    qtbot.addWidget(window)
    window.show()
    if idle:
        wait_idle(ctx)
    return window


def sample_campaign() -> tuple[str, dict]:
    import json

    from server_stub.campaigns import SAMPLE_CAMPAIGN

    raw = json.loads(SAMPLE_CAMPAIGN.read_text("utf-8"))
    return raw.pop("id"), raw


def valid_case(n: int = 1, **extra) -> dict:
    return {
        "reference": f"SN-2026-{n:04d}",
        "status": "open",
        "person": {"given_names": "Awa", "family_name": f"Diallo{n}"},
        "journey": {"route": "Western Africa / Atlantic route to the Canary Islands"},
        **extra,
    }


def envelope(kind: str, record_id, rev: int, data: dict, owner: str | None = "SN") -> dict:
    return {
        "id": str(record_id),
        "kind": kind,
        "rev": rev,
        "owner_country": owner,
        "updated_at": "2026-05-06T09:00:00Z",
        "deleted": False,
        "data": data,
    }


def pull(db, *envelopes: dict) -> None:
    """Apply records as a pull from the server would."""
    from desktop.storage.incoming import IncomingChanges

    incoming = IncomingChanges(db)
    incoming.apply_page(list(envelopes), max(e["rev"] for e in envelopes))
