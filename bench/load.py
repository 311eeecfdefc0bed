"""The central endpoint under many clients: devices of many countries syncing at once.

Creates a PostgreSQL database of its own (dropped afterwards), a focal point account for each
country, and starts `focal-server serve --workers N` on it (127.0.0.1 only). Then every device
(5 a country by default) signs in — all at once — and, once all are signed in, syncs in rounds:
push a batch of new incidents (built with the `desktop.domain` models, gzip bodies as the desktop
client sends them), then pull everything new. Rounds are bounded in count (--rounds) and time
(--seconds); --pause makes each device wait between its rounds (with jitter), as devices that
sync now and then do; 0 is a closed loop, every device syncing again as soon as it can.

Prints requests/s, p50/p95/p99 latency per request type and errors, then checks that nothing
was lost or duplicated: every acknowledged record is on the server exactly once with its
country, no record is there that no device pushed, each device's pulls (plus its own pushes)
hold exactly its country's records, each once, in increasing revisions. Exits 1 when a check
fails or a request errored.

    .venv/bin/python bench/load.py [--workers 4] [--devices 200] [--countries 40]
        [--rounds 10] [--seconds 60] [--batch 50] [--pause 0] [--pg-url postgresql+psycopg://…]

PostgreSQL comes from --pg-url, else FOCAL_TEST_PG_URL, else postgres@127.0.0.1:5432. The load
generator is one asyncio process (httpx) on the same machine as the server: it shares the CPU
with the workers, which the output says with the CPU time each side used.
"""

from __future__ import annotations

import argparse
import asyncio
import functools
import gzip
import os
import random
import re
import secrets
import socket
import subprocess
import sys
import threading
import time
import uuid
from collections import Counter, defaultdict
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path

import httpx
import orjson
import psycopg
from sqlalchemy.engine import make_url

sys.path.insert(0, str(Path(__file__).resolve().parent))  # also when tests load this file

from process_cpu import cpu_seconds

from desktop.domain import api_paths
from desktop.domain.incident import Incident
from desktop.domain.wire import Mutation, PushRequest

DEFAULT_PG = "postgresql+psycopg://postgres@127.0.0.1:5432/postgres"
# Partner countries (ISO 3166-1 alpha-2) of the Rabat and Khartoum processes.
# fmt: off
COUNTRIES = [
    "SN", "GM", "ML", "NE", "NG", "GH", "CI", "BF", "GN", "GW", "SL", "LR", "TG", "BJ", "CM",
    "TD", "CF", "CG", "CD", "GA", "GQ", "ST", "CV", "MR", "MA", "DZ", "TN", "LY", "EG", "SD",
    "SS", "ER", "ET", "DJ", "SO", "KE", "UG", "ES", "IT", "FR", "GR", "MT", "PT", "DE", "BE",
    "NL", "AT", "SE", "NO", "CH",
]
# fmt: on
ROUTES = ["Central Mediterranean", "Western Mediterranean", "Atlantic route to the Canary Islands"]
TIMEOUT = 120.0


# --- Records, built and encoded before the clock starts -------------------------------------


def incident(country: str, device: int, n: int) -> dict:
    model = Incident(
        incident_id=f"LOAD-{country}-{device:03d}-{n:06d}",
        incident_date=f"2025-{1 + n % 12:02d}-{1 + n % 28:02d}",
        region="Mediterranean",
        country_of_incident="Libya",
        location=f"Off the coast, {n % 90} km north of Zuwara",
        latitude=33.0 + (n % 100) / 100,
        longitude=12.0 + (n % 100) / 100,
        route=ROUTES[n % 3],
        number_dead=n % 7,
        number_missing=n % 11,
        number_survivors=n % 40,
        cause_of_death=["Drowning"],
        country_of_origin="Senegal, Mali",
        source="NGO rescue vessel report",
        url=f"https://example.org/incident/{n}",
        source_quality=1 + n % 5,
    )
    # As the desktop client sends it: the normalised data it stores (every field, None too), so
    # the server stores what was sent and answers without the record.
    return model.model_dump(mode="json")


