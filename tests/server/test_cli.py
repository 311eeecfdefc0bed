"""`focal-server` subcommands. Most run in this process through `server_stub.cli.main` (the
same code, without paying for a Python start each time); the ones that matter as processes run
as a person would: a separate process, password on stdin, `serve` on a free port."""

from __future__ import annotations

import csv
import io
import json
import os
import re
import signal
import subprocess
import sys
import time
import uuid
from pathlib import Path

import httpx
import psycopg
import pytest
from openpyxl import load_workbook
from sqlalchemy.engine import make_url

from server_stub.cli import main
from server_stub.settings import APP_DIR_NAME

SAMPLE = Path(__file__).resolve().parents[2] / "server_stub" / "samples" / "jvap-2025-campaign.json"


def clean_env(**extra: str) -> dict[str, str]:
    env = {k: v for k, v in os.environ.items() if not k.startswith("FOCAL_SERVER_")}
    return {**env, **extra}


def focal_server(*args: str, stdin: str | None = None, env=None, timeout: float = 60):
    return subprocess.run(
        [sys.executable, "-m", "server_stub", *args],
        input=stdin,
        capture_output=True,
        text=True,
        env=env or clean_env(),
        timeout=timeout,
    )


@pytest.fixture
def cli(capsys, monkeypatch):
    """Run `focal-server ARGS` in this process: (exit status, stdout, stderr)."""

    def run(*args: str, stdin: str = "") -> subprocess.CompletedProcess:
        for name in [k for k in os.environ if k.startswith("FOCAL_SERVER_")]:
            monkeypatch.delenv(name)
        monkeypatch.setattr(sys, "stdin", io.StringIO(stdin))
        capsys.readouterr()
        try:
            status = main(list(args))
        except SystemExit as stop:  # argparse's own exits
            status = stop.code
        out, err = capsys.readouterr()
        return subprocess.CompletedProcess(args, status, out, err)

    return run


def assert_fails_in_one_line(result, *words: str) -> str:
    assert result.returncode != 0
    assert "Traceback" not in result.stderr
    lines = result.stderr.strip().splitlines()
    assert len(lines) == 1, result.stderr
    for word in words:
        assert word in lines[0]
    return lines[0]


def test_add_user_reads_the_password_from_stdin_and_list_users_shows_it(db_url):
    result = focal_server(
        "add-user", "Focal.SN@example.org", "--role", "focal_point", "--country", "sn",
        "--db", db_url, stdin="a long password\n",
    )  # fmt: skip
    assert result.returncode == 0, result.stderr
    assert "focal.sn@example.org" in result.stdout and "(SN)" in result.stdout
    listed = focal_server("--db", db_url, "list-users")
    assert re.search(r"focal\.sn@example\.org\s+focal_point\s+SN\s+0", listed.stdout)


def test_add_user_failures_say_why_in_one_line(sqlite_url, cli):
    base = ("add-user", "fp@example.org", "--db", sqlite_url)
    no_country = cli(*base, "--role", "focal_point", stdin="a long password\n")
    assert_fails_in_one_line(no_country, "--country")
    short = cli(*base, "--role", "secretariat", stdin="short\n")
    assert_fails_in_one_line(short, "at least 12")
    assert cli(*base, "--role", "secretariat", stdin="a long password\n").returncode == 0
    again = cli(*base, "--role", "secretariat", stdin="a long password\n")
    assert_fails_in_one_line(again, "already exists")
    empty = cli("add-user", "x@example.org", "--role", "secretariat", "--db", sqlite_url)
    assert_fails_in_one_line(empty, "standard input")


def test_add_campaign_prints_its_id_and_updates_in_place(sqlite_url, tmp_path, cli):
    first = cli("add-campaign", str(SAMPLE), "--db", sqlite_url)
    assert first.returncode == 0, first.stderr
    campaign_id = first.stdout.strip()
    assert str(uuid.UUID(campaign_id)) == campaign_id
    changed = json.loads(SAMPLE.read_text())
    changed["title"] = "JVAP data collection 2025 (extended)"
    changed_file = tmp_path / "changed.json"
    changed_file.write_text(json.dumps(changed))
    second = cli("--db", sqlite_url, "add-campaign", str(changed_file))
    assert second.stdout.strip() == campaign_id


