"""Against the real central endpoint on loopback with the real sync service: signing in starts
a sync; another country's account clears the old country's cases from the list after a clear
warning; a restart resumes the kept session, or asks to sign in with the last server filled in;
unticking "Work offline" syncs at once."""

from __future__ import annotations

import pytest
from PySide6.QtWidgets import QApplication

from desktop.config.paths import ProfilePaths
from desktop.config.settings import Settings, load_settings
from desktop.storage.listing import ListQuery
from desktop.storage.profile import open_profile
from desktop.storage.records import RecordRepository
from desktop.ui.app import AppController
from desktop.ui.context import AppContext
from desktop.ui.dialogs.account_switch import AccountSwitchBox
from desktop.ui.dialogs.sign_in import SignInDialog
from desktop.ui.operations import sync as sync_ops
from desktop.ui.pages.cases import CasesPage

from .conftest import valid_case
from .test_live_server import live, sign_in

pytest.importorskip("desktop.sync.service")


@pytest.fixture(scope="module")
def server(tmp_path_factory):
    running = live.LiveServer(tmp_path_factory.mktemp("server"))
    running.create_users()
    running.start()
    yield running
    running.stop()


@pytest.fixture
def profile(tmp_path):
    return ProfilePaths(tmp_path / "profile")


@pytest.fixture
def make_ctx(qapp, profile):
    made = []

    def make() -> AppContext:
        ctx = AppContext(profile, load_settings(profile.settings_file), open_profile(profile))
        made.append(ctx)
        return ctx

    yield make
    for ctx in made:
        close(ctx)


def close(ctx) -> None:
    if ctx.tasks.closed:
        return
    ctx.tasks.wait_idle(20)
    ctx.tasks.shutdown()
    ctx.db.close()


def settle(qtbot, ctx) -> None:
    qtbot.waitUntil(
        lambda: ctx.tasks.wait_idle(0.05) and not ctx.sync_status.syncing, timeout=20000
    )


def listed(page: CasesPage) -> set[str]:
    return {page.model.list_row(r).label for r in range(page.model.rowCount())}


def seed_senegal_case(server, tmp_path, reference: str) -> None:
    """A Senegal case on the server, pushed from another profile."""
    from desktop.sync.service import SyncService

    paths = ProfilePaths(tmp_path / "other-laptop")
    db = open_profile(paths)
    service = SyncService(db, paths, Settings())
    try:
        service.login(server.url, "fp2.sn@example.org", live.PASSWORD, "other laptop")
        RecordRepository(db).save(
            "missing_case", valid_case(1, reference=reference), owner_country="SN"
        )
        service.sync()
    finally:
        service.close()
        db.close()


def test_signing_in_syncs_at_once(qtbot, make_ctx, server, tmp_path):
    seed_senegal_case(server, tmp_path, "SN-2026-0501")
    ctx = make_ctx()
    page = CasesPage(ctx)
    qtbot.addWidget(page)
    dialog = sign_in(qtbot, ctx, server.url, "fp.sn@example.org", live.PASSWORD)
    assert ctx.user is not None and not dialog.isVisible()
    settle(qtbot, ctx)  # no F5, no timer: the sign-in itself synced
    qtbot.waitUntil(lambda: "SN-2026-0501" in listed(page), timeout=10000)


def test_another_countrys_account_clears_the_old_cases_after_a_warning(
    qtbot, make_ctx, server, tmp_path
):
    seed_senegal_case(server, tmp_path, "SN-2026-0502")
    ctx = make_ctx()
    page = CasesPage(ctx)
    qtbot.addWidget(page)
    sign_in(qtbot, ctx, server.url, "fp.sn@example.org", live.PASSWORD)
    settle(qtbot, ctx)
    qtbot.waitUntil(lambda: "SN-2026-0502" in listed(page), timeout=10000)
    sync_ops.sign_out(ctx)
    settle(qtbot, ctx)

    dialog = sign_in(qtbot, ctx, server.url, "fp.ma@example.org", live.PASSWORD)
    box = dialog.switch_box
    assert isinstance(box, AccountSwitchBox) and box.isVisible()
    assert "Focal point, Senegal" in box.text()
    assert "Focal point, Morocco" in box.informativeText()
    assert ctx.user is None and "SN-2026-0502" in listed(page)  # nothing done yet
    box.remove_button.click()
    settle(qtbot, ctx)
    assert ctx.user is not None and ctx.user.country == "MA"
    qtbot.waitUntil(lambda: page.model.rowCount() == 0, timeout=10000)
    assert not any(label.startswith("SN-") for label in listed(page))
    assert ctx.listing.count(ListQuery(kind="missing_case", search="Awa")) == 0


