"""The main window: navigation on the side, one page per entry, menus, shortcuts, the status
bar, remembered geometry. Pages answer the app-wide events themselves; this only hosts them.

A page is built (and its module imported) when it is first shown or asked for (`pages`): the
window's first paint waits only for the list it opens on, not for the charts, the report
editor or the settings. A page built later reads the current state then, as every page does
when it is made.
"""

from __future__ import annotations

import importlib
from collections.abc import Callable, Iterator, Mapping

from PySide6.QtCore import QSettings, QSize, Qt
from PySide6.QtGui import QAction, QCloseEvent, QKeySequence
from PySide6.QtWidgets import (
    QHBoxLayout,
    QListWidget,
    QListWidgetItem,
    QMainWindow,
    QStackedWidget,
    QWidget,
)

import desktop

from .context import AppContext
from .dialogs.about import About
from .editors.window import open_editor, open_windows
from .operations import sync as sync_ops
from .screen_fit import place_on_screen
from .status_bar import SyncStatusBar

# Each page's class, as (module under desktop.ui.pages, class name): imported when first built.
# In the navigation's order.
PAGE_CLASSES = {
    "overview": ("overview", "OverviewPage"),
    "reports": ("reports", "ReportsPage"),
    "cases": ("cases", "CasesPage"),
    "incidents": ("incidents", "IncidentsPage"),
    "conflicts": ("conflicts", "ConflictsPage"),
    "inbox": ("inbox", "InboxPage"),
    "settings": ("settings", "SettingsPage"),
}
PAGES = tuple(PAGE_CLASSES)
FIRST_PAGE = "cases"


class Pages(Mapping[str, QWidget]):
    """The window's pages by key, each built on first access; the stack holds an empty
    placeholder in its place until then."""

    def __init__(self, build: Callable[[str], QWidget]):
        self._build = build
        self._built: dict[str, QWidget] = {}

    def __getitem__(self, key: str) -> QWidget:
        if key not in PAGE_CLASSES:
            raise KeyError(key)
        if key not in self._built:
            self._built[key] = self._build(key)
        return self._built[key]

    def __iter__(self) -> Iterator[str]:
        return iter(PAGES)

    def __len__(self) -> int:
        return len(PAGES)

    def built(self, key: str) -> QWidget | None:
        """The page if it was built already (None: nothing to ask of it)."""
        return self._built.get(key)


