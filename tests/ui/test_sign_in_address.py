"""The sign-in dialog refuses plain http:// to another computer next to the server field, in the
interface language, before anything is sent; loopback and the `allow_insecure_http` setting go
through to the real sync service."""

from __future__ import annotations

import socket

import pytest

from desktop.config.settings import load_settings
from desktop.ui.dialogs.sign_in import SignInDialog

from .conftest import sign_in

pytest.importorskip("desktop.sync.service")


def try_sign_in(qtbot, ctx, url: str) -> SignInDialog:
    return sign_in(qtbot, ctx, url, "fp.sn@example.org", "correct-password-1")


def below(widget, other, dialog) -> bool:
    return (
        widget.mapTo(dialog, widget.rect().topLeft()).y()
        >= other.mapTo(dialog, other.rect().bottomLeft()).y()
    )


def test_plain_http_to_another_computer_is_refused_next_to_the_server_field(qtbot, make_ctx):
    ctx = make_ctx()
    dialog = try_sign_in(qtbot, ctx, "http://focal.example.org")
    message = dialog.server_error.text()
    assert dialog.server_error.isVisible()
    assert "would not be encrypted" in message and "https://" in message
    assert below(dialog.server_error, dialog.server, dialog)
    assert below(dialog.email, dialog.server_error, dialog)  # between the server and e-mail
    assert not dialog.error.isVisible()
    assert dialog.password.text() == "correct-password-1"  # nothing typed is lost
    assert ctx.user is None and dialog.result() == 0
    assert load_settings(ctx.paths.settings_file).server_url is None

    dialog.server.setText("https://focal.example.org")  # fixing the address clears it
    assert not dialog.server_error.isVisible()


def test_an_address_that_is_not_one_is_said_next_to_the_field(qtbot, make_ctx):
    dialog = try_sign_in(qtbot, make_ctx(), "focal.example.org")
    assert dialog.server_error.isVisible()
    assert "https://focal.example.org" in dialog.server_error.text()


def test_with_the_setting_plain_http_goes_out(qtbot, make_ctx):
    ctx = make_ctx(allow_insecure_http=True)
    dialog = try_sign_in(qtbot, ctx, "http://focal.invalid")
    assert not dialog.server_error.isVisible()
    assert dialog.error.isVisible() and "reach" in dialog.error.text()  # it tried


def test_plain_http_to_this_computer_goes_out(qtbot, make_ctx):
    with socket.socket() as closed:  # bound, never listening: refuses connections
        closed.bind(("127.0.0.1", 0))
        url = f"http://127.0.0.1:{closed.getsockname()[1]}"
        dialog = try_sign_in(qtbot, make_ctx(), url)
    assert not dialog.server_error.isVisible()
    assert dialog.error.isVisible() and "reach" in dialog.error.text()


def test_the_message_gets_the_height_it_needs_in_the_shown_dialog(qtbot, make_ctx):
    """The dialog was already shown when the message appeared: before, the layout squeezed the
    wrapped message into one line's height and its words were cut."""
    ctx = make_ctx()
    dialog = try_sign_in(qtbot, ctx, "http://focal.example.org")
    label = dialog.server_error
    qtbot.waitUntil(lambda: label.height() >= label.heightForWidth(label.width()), timeout=2000)
    assert label.heightForWidth(label.width()) > 2 * label.fontMetrics().height()  # it wraps