def push_body(country: str, device: int, first: int, count: int) -> tuple[bytes, list[str]]:
    mutations = [
        Mutation(
            mutation_id=uuid.uuid4(),
            kind="incident",
            id=uuid.uuid4(),
            base_rev=None,
            data=incident(country, device, n),
        )
        for n in range(first, first + count)
    ]
    body = PushRequest(mutations=mutations).model_dump(mode="json")
    return gzip.compress(orjson.dumps(body), 5), [str(m.id) for m in mutations]


# --- The server and its database --------------------------------------------------------------


def libpq(url) -> str:
    return url.set(drivername="postgresql").render_as_string(hide_password=False)


@contextmanager
def scratch_database(admin_url: str):
    """A new database on the server of `admin_url`, dropped at the end: its SQLAlchemy URL."""
    admin = make_url(admin_url)
    name = f"focal_load_{secrets.token_hex(4)}"
    with psycopg.connect(libpq(admin), autocommit=True, connect_timeout=5) as connection:
        connection.execute(f'CREATE DATABASE "{name}"')
    try:
        yield admin.set(database=name, drivername="postgresql+psycopg")
    finally:
        with psycopg.connect(libpq(admin), autocommit=True, connect_timeout=5) as connection:
            connection.execute(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')


def create_accounts(db_url: str, countries: list[str], password: str) -> dict[str, str]:
    """A focal point for each country (the accounts module directly: one process, not 40)."""
    from server_stub.accounts import add_user
    from server_stub.cli.common import open_database
    from server_stub.settings import Settings

    engine = open_database(Settings(db=db_url))
    try:
        emails = {}
        for country in countries:
            email = f"focal.{country.lower()}@load.example.org"
            add_user(engine, email, password, "focal_point", country)
            emails[country] = email
        return emails
    finally:
        engine.dispose()


@dataclass
class Server:
    process: subprocess.Popen
    base_url: str
    lines: list[str] = field(default_factory=list)

    def worker_pids(self) -> list[int]:
        """The processes that serve: the workers, or the server itself without --workers."""
        pids = [int(p) for p in re.findall(r"worker (\d+) ready", "\n".join(self.lines))]
        return pids or ([self.process.pid] if self.base_url else [])


@contextmanager
def serving(db_url: str, workers: int, timeout: float = 180):
    env = {**os.environ, "FOCAL_SERVER_LOG_LEVEL": "WARNING"}
    env = {k: v for k, v in env.items() if k != "FOCAL_SERVER_WORKERS"}
    command = [sys.executable, "-m", "server_stub", "--db", db_url, "serve", "--port", "0"]
    command += ["--workers", str(workers)]
    process = subprocess.Popen(command, stderr=subprocess.PIPE, text=True, env=env)
    server = Server(process, "")
    started = threading.Event()

    def read() -> None:  # keep the pipe drained; remember what the server says
        waiting = workers
        for line in process.stderr:
            server.lines.append(line.rstrip())
            found = re.search(r"serving (http://\S+)", line)
            if found:
                server.base_url = found.group(1)
            ready = re.search(r"worker \d+ ready", line)
            waiting -= 1 if ready else 0
            if server.base_url and (workers == 1 or waiting <= 0):
                started.set()
        started.set()

    threading.Thread(target=read, daemon=True).start()
    try:
        if not started.wait(timeout) or process.poll() is not None:
            raise SystemExit("the server did not start:\n" + "\n".join(server.lines[-20:]))
        yield server
    finally:
        process.terminate()
        try:
            process.wait(timeout=30)
        except subprocess.TimeoutExpired:
            process.kill()
            process.wait()


def backends(db_url: str) -> list[int]:
    """The PostgreSQL server processes connected to the database now (the workers' pools)."""
    url = make_url(db_url)
    with psycopg.connect(libpq(url), autocommit=True) as connection:
        rows = connection.execute(
            "SELECT pid FROM pg_stat_activity WHERE datname = %s AND pid <> pg_backend_pid()",
            (url.database,),
        ).fetchall()
    return [row[0] for row in rows]


# --- The devices ------------------------------------------------------------------------------


@dataclass
class Device:
    number: int
    country: str
    email: str
    address: str | None
    bodies: list[tuple[bytes, list[str]]]
    token: str = ""
    cursor: int = 0
    pushed: list[str] = field(default_factory=list)
    pulled: list[tuple[str, int, str | None]] = field(default_factory=list)  # id, rev, owner
    rounds: int = 0
    alone: bool = False  # the baseline: syncs by itself, before the others start


@dataclass
class Tally:
    latencies: dict[str, list[float]] = field(default_factory=lambda: defaultdict(list))
    errors: Counter = field(default_factory=Counter)
    retries: Counter = field(default_factory=Counter)
    error_examples: dict[str, str] = field(default_factory=dict)

    def error(self, kind: str, detail: str) -> None:
        self.errors[kind] += 1
        self.error_examples.setdefault(kind, detail[:300])


# Like the desktop client (desktop/sync/http.py): pushes (idempotent by mutation id) and pulls
# are sent again when the connection failed; a sign-in only when it failed before being sent.
ATTEMPTS = 3


async def timed(tally: Tally, kind: str, send) -> httpx.Response | None:
    """`send()` timed (the retries within the same latency), its answer if it is a 200."""
    started = time.perf_counter()
    for attempt in range(1, ATTEMPTS + 1):
        try:
            response = await send()
            break
        except httpx.TransportError as exc:
            safe = kind != "login" or isinstance(exc, httpx.ConnectError)
            if attempt == ATTEMPTS or not safe:
                tally.error(f"{kind}: {type(exc).__name__}", str(exc))
                return None
            tally.retries[f"{kind}: {type(exc).__name__}"] += 1
            await asyncio.sleep(0.5 * attempt)
    tally.latencies[kind].append(time.perf_counter() - started)
    if response.status_code != 200:
        tally.error(f"{kind}: HTTP {response.status_code}", response.text)
        return None
    return response


# The login limit counts an attempt as a failure until its password is checked
# (server_stub/security/rate_limit.py): an (account, address) pair lets 5 through freely, an
# address alone 100. So at most 5 devices of a country, and (sharing one address) at most 50 in
# all, sign in at the same moment; the others queue for a turn.
PAIR_AT_ONCE = 5
SHARED_ADDRESS_AT_ONCE = 50


async def sign_in(client, device: Device, password: str, tally: Tally, turns) -> None:
    body = {"email": device.email, "password": password, "device_name": f"load {device.number}"}
    async with turns[device.country], turns[None]:
        response = await timed(tally, "login", lambda: client.post(api_paths.AUTH_LOGIN, json=body))
    if response is not None:
        device.token = response.json()["access_token"]
        client.headers["Authorization"] = f"Bearer {device.token}"


async def push(client, device: Device, body: bytes, ids: list[str], tally, kind: str = "push"):
    headers = {"Content-Type": "application/json", "Content-Encoding": "gzip"}
    response = await timed(
        tally, kind, lambda: client.post(api_paths.SYNC_PUSH, content=body, headers=headers)
    )
    if response is None:
        return
    results = orjson.loads(response.content)["results"]
    statuses = Counter(r["status"] for r in results)
    if statuses["applied"] != len(ids) or len(results) != len(ids):
        tally.error("push: not applied", f"{dict(statuses)}: {results[:1]}")
    device.pushed += [r["id"] for r in results if r["status"] == "applied"]


async def pull_all(client: httpx.AsyncClient, device: Device, tally: Tally, kind: str) -> None:
    while True:
        params = {"since": device.cursor, "limit": api_paths.MAX_PULL_LIMIT}
        send = functools.partial(client.get, api_paths.SYNC_PULL, params=params)
        response = await timed(tally, kind, send)
        if response is None:
            return
        page = orjson.loads(response.content)
        device.pulled += [
            (c["id"], c["rev"], c["owner_country"])
            for c in page["changes"]
            if c["kind"] != "campaign"
        ]
        device.cursor = page["next_cursor"]
        if not page["has_more"]:
            return


async def run_devices(
    base_url: str, devices: list[Device], password: str, args, tally: Tally, cpu=lambda: 0.0
):
    """Sign every device in, then sync them all; each phase's length, and the server's CPU
    seconds (`cpu()`) in it."""
    clients = [
        httpx.AsyncClient(
            base_url=base_url,
            timeout=TIMEOUT,
            transport=httpx.AsyncHTTPTransport(local_address=d.address),
        )
        for d in devices
    ]
    phases: dict[str, float] = {"start cpu": cpu()}
    try:
        turns = {d.country: asyncio.Semaphore(PAIR_AT_ONCE) for d in devices}
        shared = any(d.address is None for d in devices)
        turns[None] = asyncio.Semaphore(SHARED_ADDRESS_AT_ONCE if shared else len(devices))
        started = time.perf_counter()
        await asyncio.gather(
            *(sign_in(c, d, password, tally, turns) for c, d in zip(clients, devices, strict=True))
        )
        phases["login"] = time.perf_counter() - started
        phases["login cpu"] = cpu() - phases["start cpu"]
        pairs = list(zip(clients, devices, strict=True))
        for client, device in pairs:  # the baseline, measured in the same run: one by itself
            if device.alone and device.token:
                for body, ids in device.bodies:
                    await push(client, device, body, ids, tally, "push alone")
                    await pull_all(client, device, tally, "pull alone")
                    device.rounds += 1
        deadline = time.perf_counter() + args.seconds

        async def sync(client: httpx.AsyncClient, device: Device) -> None:
            if not device.token or device.alone:
                return
            if args.pause:  # devices that sync now and then do not all start in the same instant
                await asyncio.sleep(random.uniform(0, args.pause))
            for body, ids in device.bodies:
                if time.perf_counter() >= deadline:
                    break
                await push(client, device, body, ids, tally)
                await pull_all(client, device, tally, "pull")
                device.rounds += 1
                if args.pause:
                    await asyncio.sleep(args.pause * random.uniform(0.5, 1.5))

        phases["alone cpu"] = cpu() - phases["start cpu"] - phases["login cpu"]
        started = time.perf_counter()
        await asyncio.gather(*(sync(c, d) for c, d in pairs))
        phases["sync"] = time.perf_counter() - started
        phases["sync cpu"] = cpu() - phases["start cpu"] - phases["login cpu"]
        phases["sync cpu"] -= phases["alone cpu"]
        # Everyone has pushed: one more pull each, to see every record of its country.
        await asyncio.gather(
            *(pull_all(c, d, tally, "final pull") for c, d in zip(clients, devices, strict=True))
        )
    finally:
        await asyncio.gather(*(c.aclose() for c in clients))
    return phases


def source_addresses(countries: list[str]) -> dict[str, str | None]:
    """A loopback address for each country (127.0.1.N), as if each ministry connected from its
    own network, so the login limit counts each country's address on its own. Where only
    127.0.0.1 exists (macOS), every device shares it."""
    try:
        with socket.socket() as probe:
            probe.bind(("127.0.1.1", 0))
    except OSError:
        return dict.fromkeys(countries)
    return {c: f"127.0.{1 + i // 250}.{1 + i % 250}" for i, c in enumerate(countries)}


# --- Checks and figures -----------------------------------------------------------------------


def check(db_url: str, devices: list[Device]) -> list[str]:
    problems: list[str] = []
    owner_of: dict[str, str] = {}
    for device in devices:
        for record_id in device.pushed:
            if record_id in owner_of:
                problems.append(f"{record_id} acknowledged twice")
            owner_of[record_id] = device.country
    url = make_url(db_url)
    with psycopg.connect(libpq(url)) as connection:
        rows = connection.execute(
            "SELECT id, owner_country FROM records WHERE kind = 'incident'"
        ).fetchall()
    on_server = Counter(r[0] for r in rows)
    server_owner = {r[0]: r[1] for r in rows}
    duplicated = [i for i, n in on_server.items() if n > 1]
    lost = [i for i in owner_of if i not in on_server]
    unknown = [i for i in on_server if i not in owner_of]
    wrong_owner = [i for i, c in owner_of.items() if i in server_owner and server_owner[i] != c]
    for label, ids in (
        ("duplicated on the server", duplicated),
        ("acknowledged but not on the server", lost),
        ("on the server but acknowledged to no device", unknown),
        ("on the server under another country", wrong_owner),
    ):
        if ids:
            problems.append(f"{len(ids)} records {label}, e.g. {ids[0]}")
    by_country: dict[str, set[str]] = defaultdict(set)
    for record_id, country in owner_of.items():
        by_country[country].add(record_id)
    for device in devices:
        seen = Counter(i for i, _rev, _owner in device.pulled)
        revs = [rev for _i, rev, _owner in device.pulled]
        foreign = {owner for _i, _rev, owner in device.pulled if owner != device.country}
        if any(n > 1 for n in seen.values()):
            problems.append(f"device {device.number} pulled a record twice")
        if revs != sorted(set(revs)):
            problems.append(f"device {device.number} pulled revisions out of order")
        if foreign:
            problems.append(f"device {device.number} ({device.country}) pulled {sorted(foreign)}")
        missing = by_country[device.country] - set(seen) - set(device.pushed)
        if missing:
            problems.append(
                f"device {device.number} ({device.country}) never saw {len(missing)} records "
                "of its country"
            )
    return problems


def percentile(values: list[float], p: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, max(0, round(p / 100 * len(ordered) + 0.5) - 1))]


