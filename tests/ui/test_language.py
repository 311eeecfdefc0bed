"""Languages: every visible string goes through tr(); French, Portuguese and Arabic are
complete; the language follows the system unless Settings override it; Arabic lays the
window out right to left."""

from __future__ import annotations

import xml.etree.ElementTree as ET

import pytest
from PySide6.QtCore import QLocale, Qt
from PySide6.QtWidgets import QAbstractButton, QGroupBox, QLabel, QListWidget, QMenu, QTabBar

from desktop.config.settings import Settings, load_settings
from desktop.ui import i18n
from desktop.ui.app import AppController
from desktop.ui.main_window import MainWindow

from .conftest import User, wait_idle


def messages(code: str) -> list[ET.Element]:
    tree = ET.parse(i18n.TRANSLATIONS_DIR / f"focal_desk_{code}.ts")
    return list(tree.getroot().iter("message"))


@pytest.mark.parametrize("code", ["en", "fr", "pt", "ar"])
def test_translations_are_complete_and_compiled(code):
    """(English carries only the plural forms: "1 case", "2 cases".)"""
    unfinished = [
        m.find("source").text
        for m in messages(code)
        if m.find("translation").get("type") == "unfinished"
    ]
    assert unfinished == []
    compiled = (i18n.TRANSLATIONS_DIR / f"focal_desk_{code}.qm").stat().st_size
    assert compiled > (500 if code == "en" else 10_000)


def visible_texts(window: MainWindow) -> set[str]:
    texts: set[str] = set()
    for key in window.pages:
        window.show_page(key)
        texts |= _texts(window)
    return texts


def _texts(window: MainWindow) -> set[str]:
    texts = set()
    for widget in window.findChildren(QLabel) + window.findChildren(QAbstractButton):
        if widget.isVisibleTo(window) and widget.text():
            texts.add(widget.text())
    for box in window.findChildren(QGroupBox):
        texts.add(box.title())
    for menu in window.findChildren(QMenu):
        texts.update(a.text() for a in menu.actions() if a.text())
    for listing in window.findChildren(QListWidget):
        texts.update(listing.item(i).text() for i in range(listing.count()))
    for bar in window.findChildren(QTabBar):
        texts.update(bar.tabText(i) for i in range(bar.count()))
    for view in window.findChildren(type(window.pages["cases"].view)):
        model = view.model()
        texts.update(
            str(model.headerData(c, Qt.Orientation.Horizontal)) for c in range(model.columnCount())
        )
    return {t for t in texts if any(ch.isalpha() for ch in t)}


def test_no_english_is_left_on_the_french_screens(qtbot, ctx, qapp):
    ctx.set_user(User())
    ctx.set_user(User(role="secretariat", country=None))  # every page, the inbox too
    english = MainWindow(ctx)
    qtbot.addWidget(english)
    wait_idle(ctx)
    before = visible_texts(english)
    i18n.apply_language("fr", qapp)
    french = MainWindow(ctx)
    qtbot.addWidget(french)
    wait_idle(ctx)
    after = visible_texts(french)
    same_in_french = {
        m.find("source").text
        for m in messages("fr")
        if m.find("source").text == m.find("translation").text
    }
    data = {"fp.sn@example.org", "Focal Point Desk"}
    left = {t for t in before & after if t not in same_in_french and not any(d in t for d in data)}
    assert left == set()
    assert "Cas de disparition" in after and "Vue d'ensemble" in after


def test_the_language_follows_the_system_unless_overridden(monkeypatch):
    monkeypatch.setattr(i18n.QLocale, "system", staticmethod(lambda: QLocale("fr_SN")))
    assert i18n.resolve("system") == "fr"
    monkeypatch.setattr(i18n.QLocale, "system", staticmethod(lambda: QLocale("de_DE")))
    assert i18n.resolve("system") == "en"
    assert i18n.resolve("ar") == "ar"


def test_switching_to_arabic_in_settings_lays_the_window_out_right_to_left(
    qtbot, paths, db, fake_sync, qapp
):
    fake_sync.user = User()
    controller = AppController(paths, Settings(), sync_factory=lambda *_a: fake_sync)
    controller.start_with(db)
    assert controller.tasks.wait_idle(10)
    first = controller.window  # replaced (and deleted) by the switch
    assert first.layoutDirection() == Qt.LayoutDirection.LeftToRight
    settings = first.pages["settings"]
    settings.language.setCurrentIndex(settings.language.findData("ar"))
    settings.save()
    assert controller.tasks.wait_idle(10)
    window = controller.window
    qtbot.addWidget(window)
    assert window is not first
    assert qapp.layoutDirection() == Qt.LayoutDirection.RightToLeft
    assert window.layoutDirection() == Qt.LayoutDirection.RightToLeft
    assert window.isRightToLeft() and window.nav.isRightToLeft()
    assert window.nav.item(2).text() == "حالات الفقدان"
    assert window.stack.currentWidget() is window.pages["settings"]
    assert load_settings(paths.settings_file).language == "ar"
    assert window.nav.mapTo(window, window.nav.rect().topLeft()).x() > window.width() / 2
    controller.tasks.shutdown()
