"""`focal-server serve`: the API under uvicorn, in this process or in N worker processes.

With `--workers N` (PostgreSQL only) uvicorn's supervisor spawns N processes that accept on the
socket bound here; each builds its app from the environment (`worker_app`), into which this
process writes what its command line chose. SIGINT or SIGTERM stops them all gracefully."""

from __future__ import annotations

import gc
import logging
import os
import signal
import socket
import sys
from argparse import Namespace

from ..logging_setup import setup_logging
from ..settings import Settings
from .common import CliError, open_database, settings_from, shown_url

log = logging.getLogger(__name__)

GRACEFUL_SECONDS = 10  # requests in flight get this long to finish once asked to stop
WORKER_PING_SECONDS = 60


class _Stopped(Exception):
    """Asked to stop (SIGINT or SIGTERM): a normal end."""


def _stop(_signum, _frame) -> None:
    raise _Stopped


def bind(host: str, port: int) -> socket.socket:
    """A listening socket (port 0 picks a free one), so the address is known before serving."""
    try:
        family, kind, proto, _name, address = socket.getaddrinfo(
            host, port, type=socket.SOCK_STREAM
        )[0]
        sock = socket.socket(family, kind, proto)
        sock.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
        sock.bind(address)
        sock.listen(2048)
    except OSError as exc:
        raise CliError(f"cannot listen on {host}:{port}: {exc.strerror or exc}") from None
    sock.set_inheritable(True)
    return sock


def uvicorn_config(app, settings: Settings, **options):
    """uvicorn's configuration for `app`: X-Forwarded-For / -Proto are believed only from the
    `trusted_proxies` setting's addresses (uvicorn would otherwise believe 127.0.0.1, so any
    local process could pick the address that the login limit counts)."""
    import uvicorn

    trusted = [part.strip() for part in (settings.trusted_proxies or "").split(",")]
    trusted = [part for part in trusted if part]
    return uvicorn.Config(
        app, proxy_headers=bool(trusted), forwarded_allow_ips=trusted or None, **options
    )


def cmd_serve(args: Namespace) -> int:
    from ..app import create_app

    settings = with_workers(settings_from(args), args.workers)
    level = "DEBUG" if args.verbose else settings.log_level
    setup_logging(level)
    if settings.workers > 1 and settings.db.startswith("sqlite"):
        raise CliError(
            f"--workers {settings.workers} needs PostgreSQL: SQLite lets one process write at a "
            "time, so more workers would only queue on its lock; use --workers 1 or "
            "--db postgresql+psycopg://…",
            status=2,
        )
    engine = open_database(settings)  # migrate (and fail in one line) before binding
    try:
        if settings.workers > 1:
            warn_of_connections(engine, settings)
    finally:
        engine.dispose()
    try:
        app = create_app(settings)  # in this process even for workers: its mistakes in one line
    except ValueError as exc:  # e.g. an updates folder that does not exist
        raise CliError(str(exc)) from None
    sock = bind(settings.host, settings.port)
    host, port = sock.getsockname()[:2]
    shown_host = f"[{host}]" if ":" in host else host
    workers = f" with {settings.workers} workers" if settings.workers > 1 else ""
    print(f"focal-server: serving http://{shown_host}:{port}{workers}", file=sys.stderr, flush=True)
    log.info("database: %s", shown_url(settings.db))
    options = {
        "log_level": level.lower(),
        "log_config": None,
        "timeout_graceful_shutdown": GRACEFUL_SECONDS,
    }
    if settings.workers > 1:
        app.state.engine.dispose()
        _serve_workers(settings, level, sock, options)
    else:
        _build_models()
        gc.collect()
        gc.freeze()  # the long-lived startup objects leave the collector's scans (faster requests)
        _short_gil_turns()
        _serve_here(uvicorn_config(app, settings, **options), sock)
    print("focal-server: stopped", file=sys.stderr, flush=True)
    return 0


def _build_models() -> None:
    """The record and wire models are built on first use (pydantic's defer_build, for the
    desktop's quick start). A server builds them before it serves: the first push pays
    nothing, and what they hold is frozen with the other startup objects (`gc.freeze`)."""
    from pydantic import BaseModel

    from desktop.domain import records, wire

    wire_models = [
        v
        for v in vars(wire).values()
        if isinstance(v, type) and issubclass(v, BaseModel) and v.__module__ == wire.__name__
    ]
    for model in [*records.MODELS.values(), *wire_models]:
        model.model_rebuild()