def report(tally: Tally, phases: dict[str, float], args, devices: list[Device]):
    records = sum(len(d.pushed) for d in devices if not d.alone)
    print(f"\n{'request':<11} {'count':>7} {'req/s':>8} {'p50 ms':>8} {'p95 ms':>8} "
          f"{'p99 ms':>8} {'max ms':>8}")  # fmt: skip
    for kind in ("login", "push alone", "pull alone", "push", "pull", "final pull"):
        values = tally.latencies.get(kind, [])
        if not values:
            continue
        window = phases["login"] if kind == "login" else phases["sync"]
        rate = float("nan") if kind == "final pull" or "alone" in kind else len(values) / window
        figures = [percentile(values, p) * 1000 for p in (50, 95, 99, 100)]
        print(
            f"{kind:<11} {len(values):>7} {rate:>8.1f} " + " ".join(f"{f:>8.1f}" for f in figures)
        )
    sync_requests = len(tally.latencies.get("push", [])) + len(tally.latencies.get("pull", []))
    rounds = sum(d.rounds for d in devices if not d.alone)
    print(
        f"\nsync phase: {phases['sync']:.1f} s, {sync_requests / phases['sync']:.0f} requests/s, "
        f"{rounds} rounds, {records} records pushed ({records / phases['sync']:.0f} records/s); "
        f"sign-in of all devices: {phases['login']:.1f} s"
    )
    if phases.get("sync cpu") and rounds:
        per_round = phases["sync cpu"] / rounds
        logins = len(tally.latencies.get("login", [])) or 1
        cores = os.cpu_count() or 1
        print(
            f"server CPU (workers): {phases['login cpu'] / logins * 1000:.0f} ms a sign-in, "
            f"{per_round * 1000:.0f} ms a round (push of {args.batch} + pull), so "
            f"{cores} free cores would serve at most about {cores / per_round:.0f} rounds/s"
        )
    errors = sum(tally.errors.values())
    print(f"errors: {errors}")
    for kind, count in tally.errors.most_common():
        print(f"  {count:>6}  {kind}: {tally.error_examples[kind]}")
    retried = sum(tally.retries.values())
    print(f"requests sent again after a failed connection (as the desktop client does): {retried}")
    for kind, count in tally.retries.most_common():
        print(f"  {count:>6}  {kind}")


