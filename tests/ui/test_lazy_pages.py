"""The main window builds a page when it is first shown or asked for: its first paint waits
only for the list it opens on."""

from __future__ import annotations

from desktop.ui.main_window import FIRST_PAGE, PAGES

from .conftest import User, make_window


def test_only_the_first_page_is_built_when_the_window_opens(qtbot, ctx):
    window = make_window(qtbot, ctx)
    assert [key for key in PAGES if window.pages.built(key) is not None] == [FIRST_PAGE]
    assert window.stack.currentWidget() is window.pages[FIRST_PAGE]
    assert window.stack.count() == len(PAGES)


def test_a_page_is_built_in_its_place_when_first_shown(qtbot, ctx):
    window = make_window(qtbot, ctx)
    window.show_page("reports")
    page = window.pages.built("reports")
    assert page is not None and window.stack.currentWidget() is page
    assert window.stack.indexOf(page) == PAGES.index("reports")
    assert page.accessibleName() == window.titles["reports"]
    window.nav.setCurrentRow(PAGES.index("settings"))  # as a click on the navigation does
    assert window.stack.currentWidget() is window.pages.built("settings")
    window.show_page(FIRST_PAGE)
    assert window.stack.currentWidget() is window.pages[FIRST_PAGE]
    assert window.stack.count() == len(PAGES)


def test_a_page_asked_for_before_it_is_shown_is_built_without_being_shown(qtbot, ctx):
    window = make_window(qtbot, ctx)
    incidents = window.pages["incidents"]  # as File → Import IOM file… asks it
    assert window.stack.currentWidget() is window.pages[FIRST_PAGE]
    window.show_page("incidents")
    assert window.stack.currentWidget() is incidents


def test_every_page_can_be_built_and_the_inbox_for_the_secretariat(qtbot, ctx):
    window = make_window(qtbot, ctx)
    ctx.set_user(User(role="secretariat", country=None))
    for key in window.pages:
        window.show_page(key)
        assert window.stack.currentWidget() is window.pages.built(key), key


def test_closing_never_builds_the_report_page(qtbot, ctx):
    window = make_window(qtbot, ctx)
    window.close()
    assert window.pages.built("reports") is None