def test_add_campaign_refuses_bad_files_in_one_line(sqlite_url, tmp_path, cli):
    missing = cli("add-campaign", str(tmp_path / "nope.json"), "--db", sqlite_url)
    assert_fails_in_one_line(missing, "Cannot read")
    broken = tmp_path / "broken.json"
    broken.write_text("{not json")
    assert_fails_in_one_line(cli("add-campaign", str(broken), "--db", sqlite_url), "JSON")
    backwards = json.loads(SAMPLE.read_text())
    backwards["closes"] = "2020-01-01"
    backwards_file = tmp_path / "backwards.json"
    backwards_file.write_text(json.dumps(backwards))
    result = cli("add-campaign", str(backwards_file), "--db", sqlite_url)
    assert_fails_in_one_line(result, "close after it opens")
    untranslatable = json.loads(SAMPLE.read_text())  # a text needs its English version
    untranslatable["form"]["sections"][1]["questions"][0]["label"] = {"fr": "Stratégie ?"}
    no_english = tmp_path / "no-english.json"
    no_english.write_text(json.dumps(untranslatable))
    result = cli("add-campaign", str(no_english), "--db", sqlite_url)
    assert_fails_in_one_line(result, "form.sections.1.questions.0.label: Give the English text")


def test_init_demo_is_idempotent_and_its_password_signs_in(db_url, harness_with, cli):
    first = cli("--db", db_url, "init-demo")
    assert first.returncode == 0, first.stderr
    assert "loaded (rev" in first.stdout
    second = cli("--db", db_url, "init-demo")
    assert "already loaded" in second.stdout
    password = re.search(r"demo password for these users: (\S+)", second.stdout).group(1)
    listed = cli("--db", db_url, "list-users").stdout
    assert listed.count("@example.org") == 3
    server = harness_with(url=db_url)
    for email in ("secretariat@example.org", "focal.sn@example.org"):
        response = server.client.post(
            "/api/v1/auth/login",
            json={"email": email, "password": password, "device_name": "demo"},
        )
        assert response.status_code == 200, response.text
    campaigns = server.client.get("/api/v1/sync/pull", headers=server.sign_in(1)).json()["changes"]
    assert [c["kind"] for c in campaigns] == ["campaign"]


def test_export_writes_reports_and_initiatives(harness_with, sqlite_url, make, tmp_path, cli):
    server = harness_with()
    server.sample_campaign()
    focal = server.person("focal.sn@example.org", "focal_point", "SN")
    answers = {**make.answers(), "general.institution": '=HYPERLINK("http://x")'}
    report = make.report("SN", state="submitted", answers=answers, initiatives=[make.initiative()])
    assert server.push(focal, make.mutation("country_report", report))[0]["status"] == "applied"

    out = tmp_path / "reports.csv"
    result = cli("export", "--out", str(out), "--db", sqlite_url)
    assert result.returncode == 0, result.stderr
    assert "1 reports, 1 initiatives" in result.stdout
    with out.open(encoding="utf-8-sig") as handle:
        [row] = list(csv.DictReader(handle))
    assert row["country"] == "SN" and row["state"] == "submitted"
    assert row["d1.diaspora_strategy"] == "Adopted"
    assert row["general.institution"].startswith("'=")  # never a formula in a spreadsheet
    initiatives = (tmp_path / "reports-initiatives.csv").read_text(encoding="utf-8-sig")
    assert "Youth employment in border regions" in initiatives

    xlsx = tmp_path / "reports.xlsx"
    result = cli("export", "--out", str(xlsx), "--db", sqlite_url, "--state", "submitted")
    assert result.returncode == 0, result.stderr
    book = load_workbook(xlsx)
    assert book.sheetnames == ["Reports", "Initiatives"]
    header, values = list(book["Reports"].iter_rows(values_only=True))
    assert dict(zip(header, values, strict=True))["general.institution"].startswith("'=HYPERLINK")
    assert all(c.data_type != "f" for row in book["Reports"].iter_rows() for c in row)