@dataclass
class Result:
    devices: list[Device]
    tally: Tally
    phases: dict[str, float]
    problems: list[str]
    server_cpu: float
    client_cpu: float
    database_cpu: float  # PostgreSQL's processes serving the workers (0 where unreadable)

    @property
    def records(self) -> int:
        return sum(len(d.pushed) for d in self.devices)


def options(argv: list[str] | None = None) -> argparse.Namespace:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--workers", type=int, default=4)
    parser.add_argument("--devices", type=int, default=200)
    parser.add_argument("--countries", type=int, default=40)
    parser.add_argument("--rounds", type=int, default=10, help="push+pull rounds per device")
    parser.add_argument("--seconds", type=float, default=60, help="no round starts after this")
    parser.add_argument("--batch", type=int, default=50, help="incidents per push")
    parser.add_argument("--pause", type=float, default=0, help="seconds between a device's rounds")
    parser.add_argument(
        "--alone-rounds", type=int, default=10, help="rounds of the baseline device, by itself"
    )
    parser.add_argument("--pg-url", default=os.environ.get("FOCAL_TEST_PG_URL", DEFAULT_PG))
    args = parser.parse_args(argv)
    if not 1 <= args.countries <= len(COUNTRIES):
        parser.error(f"--countries must be 1 to {len(COUNTRIES)}")
    return args