class MainWindow(QMainWindow):
    def __init__(self, ctx: AppContext, parent: QWidget | None = None):
        super().__init__(parent)
        self.ctx = ctx
        self.setWindowTitle(desktop.APP_NAME)
        place_on_screen(self, QSize(1280, 800))  # a smaller screen gets a smaller window
        self.nav = QListWidget(self)
        self.nav.setObjectName("navigation")
        self.nav.setAccessibleName(self.tr("Navigation"))
        self.nav.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.nav.setStyleSheet(
            "QListWidget#navigation { font-size: 11pt; }"
            "QListWidget#navigation::item { padding: 9px 10px; }"
        )
        self.stack = QStackedWidget(self)
        self.pages = Pages(self._build_page)
        titles = {
            "overview": self.tr("Overview"),
            "reports": self.tr("Country reports"),
            "cases": self.tr("Missing cases"),
            "incidents": self.tr("Incidents"),
            "conflicts": self.tr("Conflicts"),
            "inbox": self.tr("Secretariat inbox"),
            "settings": self.tr("Settings"),
        }
        self.titles = titles
        self._placeholders: dict[str, QWidget] = {}
        for key in PAGES:
            item = QListWidgetItem(titles[key], self.nav)
            item.setData(Qt.ItemDataRole.UserRole, key)
            self._placeholders[key] = QWidget(self.stack)
            self.stack.addWidget(self._placeholders[key])
        self.nav.currentRowChanged.connect(self._show_row)
        self._fit_navigation()
        body = QWidget(self)
        row = QHBoxLayout(body)
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(self.nav)
        row.addWidget(self.stack, 1)
        self.setCentralWidget(body)
        self.status = SyncStatusBar(ctx, self)
        self.setStatusBar(self.status)
        self._menus()  # (syncs are started by ctx.sync_runner: on demand, after edits, …)
        ctx.events.user_changed.connect(self._on_user)
        ctx.events.settings_changed.connect(self._on_user)
        ctx.sync_status.changed.connect(self._update_conflict_count)
        self._on_user()
        self.show_page(FIRST_PAGE)
        self._restore_geometry()

    def _build_page(self, key: str) -> QWidget:
        module, name = PAGE_CLASSES[key]
        page = getattr(importlib.import_module(f"{__package__}.pages.{module}"), name)(self.ctx)
        page.setAccessibleName(self.titles[key])
        placeholder = self._placeholders.pop(key)
        showing = self.stack.currentWidget() is placeholder
        self.stack.insertWidget(self.stack.indexOf(placeholder), page)
        self.stack.removeWidget(placeholder)
        placeholder.deleteLater()
        if showing:
            self.stack.setCurrentWidget(page)
        return page

    def _show_row(self, row: int) -> None:
        if 0 <= row < len(PAGES):
            self.stack.setCurrentWidget(self.pages[PAGES[row]])

    def _fit_navigation(self) -> None:
        """As wide as its longest entry in the interface language (never scrolled sideways)."""
        self.nav.ensurePolished()
        widest = max(
            self.nav.sizeHintForColumn(0),
            *(self.nav.fontMetrics().horizontalAdvance(t) for t in self.titles.values()),
        )
        padding = 2 * 10 + 2 * self.nav.frameWidth() + 12  # the items' padding, frame, air
        self.nav.setFixedWidth(max(widest + padding, 150))

    # Menus and shortcuts --------------------------------------------------------------------

    def _action(self, menu, text: str, slot, shortcut=None) -> QAction:
        action = QAction(text, self)
        if shortcut is not None:
            action.setShortcut(shortcut)
        action.triggered.connect(slot)
        menu.addAction(action)
        return action

    def _menus(self) -> None:
        bar = self.menuBar()
        file = bar.addMenu(self.tr("&File"))
        self.new_action = self._action(
            file, self.tr("&New record"), self.new_record, QKeySequence.StandardKey.New
        )
        self._action(file, self.tr("&Save"), self.save_current, QKeySequence.StandardKey.Save)
        self._action(
            file, self.tr("&Import IOM file…"), lambda: self.pages["incidents"].import_file()
        )
        file.addSeparator()
        self._action(file, self.tr("&Quit"), self.close, QKeySequence.StandardKey.Quit)
        edit = bar.addMenu(self.tr("&Edit"))
        self._action(edit, self.tr("&Find"), self.find, QKeySequence.StandardKey.Find)
        sync = bar.addMenu(self.tr("&Sync"))
        self._action(sync, self.tr("Sync &now"), self.status.sync_now, QKeySequence("F5"))
        self._action(sync, self.tr("&Stop sync"), lambda: sync_ops.cancel_sync(self.ctx))
        go = bar.addMenu(self.tr("&Go"))
        for number, key in enumerate(PAGES, start=1):
            self._action(
                go,
                self.titles[key],
                lambda _c=False, k=key: self.show_page(k),
                QKeySequence(f"Ctrl+{number}"),
            )
        help_menu = bar.addMenu(self.tr("&Help"))
        self._action(
            help_menu, self.tr("&About Focal Point Desk"), lambda: About(self).show(self.ctx, self)
        )

    def current_key(self) -> str:
        item = self.nav.currentItem()
        return item.data(Qt.ItemDataRole.UserRole) if item else "cases"

    def show_page(self, key: str) -> None:
        row = PAGES.index(key)
        if not self.nav.item(row).isHidden():
            self.nav.setCurrentRow(row)

    def new_record(self) -> None:
        kind = "incident" if self.current_key() == "incidents" else "missing_case"
        open_editor(self.ctx, kind, parent=self)

    def save_current(self) -> None:
        if self.current_key() == "reports":
            self.pages["reports"].save_current()

    def find(self) -> None:
        page = self.pages[self.current_key()]
        if not hasattr(page, "focus_search"):
            self.show_page("cases")
            page = self.pages["cases"]
        page.focus_search()

    # Reactions ------------------------------------------------------------------------------

    def _on_user(self, *_args) -> None:
        self.nav.item(PAGES.index("inbox")).setHidden(not self.ctx.is_secretariat)
        user = self.ctx.user
        who = f" — {user.email}" if user is not None else ""
        self.setWindowTitle(f"{desktop.APP_NAME}{who}")

    def _update_conflict_count(self) -> None:
        n = self.ctx.sync_status.conflicts
        item = self.nav.item(PAGES.index("conflicts"))
        item.setText(f"{self.titles['conflicts']} ({n})" if n else self.titles["conflicts"])

    # Geometry and closing -------------------------------------------------------------------

    def _qsettings(self) -> QSettings:
        return QSettings(str(self.ctx.paths.root / "window.ini"), QSettings.Format.IniFormat)

    def _restore_geometry(self) -> None:
        stored = self._qsettings().value("main/geometry")
        if stored is not None:
            self.restoreGeometry(stored)
        state = self._qsettings().value("main/state")
        if state is not None:
            self.restoreState(state)

    def save_geometry(self) -> None:
        settings = self._qsettings()
        settings.setValue("main/geometry", self.saveGeometry())
        settings.setValue("main/state", self.saveState())
        settings.sync()

    def closeEvent(self, event: QCloseEvent) -> None:
        self.save_geometry()
        for window in open_windows():  # unsaved edits stay as drafts, offered next time
            window.ask_on_close = False
            window.close()
        reports = self.pages.built("reports")  # a page never opened holds no editor
        if reports is not None and reports.editor is not None:
            reports.editor.save_draft_now()
        super().closeEvent(event)