def test_revoke_device_lists_then_revokes(harness_with, sqlite_url, expect_error, cli):
    server = harness_with()
    focal = server.person("focal.sn@example.org", "focal_point", "SN")
    listing = cli("revoke-device", "focal.sn@example.org", "--db", sqlite_url)
    assert listing.returncode == 2 and "test laptop" in listing.stdout
    assert_fails_in_one_line(listing, "--device")
    device_id = listing.stdout.split()[0]
    result = cli("revoke-device", "focal.sn@example.org", "--device", device_id,
                          "--db", sqlite_url)  # fmt: skip
    assert result.returncode == 0 and "revoked 1 device" in result.stdout
    expect_error(server.client.get("/api/v1/auth/me", headers=focal.headers), 401)


@pytest.mark.parametrize(
    "args, words",
    [
        (("--db", "mysql://x/y", "list-users"), ("Unsupported database",)),
        (("--db", "not a url", "list-users"), ("not a database URL",)),
        (("--db", "postgresql+psycopg://nobody@127.0.0.1:9/none", "list-users"), ("cannot open",)),
        (("export", "--out", "/no/such/folder/x.csv"), ("does not exist",)),
        (("export", "--out", "x.csv", "--campaign", "abc"), ("UUID",)),
        (("revoke-device", "nobody@example.org", "--all"), ("no user",)),
        (("add-user", "x@example.org"), ("--role", "required")),
        (("frobnicate",), ("invalid choice",)),
        ((), ("choose a command",)),
    ],
)
def test_failures_exit_non_zero_with_one_line(args, words, tmp_path, cli):
    db = ("--db", f"sqlite:///{tmp_path / 'x.db'}") if "--db" not in args else ()
    assert_fails_in_one_line(cli(*db, *args), *words)


def test_a_failing_process_prints_one_line_and_no_traceback(tmp_path):
    result = focal_server("--db", "postgresql+psycopg://nobody@127.0.0.1:9/none", "list-users")
    assert_fails_in_one_line(result, "cannot open the database")


def start_server(
    *args: str, env: dict[str, str], serve: tuple[str, ...] = ()
) -> tuple[subprocess.Popen, str]:
    process = subprocess.Popen(
        [sys.executable, "-m", "server_stub", *args, "serve", "--port", "0", *serve],
        stderr=subprocess.PIPE,
        text=True,
        env=env,
    )
    deadline = time.monotonic() + 30
    while time.monotonic() < deadline:
        line = process.stderr.readline()
        found = re.search(r"serving (http://127\.0\.0\.1:\d+)", line)
        if found:
            return process, found.group(1)
        if not line and process.poll() is not None:
            break
    process.kill()
    raise AssertionError(f"focal-server serve did not start: {process.stderr.read()}")


def stop(process: subprocess.Popen) -> int:
    process.send_signal(signal.SIGINT)
    try:
        return process.wait(timeout=15)
    finally:
        if process.poll() is None:
            process.kill()


def test_serve_answers_health_on_a_free_port(db_url):
    process, base_url = start_server("--db", db_url, env=clean_env())
    try:
        response = httpx.get(f"{base_url}/api/v1/health", timeout=10)
        assert response.status_code == 200 and response.json()["status"] == "ok"
    finally:
        assert stop(process) == 0


def test_serve_without_db_uses_an_embedded_sqlite_file(tmp_path):
    env = clean_env(XDG_DATA_HOME=str(tmp_path / "data"), HOME=str(tmp_path))
    process, base_url = start_server(env=env)
    try:
        health = httpx.get(f"{base_url}/api/v1/health", timeout=10).json()
        assert health["database"] == "sqlite"
    finally:
        stop(process)
    assert (tmp_path / "data" / APP_DIR_NAME / "focal-server.db").is_file()


def test_serve_reports_a_busy_port_in_one_line(sqlite_url, cli):
    import socket

    with socket.socket() as taken:
        taken.bind(("127.0.0.1", 0))
        taken.listen()
        port = taken.getsockname()[1]
        result = cli("--db", sqlite_url, "serve", "--port", str(port))
    assert_fails_in_one_line(result, "cannot listen")