def run(args: argparse.Namespace, db_url: str, say=print) -> Result:
    """The whole exercise on the (empty) PostgreSQL database `db_url`, checks included."""
    countries = COUNTRIES[: args.countries]
    password = secrets.token_urlsafe(18)
    addresses = source_addresses(countries)
    started = time.perf_counter()
    devices = []
    for n in range(args.devices):
        country = countries[n % len(countries)]
        bodies = [push_body(country, n, r * args.batch, args.batch) for r in range(args.rounds)]
        devices.append(Device(n, country, "", addresses[country], bodies))
    first = countries[0]
    alone = [
        push_body(first, args.devices, r * args.batch, args.batch) for r in range(args.alone_rounds)
    ]
    devices.append(Device(args.devices, first, "", addresses[first], alone, alone=True))
    say(f"built {args.devices * args.rounds * args.batch} incidents in "
        f"{time.perf_counter() - started:.1f} s")  # fmt: skip
    started = time.perf_counter()
    emails = create_accounts(db_url, countries, password)
    for device in devices:
        device.email = emails[device.country]
    say(f"created {len(countries)} accounts in {time.perf_counter() - started:.1f} s")
    started = time.perf_counter()
    with serving(db_url, args.workers) as server:
        say(f"started {args.workers} workers in {time.perf_counter() - started:.1f} s")
        tally = Tally()
        client_cpu = time.process_time()
        pids = server.worker_pids()

        def server_cpu() -> float:
            return sum(cpu_seconds(pid) for pid in pids)

        before = server_cpu()
        phases = asyncio.run(
            run_devices(server.base_url, devices, password, args, tally, cpu=server_cpu)
        )
        client_cpu = time.process_time() - client_cpu
        server_total = server_cpu() - before
        database_cpu = sum(cpu_seconds(pid) for pid in backends(db_url))
        said = [line for line in server.lines if not re.search(r"serving|worker \d+ ready", line)]
        if said:
            say(f"the server said ({len(said)} lines; the last 15):")
            for line in said[-15:]:
                say(f"  {line[:300]}")
    problems = check(db_url, devices)
    return Result(devices, tally, phases, problems, server_total, client_cpu, database_cpu)


