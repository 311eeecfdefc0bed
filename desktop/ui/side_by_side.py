"""Two groups of widgets side by side when there is room, one under the other when there is
not (a laptop's 1,024 pixels, a long translation). Its minimum width is that of the wider
group, so a window holding it can always be made narrower than both groups side by side."""

from __future__ import annotations

from PySide6.QtCore import QSize
from PySide6.QtWidgets import QBoxLayout, QGridLayout, QLayout, QWidget


class SideBySide(QWidget):
    def __init__(
        self,
        first: QBoxLayout,
        second: QBoxLayout,
        parent: QWidget | None = None,
        *,
        stretch: tuple[int, int] = (1, 1),
    ):
        super().__init__(parent)
        self.first, self.second, self.stretch = first, second, stretch
        self.grid = QGridLayout(self)
        self.grid.setContentsMargins(0, 0, 0, 0)
        # The minimum is ours (the stacked one), not the side-by-side one of the grid.
        self.grid.setSizeConstraint(QLayout.SizeConstraint.SetNoConstraint)
        self.stacked = False
        self._place(False)

    def needed_width(self) -> int:
        """The width both groups need side by side."""
        spacing = max(self.grid.horizontalSpacing(), 0)
        return self.first.minimumSize().width() + self.second.minimumSize().width() + spacing

    def minimumSizeHint(self) -> QSize:
        """As narrow as the wider group; as tall as the current arrangement needs."""
        widest = max(self.first.minimumSize().width(), self.second.minimumSize().width())
        return QSize(widest, self.grid.minimumSize().height())

    def sizeHint(self) -> QSize:
        return self.grid.sizeHint()

    def resizeEvent(self, event) -> None:
        super().resizeEvent(event)
        self.fit()

    def fit(self) -> None:
        stacked = self.width() < self.needed_width()
        if stacked != self.stacked:
            self._place(stacked)

    def _place(self, stacked: bool) -> None:
        self.stacked = stacked
        for group in (self.first, self.second):
            self.grid.removeItem(group)
        self.grid.addLayout(self.first, 0, 0)
        self.grid.addLayout(self.second, 1 if stacked else 0, 0 if stacked else 1)
        self.grid.setColumnStretch(0, 1 if stacked else self.stretch[0])
        self.grid.setColumnStretch(1, 0 if stacked else self.stretch[1])
        self.updateGeometry()
