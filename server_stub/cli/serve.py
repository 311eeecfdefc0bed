"""`focal-server serve`: the API under uvicorn."""

from __future__ import annotations

import gc
import logging
import signal
import socket
import sys
from argparse import Namespace

from ..logging_setup import setup_logging
from ..settings import Settings
from .common import CliError, open_database, settings_from, shown_url

log = logging.getLogger(__name__)


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
    import uvicorn

    from ..app import create_app

    settings = settings_from(args)
    setup_logging("DEBUG" if args.verbose else settings.log_level)
    open_database(settings).dispose()  # migrate (and fail in one line) before binding
    try:
        app = create_app(settings)
    except ValueError as exc:  # e.g. an updates folder that does not exist
        raise CliError(str(exc)) from None
    gc.collect()
    gc.freeze()  # the long-lived startup objects leave the collector's scans (faster requests)
    sock = bind(settings.host, settings.port)
    host, port = sock.getsockname()[:2]
    shown_host = f"[{host}]" if ":" in host else host
    print(f"focal-server: serving http://{shown_host}:{port}", file=sys.stderr, flush=True)
    log.info("database: %s", shown_url(settings.db))
    config = uvicorn_config(
        app,
        settings,
        log_level="debug" if args.verbose else settings.log_level.lower(),
        log_config=None,
        timeout_graceful_shutdown=10,
    )
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
    print("focal-server: stopped", file=sys.stderr, flush=True)
    return 0