# How long a thread may keep the GIL while another waits for it (Python's default: 5 ms).
GIL_TURN_SECONDS = 0.0005


def _short_gil_turns() -> None:
    """Requests run in threads; a push holding the revision lock waits for the database several
    times, and each time it gets its answer it must win the GIL back from a thread busy
    parsing or validating another request. With Python's 5 ms turns that wait is repeated at
    every round trip under the lock, and other pushes queue behind it; shorter turns hand the
    GIL back sooner (a little more switching for the CPU-bound threads; the gain measured on
    a busy machine was small and noisy: bench/load.py)."""
    sys.setswitchinterval(GIL_TURN_SECONDS)


def warn_of_connections(engine, settings: Settings) -> None:
    """Say so when the workers' pools together may ask PostgreSQL for more connections than it
    allows: requests would then fail at busy moments."""
    with engine.connect() as connection:
        limit = int(connection.exec_driver_sql("SHOW max_connections").scalar_one())
    most = settings.workers * settings.db_pool_size * 2  # each pool: its size, as many again
    if most > limit:
        print(
            f"focal-server: warning: {settings.workers} workers may open {most} database "
            f"connections, more than PostgreSQL's max_connections ({limit}); use fewer workers "
            "or a smaller FOCAL_SERVER_DB_POOL_SIZE",
            file=sys.stderr,
            flush=True,
        )


def with_workers(settings: Settings, workers: int | None) -> Settings:
    if workers is None:
        return settings
    try:
        return type(settings)(**{**settings.model_dump(), "workers": workers})
    except ValueError as exc:
        raise CliError(f"bad setting: {str(exc).splitlines()[0]}") from None


def _serve_here(config, sock: socket.socket) -> None:
    import uvicorn

    stop_signals = (signal.SIGINT, signal.SIGTERM)
    previous = {sig: signal.signal(sig, _stop) for sig in stop_signals}
    try:
        # uvicorn shuts down gracefully on these signals, then raises them again for us.
        uvicorn.Server(config).run(sockets=[sock])
    except _Stopped:
        pass
    finally:
        for sig, handler in previous.items():
            signal.signal(sig, handler)


# The settings the workers read: the environment this process had, plus what its command line
# chose. The schema is migrated already, here, once.
def worker_environment(settings: Settings, level: str) -> dict[str, str]:
    return {
        "FOCAL_SERVER_DB": settings.db,
        "FOCAL_SERVER_LOG_LEVEL": level,
        "FOCAL_SERVER_WORKERS": "1",
        "FOCAL_SERVER_RUN_MIGRATIONS": "false",
    }


def worker_app():
    """The app of one worker process (uvicorn's factory): settings from the environment."""
    from ..app import create_app

    settings = Settings()
    setup_logging(settings.log_level)
    app = create_app(settings)
    _build_models()
    gc.collect()
    gc.freeze()
    _short_gil_turns()
    print(f"focal-server: worker {os.getpid()} ready", file=sys.stderr, flush=True)
    return app


def _serve_workers(settings: Settings, level: str, sock: socket.socket, options) -> None:
    """N worker processes (spawned) accepting on one socket. uvicorn's supervisor stops them
    all gracefully on SIGINT or SIGTERM (each finishes its requests in flight), and starts a
    worker again that dies."""
    from uvicorn.config import STARTUP_FAILURE
    from uvicorn.supervisors import Multiprocess

    os.environ.update(worker_environment(settings, level))
    config = uvicorn_config(
        f"{__name__}:worker_app",
        settings,
        factory=True,
        workers=settings.workers,
        # A worker that does not answer the supervisor's ping in time is killed and started
        # again; starting one (a new interpreter importing the app) can take longer than
        # uvicorn's 5 s on a busy machine. A worker that exits is noticed at once either way.
        timeout_worker_healthcheck=WORKER_PING_SECONDS,
        **options,
    )
    previous = {sig: signal.getsignal(sig) for sig in (signal.SIGINT, signal.SIGTERM)}
    supervisor = Multiprocess(config, sockets=[sock])
    try:
        supervisor.run()
    finally:
        for sig, handler in previous.items():
            signal.signal(sig, handler)
    if any(p.exitcode == STARTUP_FAILURE for p in supervisor.processes):
        raise CliError("a worker could not start; run with --verbose to see why")
