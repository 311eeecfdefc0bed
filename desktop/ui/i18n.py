"""The interface language: the system's by default, or the one chosen in Settings.

Loads our compiled translations (`translations/focal_desk_<lang>.qm`) and Qt's own (standard
buttons and dialogs), and lays the window out right-to-left for Arabic.
"""

from __future__ import annotations

import logging
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, Qt, QTranslator
from PySide6.QtWidgets import QApplication

log = logging.getLogger(__name__)

TRANSLATIONS_DIR = Path(__file__).resolve().parent / "translations"
LANGUAGES = {"en": "English", "fr": "Français", "pt": "Português", "ar": "العربية"}
RIGHT_TO_LEFT = frozenset({"ar"})

_current = "en"
_installed: list[QTranslator] = []


def current_language() -> str:
    return _current


def resolve(setting: str) -> str:
    """The language to use for a setting ("system" or a code): English when not offered."""
    if setting in LANGUAGES:
        return setting
    for name in QLocale.system().uiLanguages():
        code = name.replace("_", "-").split("-")[0].lower()
        if code in LANGUAGES:
            return code
    return "en"


def apply_language(setting: str, app: QApplication | None = None) -> str:
    """Install the translators of the chosen language and set the layout direction; returns
    the language code in use. Widgets built afterwards come out in that language."""
    global _current
    app = app or QApplication.instance()
    code = resolve(setting)
    for translator in _installed:
        QCoreApplication.removeTranslator(translator)
    _installed.clear()
    ours = QTranslator(app)  # English too: it carries the plural forms
    if ours.load(str(TRANSLATIONS_DIR / f"focal_desk_{code}.qm")):
        _installed.append(ours)
    else:
        log.warning("no translation file for %s", code)
    if code != "en":
        qt_dir = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
        qt_own = QTranslator(app)
        if qt_own.load(QLocale(code), "qtbase", "_", qt_dir):
            _installed.append(qt_own)
    for translator in _installed:
        QCoreApplication.installTranslator(translator)
    QLocale.setDefault(QLocale(code))
    direction = (
        Qt.LayoutDirection.RightToLeft if code in RIGHT_TO_LEFT else Qt.LayoutDirection.LeftToRight
    )
    if app is not None:
        app.setLayoutDirection(direction)
    _current = code
    log.info("interface language: %s", code)
    return code
