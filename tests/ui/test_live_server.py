"""Against the real central endpoint on 127.0.0.1 (ephemeral port) with the real sync service:
the sign-in dialog's messages for a wrong password, an unreachable server and a bad
certificate; and the secretariat returning and accepting a report a focal point submitted."""

from __future__ import annotations

import datetime as dt
import importlib.util
import socket
import ssl
import threading
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

import pytest

from desktop.ui.dialogs.review import ReviewDialog
from desktop.ui.operations import sync as sync_ops
from desktop.ui.operations.reports import report_id_for
from desktop.ui.pages.inbox import InboxPage
from desktop.ui.pages.reports import ReportsPage

from .conftest import sample_campaign, sign_in, wait_idle
from .test_country_report import COMPLETE_ANSWERS, INITIATIVE

pytest.importorskip("desktop.sync.service")
SYNC_TESTS = Path(__file__).resolve().parents[1] / "sync"
CAMPAIGN_FILE = Path(__file__).resolve().parents[2] / "server_stub/samples/jvap-2025-campaign.json"


def _live_server_module():
    spec = importlib.util.spec_from_file_location("live_server", SYNC_TESTS / "live_server.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


live = _live_server_module()


@pytest.fixture(scope="module")
def server(tmp_path_factory):
    running = live.LiveServer(tmp_path_factory.mktemp("server"))
    running.create_users()
    live.server_cli(running.db_url, "add-campaign", str(CAMPAIGN_FILE))
    running.start()
    yield running
    running.stop()


def test_wrong_password_is_said_plainly_and_the_password_is_cleared(qtbot, make_ctx, server):
    ctx = make_ctx("fp")
    dialog = sign_in(qtbot, ctx, server.url, "fp.sn@example.org", "not-the-password")
    assert dialog.error.isVisibleTo(dialog)
    assert "password" in dialog.error.text().lower()
    assert dialog.password.text() == "" and ctx.user is None
    assert dialog.result() == 0  # still open


def test_an_unreachable_server_is_said_plainly(qtbot, make_ctx):
    ctx = make_ctx("fp")
    # A port bound but never listening refuses connections, and no other test's server can
    # take it meanwhile (a merely free port could be handed to one).
    with socket.socket() as closed:
        closed.bind(("127.0.0.1", 0))
        url = f"http://127.0.0.1:{closed.getsockname()[1]}"
        dialog = sign_in(qtbot, ctx, url, "fp.sn@example.org", live.PASSWORD)
    assert "Cannot reach" in dialog.error.text() and url in dialog.error.text()
    assert ctx.user is None


@pytest.fixture
def untrusted_tls_server(tmp_path):
    """An HTTPS server whose self-signed certificate no CA vouches for."""
    from cryptography import x509
    from cryptography.hazmat.primitives import hashes, serialization
    from cryptography.hazmat.primitives.asymmetric import ec
    from cryptography.x509.oid import NameOID

    key = ec.generate_private_key(ec.SECP256R1())
    name = x509.Name([x509.NameAttribute(NameOID.COMMON_NAME, "127.0.0.1")])
    now = dt.datetime.now(dt.UTC)
    cert = (
        x509.CertificateBuilder()
        .subject_name(name)
        .issuer_name(name)
        .public_key(key.public_key())
        .serial_number(x509.random_serial_number())
        .not_valid_before(now - dt.timedelta(days=1))
        .not_valid_after(now + dt.timedelta(days=1))
        .sign(key, hashes.SHA256())
    )
    cert_file, key_file = tmp_path / "cert.pem", tmp_path / "key.pem"
    cert_file.write_bytes(cert.public_bytes(serialization.Encoding.PEM))
    key_file.write_bytes(
        key.private_bytes(
            serialization.Encoding.PEM,
            serialization.PrivateFormat.PKCS8,
            serialization.NoEncryption(),
        )
    )

    class Handler(BaseHTTPRequestHandler):
        def do_POST(self):
            self.send_response(200)
            self.end_headers()

        def log_message(self, *args):
            pass

    httpd = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
    context = ssl.SSLContext(ssl.PROTOCOL_TLS_SERVER)
    context.load_cert_chain(cert_file, key_file)
    httpd.socket = context.wrap_socket(httpd.socket, server_side=True)
    thread = threading.Thread(target=httpd.serve_forever, daemon=True)
    thread.start()
    yield f"https://127.0.0.1:{httpd.server_address[1]}"
    httpd.shutdown()


def test_a_bad_certificate_is_said_plainly(qtbot, make_ctx, untrusted_tls_server):
    ctx = make_ctx("fp")
    dialog = sign_in(qtbot, ctx, untrusted_tls_server, "fp.sn@example.org", live.PASSWORD)
    assert "certificate is not trusted" in dialog.error.text()
    assert "CA bundle" in dialog.error.text()


def sync(ctx) -> None:
    done = []
    assert sync_ops.sync_now(ctx, on_done=done.append, on_error=done.append)
    assert ctx.tasks.wait_idle(30)
    assert done and not isinstance(done[0], BaseException), done


def test_secretariat_returns_then_accepts_a_submitted_report(qtbot, make_ctx, server):
    focal, secretariat = make_ctx("focal"), make_ctx("secretariat")
    assert sign_in(qtbot, focal, server.url, "fp.sn@example.org", live.PASSWORD).result() == 1
    assert focal.user.country == "SN" and focal.user.role == "focal_point"
    sync(focal)
    reports = ReportsPage(focal)
    qtbot.addWidget(reports)
    wait_idle(focal)
    reports.start_button.click()
    wait_idle(focal)
    editor = reports.editor
    for path, value in COMPLETE_ANSWERS.items():
        editor.binder.widget(f"answers.{path}").set_value(value)
    editor.initiatives.model.append(INITIATIVE)
    with qtbot.waitSignal(editor.submitted, timeout=5000):
        assert editor.submit()
    sync(focal)

    assert sign_in(qtbot, secretariat, server.url, "sec@example.org", live.PASSWORD).result()
    sync(secretariat)
    inbox = InboxPage(secretariat)
    qtbot.addWidget(inbox)
    wait_idle(secretariat)
    campaign_id = sample_campaign()[0]
    row, column = inbox.cell(campaign_id, "SN")
    assert inbox.table.item(row, column).text() == "Submitted"

    report_id = str(report_id_for(campaign_id, "SN"))
    review = ReviewDialog(secretariat, report_id)
    qtbot.addWidget(review)
    wait_idle(secretariat)
    assert review.editor is not None and review.editor.read_only
    review.decide("return")  # no comment: refused here, nothing sent
    assert "needs a comment" in review.error.text()
    review.comment.setPlainText("Please add the 2024 figures for domain 3.")
    review.decide("return")
    assert secretariat.tasks.wait_idle(30)
    assert review.result() == 1
    row, column = inbox.cell(campaign_id, "SN")
    assert inbox.table.item(row, column).text() == "Returned"

    sync(focal)
    wait_idle(focal)
    editor = reports.editor
    assert not editor.read_only
    assert "Please add the 2024 figures for domain 3." in editor.comments.text.text()
    editor.binder.widget("answers.d3.refugees_hosted").setText("14500")
    with qtbot.waitSignal(editor.submitted, timeout=5000):
        assert editor.submit()
    sync(focal)

    sync(secretariat)
    wait_idle(secretariat)
    row, column = inbox.cell(campaign_id, "SN")
    assert inbox.table.item(row, column).text() == "Resubmitted"
    review = ReviewDialog(secretariat, report_id)
    qtbot.addWidget(review)
    wait_idle(secretariat)
    changed = [r for r in review.changes.rows() if r[2] == "14500"]
    assert len(changed) == 1 and changed[0][1] != "14500"  # what changed since the return
    review.decide("accept")
    assert secretariat.tasks.wait_idle(30)
    row, column = inbox.cell(campaign_id, "SN")
    assert inbox.table.item(row, column).text() == "Accepted"
    sync(focal)
    wait_idle(focal)
    assert reports.editor.read_only and "Accepted" in reports.editor.problems.text()


def test_a_reviewer_who_never_saw_the_return_gets_it_from_the_server(qtbot, make_ctx, server):
    """Returned on one secretariat computer; the report comes back resubmitted and is opened
    on a fresh one that never held the returned version: the differences come from the server."""
    from desktop.ui.operations.review import returned_version

    focal, first = make_ctx("focal-ma"), make_ctx("secretariat-first")
    assert sign_in(qtbot, focal, server.url, "fp.ma@example.org", live.PASSWORD).result() == 1
    sync(focal)
    reports = ReportsPage(focal)
    qtbot.addWidget(reports)
    wait_idle(focal)
    reports.start_button.click()
    wait_idle(focal)
    editor = reports.editor
    for path, value in COMPLETE_ANSWERS.items():
        editor.binder.widget(f"answers.{path}").set_value(value)
    editor.initiatives.model.append(INITIATIVE)
    with qtbot.waitSignal(editor.submitted, timeout=5000):
        assert editor.submit()
    sync(focal)

    campaign_id = sample_campaign()[0]
    report_id = str(report_id_for(campaign_id, "MA"))
    assert sign_in(qtbot, first, server.url, "sec@example.org", live.PASSWORD).result()
    sync(first)
    review = ReviewDialog(first, report_id)
    qtbot.addWidget(review)
    wait_idle(first)
    review.comment.setPlainText("Please give the number of refugees hosted.")
    review.decide("return")
    assert first.tasks.wait_idle(30) and review.result() == 1

    sync(focal)
    wait_idle(focal)
    reports.editor.binder.widget("answers.d3.refugees_hosted").setText("9100")
    with qtbot.waitSignal(reports.editor.submitted, timeout=5000):
        assert reports.editor.submit()
    sync(focal)

    second = make_ctx("secretariat-second")  # a fresh install: it pulls only the resubmission
    assert sign_in(qtbot, second, server.url, "sec@example.org", live.PASSWORD).result()
    sync(second)
    assert second.repo.get(report_id_for(campaign_id, "MA")).data["state"] == "resubmitted"
    assert second.tasks.run_db(lambda: returned_version(second, report_id)).result(5) is None
    review = ReviewDialog(second, report_id)
    qtbot.addWidget(review)
    wait_idle(second)
    assert "cannot show what changed" not in review.changes.note.text()
    [changed] = [r for r in review.changes.rows() if r[2] == "9100"]
    assert changed[1] != "9100"  # the value as returned, from the server
    kept = second.tasks.run_db(lambda: returned_version(second, report_id)).result(5)
    assert kept is not None and kept["comment"] == "Please give the number of refugees hosted."