def test_switching_with_unsent_changes_is_refused_in_the_dialog(qtbot, make_ctx, server, tmp_path):
    ctx = make_ctx()
    sign_in(qtbot, ctx, server.url, "fp.sn@example.org", live.PASSWORD)
    settle(qtbot, ctx)
    sync_ops.sign_out(ctx)
    settle(qtbot, ctx)
    ctx.repo.save("missing_case", valid_case(3, reference="SN-2026-0503"), owner_country="SN")
    dialog = sign_in(qtbot, ctx, server.url, "fp.ma@example.org", live.PASSWORD)
    assert getattr(dialog, "switch_box", None) is None  # no choice to offer
    text = dialog.error.text()
    assert "1 change not sent yet" in text and "Focal point, Senegal" in text
    assert "focal-desk" not in text and "--" not in text  # window words, not commands
    assert ctx.user is None
    assert ctx.listing.count(ListQuery(kind="missing_case", search="SN-2026-0503")) == 1


def test_a_restart_resumes_the_kept_session(qtbot, profile, server):
    first = AppContext(profile, Settings(), open_profile(profile))
    sign_in(qtbot, first, server.url, "fp.sn@example.org", live.PASSWORD)
    settle(qtbot, first)
    close(first)

    controller = AppController(profile, load_settings(profile.settings_file))
    controller.start_with(open_profile(profile))
    ctx = controller.ctx
    qtbot.waitUntil(lambda: controller.window is not None, timeout=10000)
    qtbot.addWidget(controller.window)
    settle(qtbot, ctx)
    assert ctx.user is not None and ctx.user.email == "fp.sn@example.org"
    assert ctx.sync_status.online is True and ctx.sync_status.last_error is None
    assert controller.sign_in_dialog is None  # nothing to ask
    controller.shutdown()


def test_a_restart_without_a_kept_session_asks_to_sign_in_with_the_last_server(
    qtbot, profile, server
):
    first = AppContext(profile, Settings(), open_profile(profile))
    sign_in(qtbot, first, server.url, "fp.sn@example.org", live.PASSWORD)
    settle(qtbot, first)
    close(first)
    from desktop.sync.credentials import Credentials

    Credentials(profile.keyring_id, server.url).clear()  # the keyring lost it (or never had it)

    controller = AppController(profile, load_settings(profile.settings_file))
    controller.start_with(open_profile(profile))
    ctx = controller.ctx
    qtbot.waitUntil(lambda: controller.window is not None, timeout=10000)
    qtbot.addWidget(controller.window)
    qtbot.waitUntil(lambda: controller.sign_in_dialog is not None, timeout=20000)
    dialog = controller.sign_in_dialog
    qtbot.addWidget(dialog)
    assert dialog.isVisible() and dialog.server.text() == server.url
    assert dialog.email.text() == "fp.sn@example.org"
    assert ctx.user is None
    status = controller.window.status
    assert "focal-desk" not in (status.last.toolTip() + status.currentMessage())
    assert status.sign_in_button.isVisible()
    settle(qtbot, ctx)
    controller.shutdown()


def test_unticking_work_offline_syncs_at_once(qtbot, make_ctx, server, tmp_path):
    from desktop.ui.pages.settings import SettingsPage

    ctx = make_ctx()
    sign_in(qtbot, ctx, server.url, "fp.sn@example.org", live.PASSWORD)
    settle(qtbot, ctx)
    ctx.settings.work_offline = True
    seed_senegal_case(server, tmp_path, "SN-2026-0504")
    page = SettingsPage(ctx)
    qtbot.addWidget(page)
    cases = CasesPage(ctx)
    qtbot.addWidget(cases)
    page.load()
    page.offline.setChecked(False)
    page.save()
    settle(qtbot, ctx)
    qtbot.waitUntil(lambda: "SN-2026-0504" in listed(cases), timeout=10000)


def test_the_sign_in_dialog_from_settings_keeps_the_server_address(qtbot, make_ctx, server):
    from desktop.ui.pages.settings import SettingsPage

    ctx = make_ctx()
    first = SignInDialog(ctx, server_url=server.url)
    qtbot.addWidget(first)
    first.work_offline()  # first run: "Work offline", after typing the address
    settle(qtbot, ctx)
    page = SettingsPage(ctx)
    qtbot.addWidget(page)
    page.load()
    page._sign_in()
    [dialog] = [w for w in QApplication.topLevelWidgets()
                if isinstance(w, SignInDialog) and w.isVisible() and w is not first]  # fmt: skip
    qtbot.addWidget(dialog)
    assert dialog.server.text() == server.url
