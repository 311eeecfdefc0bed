"""Save a PNG of each main screen into docs/screenshots/ (`make screenshots`).

Builds a throwaway profile with demonstration data (`demo_data.py`), opens the real widgets
offscreen and grabs them. Nothing touches the network or the machine's keyring.

    .venv/bin/python scripts/screenshots.py [--out docs/screenshots]
"""

from __future__ import annotations

import argparse
import os
import sys
import tempfile
import time
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
ROOT = Path(__file__).resolve().parents[1]
sys.path[:0] = [str(ROOT), str(Path(__file__).resolve().parent)]

import keyring  # noqa: E402
from demo_data import DemoUser, MemoryKeyring, OfflineDemoSync, iom_file_with_problems, seed  # noqa: E402
from PySide6.QtWidgets import QApplication, QWidget  # noqa: E402

from desktop.config.paths import ProfilePaths  # noqa: E402
from desktop.config.settings import Settings  # noqa: E402
from desktop.storage.profile import open_profile  # noqa: E402
from desktop.ui import i18n  # noqa: E402
from desktop.ui.context import AppContext  # noqa: E402
from desktop.ui.main_window import MainWindow  # noqa: E402

SIZE = (1280, 800)


class Shooter:
    def __init__(self, app: QApplication, db, paths: ProfilePaths, ids: dict, out: Path):
        self.app, self.db, self.paths, self.ids, self.out = app, db, paths, ids, out
        self.tmp = paths.root.parent

    def context(self, user: DemoUser) -> AppContext:
        ctx = AppContext(
            self.paths, Settings(), self.db, sync_factory=lambda *_a: OfflineDemoSync(user)
        )
        ctx.set_user(user)
        ctx.sync_status.set_online(True)
        ctx.sync_status.set_last_sync("2026-05-06T09:42:00Z")
        return ctx

    def settle(self, ctx: AppContext, seconds: float = 0.25) -> None:
        deadline = time.monotonic() + seconds
        while time.monotonic() < deadline or not ctx.tasks.is_idle():
            self.app.processEvents()
            time.sleep(0.01)
            if time.monotonic() > deadline + 20:
                break
        self.app.processEvents()

    def save(self, widget: QWidget, name: str) -> None:
        path = self.out / f"{name}.png"
        widget.grab().save(str(path))
        print(f"saved {path}")

    def window(self, ctx: AppContext, page: str) -> MainWindow:
        window = MainWindow(ctx)
        window.resize(*SIZE)
        window.show()
        window.show_page(page)
        self.settle(ctx)
        return window

    def focal_point_screens(self) -> None:
        from desktop.ui.dialogs.iom_import import IomImportDialog
        from desktop.ui.dialogs.sign_in import SignInDialog
        from desktop.ui.editors.window import open_editor

        ctx = self.context(DemoUser("awa.ndiaye@interieur.gouv.sn", "focal_point", "SN"))
        window = self.window(ctx, "cases")
        self.save(window, "01-missing-cases")
        editor = open_editor(ctx, "missing_case", self.ids["case"], parent=window)
        editor.resize(1100, 800)
        self.settle(ctx)
        editor.editor.binder.widget("person.age").setText("170")
        editor.editor.binder.widget("last_contact.latitude").setText("27.9")
        editor.editor.save()
        self.settle(ctx)
        self.save(editor, "02-case-editor-validation")
        editor.ask_on_close = False
        editor.editor.dirty = False
        editor.close()
        rejected = open_editor(ctx, "missing_case", self.ids["rejected"], parent=window)
        rejected.resize(1100, 800)
        self.settle(ctx)
        self.save(rejected, "03-case-rejected-by-server")
        rejected.close()
        window.show_page("incidents")
        self.settle(ctx)
        self.save(window, "04-incidents")
        sample = iom_file_with_problems(self.tmp)
        if sample is not None:
            dialog = IomImportDialog(ctx, sample, window)
            dialog.start()
            dialog.resize(640, 380)
            dialog.show()
            self.settle(ctx, 0.5)
            self.save(dialog, "05-iom-import-summary")
            dialog.close()
        window.show_page("reports")
        self.settle(ctx, 0.4)
        self.save(window, "06-country-report-returned")
        reports = window.pages["reports"]
        if reports.editor is not None:
            reports.editor.tabs.setCurrentIndex(reports.editor.tabs.count() - 1)
            self.settle(ctx)
            self.save(window, "07-country-report-initiatives")
        window.show_page("conflicts")
        self.settle(ctx, 0.3)
        self.save(window, "08-conflict")
        window.show_page("overview")
        self.settle(ctx, 0.5)
        self.save(window, "09-overview-charts")
        window.show_page("settings")
        self.settle(ctx)
        self.save(window, "10-settings")
        signed_out = self.context(DemoUser("", "focal_point", "SN"))
        dialog = SignInDialog(signed_out, window, server_url="https://focal.example.org")
        dialog.email.setText("awa.ndiaye@interieur.gouv.sn")
        dialog.show()
        dialog._failed(
            type("AuthFailed", (Exception,), {})(
                "Wrong e-mail or password. Check them and try again."
            )
        )
        self.settle(signed_out)
        self.save(dialog, "11-sign-in-error")
        dialog.close()
        window.close()

    def secretariat_screens(self) -> None:
        from desktop.ui.dialogs.review import ReviewDialog

        ctx = self.context(DemoUser("review@icmpd.org", "secretariat", None))
        window = self.window(ctx, "inbox")
        self.save(window, "12-secretariat-inbox")
        dialog = ReviewDialog(ctx, self.ids["ma_report"], window)
        dialog.show()
        self.settle(ctx, 0.3)
        dialog.comment.setPlainText("Thank you. Could you add the 2024 figures for domain 3?")
        self.save(dialog, "13-secretariat-review")
        dialog.close()
        window.close()

    def security_screens(self) -> None:
        """The sign-in refusing plain http to another computer, and a damaged profile's message,
        in English and in Arabic."""
        from PySide6.QtWidgets import QMessageBox

        from desktop.storage.storage_errors import DatabaseDamaged
        from desktop.ui.dialogs.sign_in import SignInDialog
        from desktop.ui.messages import error_text

        damaged = DatabaseDamaged(self.paths.root, self.paths.database)
        for code, sign_in_name, damaged_name in (
            ("en", "18-sign-in-insecure-address", "19-damaged-profile"),
            ("ar", "20-arabic-sign-in-insecure-address", "21-arabic-damaged-profile"),
        ):
            i18n.apply_language(code, self.app)
            ctx = self.context(DemoUser("", "focal_point", "SN"))
            dialog = SignInDialog(ctx, None, server_url="http://focal.example.org")
            dialog.email.setText("awa.ndiaye@interieur.gouv.sn")
            dialog.password.setText("a password typed")
            dialog.device.setText("Dakar office laptop")
            dialog.show()
            dialog.sign_in()  # refused before anything is sent: said under the server field
            self.settle(ctx)
            self.save(dialog, sign_in_name)
            dialog.close()
            box = QMessageBox(QMessageBox.Icon.Critical, "Focal Point Desk", error_text(damaged))
            box.show()
            self.settle(ctx)
            self.save(box, damaged_name)
            box.close()
        i18n.apply_language("en", self.app)

    def language_screens(self) -> None:
        screens = (
            ("fr", "14-french", "cases"),
            ("ar", "15-arabic-rtl", "reports"),
            ("fr", "16-french-country-report", "reports"),
            ("ar", "17-arabic-cases", "cases"),
        )
        for code, name, page in screens:
            i18n.apply_language(code, self.app)
            ctx = self.context(DemoUser("awa.ndiaye@interieur.gouv.sn", "focal_point", "SN"))
            window = self.window(ctx, page)
            self.save(window, name)
            window.close()
        i18n.apply_language("en", self.app)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description="Save a PNG of each main screen.")
    parser.add_argument("--out", type=Path, default=ROOT / "docs" / "screenshots")
    args = parser.parse_args(argv)
    args.out.mkdir(parents=True, exist_ok=True)
    keyring.set_keyring(MemoryKeyring())
    app = QApplication.instance() or QApplication([sys.argv[0]])
    app.setApplicationName("Focal Point Desk")
    i18n.apply_language("en", app)
    with tempfile.TemporaryDirectory(prefix="focal-shots-") as tmp:
        paths = ProfilePaths(Path(tmp) / "profile")
        db = open_profile(paths)
        ids = seed(db)
        shooter = Shooter(app, db, paths, ids, args.out)
        shooter.focal_point_screens()
        shooter.secretariat_screens()
        shooter.language_screens()
        shooter.security_screens()
        db.close()
    return 0


if __name__ == "__main__":
    sys.exit(main())
