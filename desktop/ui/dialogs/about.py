"""Help → About: version, data folder, server, Qt version."""

from __future__ import annotations

from html import escape

from PySide6 import __version__ as pyside_version
from PySide6.QtCore import QObject, qVersion
from PySide6.QtWidgets import QMessageBox, QWidget

import desktop

from ..context import AppContext


class About(QObject):
    def text(self, ctx: AppContext) -> str:
        server = (
            getattr(ctx.user, "server_url", None)
            or ctx.settings.server_url
            or self.tr("not signed in")
        )
        lines = [
            self.tr("JVAP country reports and missing-migrant records, offline first."),
            "",
            self.tr("Data folder: {path}").format(path=ctx.paths.root),
            self.tr("Server: {url}").format(url=server),
            f"Qt {qVersion()} · PySide6 {pyside_version}",
        ]
        title = f"<h3>{escape(desktop.APP_NAME)} {escape(desktop.__version__)}</h3>"
        return title + "<br>".join(escape(line) for line in lines)

    def show(self, ctx: AppContext, parent: QWidget) -> None:
        QMessageBox.about(parent, self.tr("About Focal Point Desk"), self.text(ctx))