def test_serve_with_several_workers_on_sqlite_is_refused_in_one_line(sqlite_url, cli):
    result = cli("--db", sqlite_url, "serve", "--workers", "2")
    assert result.returncode == 2
    assert_fails_in_one_line(result, "--workers 2", "PostgreSQL")


@pytest.mark.parametrize("workers", ["0", "-1", "many"])
def test_serve_refuses_a_worker_count_that_is_not_positive(workers, sqlite_url, cli):
    result = cli("--db", sqlite_url, "serve", "--workers", workers)
    assert result.returncode == 2
    assert_fails_in_one_line(result, "--workers")


def worker_processes(parent: int) -> list[int]:
    """The worker processes (multiprocessing's spawned children) of `parent` (Linux)."""
    found = []
    for pid in Path(f"/proc/{parent}/task/{parent}/children").read_text().split():
        try:
            command = Path(f"/proc/{pid}/cmdline").read_bytes()
        except FileNotFoundError:
            continue
        if b"spawn_main" in command:
            found.append(int(pid))
    return found


def alive(pid: int) -> bool:
    try:
        state = Path(f"/proc/{pid}/stat").read_text().split(")")[-1].split()[0]
    except FileNotFoundError:
        return False
    return state != "Z"


@pytest.mark.skipif(not Path("/proc/self/task").is_dir(), reason="reads /proc (Linux)")
@pytest.mark.parametrize("db_url", [pytest.param("postgresql", marks=pytest.mark.postgres)],
                         indirect=True)  # fmt: skip
@pytest.mark.parametrize("stop_signal", [signal.SIGTERM, signal.SIGINT])
def test_serve_with_workers_on_postgresql_and_stop_them_all(db_url, stop_signal):
    """The database given on the command line reaches every worker (the environment has none),
    and one signal to the server stops all of them."""
    process, base_url = start_server("--db", db_url, env=clean_env(), serve=("--workers", "2"))
    try:
        with httpx.Client(base_url=base_url, timeout=20) as client:
            for _ in range(8):  # several connections: whichever worker accepts them
                health = client.get("/api/v1/health", headers={"Connection": "close"})
                assert health.status_code == 200 and health.json()["database"] == "postgresql"
        deadline = time.monotonic() + 20
        while len(workers := worker_processes(process.pid)) < 2 and time.monotonic() < deadline:
            time.sleep(0.1)
        assert len(workers) == 2
    finally:
        process.send_signal(stop_signal)
        try:
            status = process.wait(timeout=30)
        finally:
            if process.poll() is None:
                process.kill()
    assert status == 0
    said = process.stderr.read()
    assert len(re.findall(r"focal-server: worker \d+ ready", said)) >= 2
    assert said.rstrip().endswith("focal-server: stopped")
    deadline = time.monotonic() + 5
    while any(alive(pid) for pid in workers) and time.monotonic() < deadline:
        time.sleep(0.1)
    assert not any(alive(pid) for pid in workers)


@pytest.mark.parametrize("db_url", [pytest.param("postgresql", marks=pytest.mark.postgres)],
                         indirect=True)  # fmt: skip
def test_serve_warns_when_the_workers_may_open_more_connections_than_postgresql_allows(db_url, cli):
    import socket

    with psycopg.connect(make_url(db_url).set(drivername="postgresql").render_as_string(
        hide_password=False
    )) as connection:  # fmt: skip
        limit = int(connection.execute("SHOW max_connections").fetchone()[0])
    fitting, too_many = limit // 20, limit // 20 + 1  # 10 connections a pool, as many again
    with socket.socket() as taken:  # so that serve stops after its checks, before serving
        taken.bind(("127.0.0.1", 0))
        taken.listen()
        port = str(taken.getsockname()[1])
        quiet = cli("--db", db_url, "serve", "--workers", str(fitting), "--port", port)
        warned = cli("--db", db_url, "serve", "--workers", str(too_many), "--port", port)
    assert "warning" not in quiet.stderr and "cannot listen" in quiet.stderr
    assert f"may open {too_many * 20} database connections" in warned.stderr
    assert f"max_connections ({limit})" in warned.stderr
