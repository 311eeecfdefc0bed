"""Proves Qt loads without a display: for `focal-desk --self-check`, frozen or not.

Creates a `QGuiApplication` on the offscreen platform, paints into an image (Qt's raster
engine and its platform plugin both work) and lists the image formats its plugins can read.
The application is shut down afterwards, so a window (or a test's QApplication) can follow in
the same process. If an application object already exists it is used as it is.
"""

from __future__ import annotations

import sys
from dataclasses import dataclass

import PySide6
from PySide6.QtCore import QCoreApplication, qVersion
from PySide6.QtGui import QColor, QGuiApplication, QImage, QImageReader, QPainter


@dataclass(frozen=True)
class QtCheck:
    qt_version: str
    pyside_version: str
    platform: str
    image_formats: tuple[str, ...]

    def summary(self) -> str:
        formats = ", ".join(self.image_formats)
        return (
            f"qt: {self.qt_version} (PySide6 {self.pyside_version}); "
            f"platform: {self.platform}; image formats: {formats}"
        )


class QtCheckFailed(RuntimeError):
    """Qt loaded, but could not draw; the message says what went wrong."""


def _paint_test() -> None:
    image = QImage(8, 8, QImage.Format.Format_ARGB32)
    image.fill(QColor("white"))
    painter = QPainter(image)
    painter.fillRect(0, 0, 4, 4, QColor("red"))
    painter.end()
    if image.pixelColor(1, 1).name() != "#ff0000" or image.pixelColor(6, 6).name() != "#ffffff":
        raise QtCheckFailed("Qt could not paint into an image (raster engine not working)")


def _result(platform: str) -> QtCheck:
    formats = sorted({bytes(f).decode("ascii") for f in QImageReader.supportedImageFormats()})
    return QtCheck(qVersion(), PySide6.__version__, platform, tuple(formats))


def check_qt_offscreen() -> QtCheck:
    """Start Qt on the offscreen platform, paint, report; leaves no application behind."""
    existing = QCoreApplication.instance()
    if existing is not None:
        _paint_test()
        platform = existing.platformName() if isinstance(existing, QGuiApplication) else "none"
        return _result(platform)
    app = QGuiApplication([sys.argv[0] or "focal-desk", "-platform", "offscreen"])
    try:
        _paint_test()
        return _result(app.platformName())
    finally:
        app.shutdown()
        del app
