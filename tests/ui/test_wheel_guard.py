"""The mouse wheel changes a combo box, spin box or date edit only when it has the focus;
over an unfocused one it scrolls the form (the case editor, the settings page)."""

from __future__ import annotations

from PySide6.QtCore import QDate, QPoint, QPointF, Qt
from PySide6.QtGui import QWheelEvent
from PySide6.QtWidgets import QApplication, QDateEdit, QScrollArea, QVBoxLayout, QWidget

from desktop.ui.app import AppController
from desktop.ui.editors.case_editor import CaseEditor
from desktop.ui.forms.wheel_guard import WheelGuard, install_wheel_guard
from desktop.ui.pages.settings import SettingsPage

from .conftest import wait_idle


def wheel(widget, steps: int = -1) -> None:
    """One notch of the wheel (down by default) with the pointer over `widget`."""
    centre = widget.rect().center()
    event = QWheelEvent(
        QPointF(centre),
        QPointF(widget.mapToGlobal(centre)),
        QPoint(0, 0),
        QPoint(0, 120 * steps),
        Qt.MouseButton.NoButton,
        Qt.KeyboardModifier.NoModifier,
        Qt.ScrollPhase.NoScrollPhase,
        False,
    )
    QApplication.sendEvent(widget, event)


def focus(qtbot, window, widget) -> None:
    window.activateWindow()
    widget.setFocus(Qt.FocusReason.MouseFocusReason)
    qtbot.waitUntil(widget.hasFocus, timeout=3000)


def test_the_window_installs_the_policy_once(qapp, tmp_path):
    from desktop.config.paths import ProfilePaths
    from desktop.config.settings import Settings

    old = qapp.findChild(WheelGuard)
    if old is not None:  # installed by an earlier test: start without it
        qapp.removeEventFilter(old)
        old.setParent(None)
    controller = AppController(ProfilePaths(tmp_path / "p"), Settings(), ask_sign_in=False)
    guard = qapp.findChild(WheelGuard)
    assert guard is not None
    assert install_wheel_guard(qapp) is guard  # one filter, however often it is asked
    controller.tasks.shutdown(wait=True)


def test_scrolling_a_case_editor_over_a_country_leaves_it_alone(qtbot, ctx, qapp):
    install_wheel_guard(qapp)
    editor = CaseEditor(ctx)
    qtbot.addWidget(editor)
    editor.resize(900, 420)  # shorter than the form: it scrolls
    editor.show()
    wait_idle(ctx)
    combo = editor.binder.widget("journey.departure_country")
    combo.set_value("SN")
    assert combo.focusPolicy() == Qt.FocusPolicy.StrongFocus  # the wheel does not take focus
    scroll = editor.findChild(QScrollArea).verticalScrollBar()
    before = scroll.value()

    wheel(combo)
    assert combo.value() == "SN"
    assert not combo.hasFocus()
    assert scroll.value() > before  # the form scrolled instead

    focus(qtbot, editor, combo)
    wheel(combo)
    assert combo.value() != "SN"  # the user is in the box: the wheel picks another country


def test_an_unfocused_spin_box_on_the_settings_page_keeps_its_value(qtbot, ctx, qapp):
    install_wheel_guard(qapp)
    page = SettingsPage(ctx)
    qtbot.addWidget(page)
    page.show()
    wait_idle(ctx)
    spin = page.interval
    start = spin.value()
    wheel(spin, steps=1)
    assert spin.value() == start
    focus(qtbot, page, spin)
    wheel(spin, steps=1)
    assert spin.value() != start


def test_an_unfocused_date_edit_keeps_its_date(qtbot, qapp):
    install_wheel_guard(qapp)
    window = QWidget()
    qtbot.addWidget(window)
    layout = QVBoxLayout(window)
    date = QDateEdit(QDate(2026, 5, 6), window)
    layout.addWidget(date)
    window.show()
    wheel(date, steps=1)
    assert date.date() == QDate(2026, 5, 6)
    focus(qtbot, window, date)
    wheel(date, steps=1)
    assert date.date() != QDate(2026, 5, 6)