def main() -> int:
    args = options()
    print(
        f"{args.devices} devices of {args.countries} countries, {args.rounds} rounds of "
        f"{args.batch} incidents (at most {args.seconds:g} s), pause {args.pause:g} s, after "
        f"one device alone for {args.alone_rounds} rounds (the baseline); "
        f"focal-server serve --workers {args.workers} on PostgreSQL, loopback"
    )
    print(
        f"the load generator (one asyncio process) shares this machine's {os.cpu_count()} CPUs "
        f"with the server; load average before: {os.getloadavg()[0]:.1f}"
    )
    with scratch_database(args.pg_url) as url:
        result = run(args, url.render_as_string(hide_password=False))
    report(result.tally, result.phases, args, result.devices)
    wall = result.phases["login"] + result.phases["sync"]
    print(
        f"CPU while measured ({wall:.1f} s): server workers {result.server_cpu:.1f} s, "
        f"PostgreSQL {result.database_cpu:.1f} s, load generator {result.client_cpu:.1f} s "
        f"(of {wall * (os.cpu_count() or 1):.1f} s); "
        f"load average after: {os.getloadavg()[0]:.1f}"
    )
    problems = result.problems
    print("\nchecks: " + ("every record on the server once, and seen by its country's devices"
                          if not problems else "FAILED"))  # fmt: skip
    for problem in problems[:20]:
        print(f"  {problem}")
    pushes = result.tally.latencies.get("push")
    if pushes:
        p95 = percentile(pushes, 95) * 1000
        met = "met" if p95 <= 250 else "NOT met"
        print(f"goal p95 of a {args.batch}-record push ≤ 250 ms: {p95:.0f} ms, {met}")
        by_itself = result.tally.latencies.get("push alone")
        if by_itself:
            baseline = percentile(by_itself, 50) * 1000
            print(
                f"baseline, the same push by one device alone (same run): p50 {baseline:.0f} ms; "
                f"p95 under load is {p95 / baseline:.1f}× that"
            )
    return 1 if problems or result.tally.errors else 0


if __name__ == "__main__":
    sys.exit(main())
