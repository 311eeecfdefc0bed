"""A fault-injecting HTTP proxy for tests: sits between a client and the real server on
127.0.0.1 and, per connection, passes, delays, drops, truncates, resets or answers 5xx/429.

One request per connection (it asks the server to close after answering), so every request
meets its own fault. `faults` maps a fault name to its weight.
"""

from __future__ import annotations

import random
import socket
import struct
import threading
import time

FAULTS = {
    "pass": 5,
    "delay": 1,
    "reset_before": 1,  # the request never reaches the server
    "drop_response": 2,  # the server applied it; the client never hears back
    "truncate": 1,  # half an answer, then the connection closes
    "reset_after": 1,
    "503": 1,
    "429": 1,
}


def _canned(status: str) -> bytes:
    reason = {"503": "Service Unavailable", "429": "Too Many Requests"}[status]
    body = b'{"error": {"code": "fault", "message": "injected fault", "fields": []}}'
    extra = b"Retry-After: 0\r\n" if status == "429" else b""
    return (
        f"HTTP/1.1 {status} {reason}\r\nContent-Type: application/json\r\n".encode()
        + extra
        + f"Content-Length: {len(body)}\r\nConnection: close\r\n\r\n".encode()
        + body
    )


def _read_request(conn: socket.socket) -> bytes | None:
    data = b""
    while b"\r\n\r\n" not in data:
        chunk = conn.recv(65536)
        if not chunk:
            return None
        data += chunk
    head, _, body = data.partition(b"\r\n\r\n")
    length = 0
    for line in head.split(b"\r\n")[1:]:
        name, _, value = line.partition(b":")
        if name.strip().lower() == b"content-length":
            length = int(value.strip())
    while len(body) < length:
        chunk = conn.recv(65536)
        if not chunk:
            return None
        body += chunk
    lines = [line for line in head.split(b"\r\n") if not line.lower().startswith(b"connection:")]
    return b"\r\n".join([*lines, b"Connection: close"]) + b"\r\n\r\n" + body


def _reset(conn: socket.socket) -> None:
    conn.setsockopt(socket.SOL_SOCKET, socket.SO_LINGER, struct.pack("ii", 1, 0))
    conn.close()


class FaultProxy:
    def __init__(self, target_port: int, faults: dict[str, int] | None = None, seed: int = 0):
        self.target_port = target_port
        self.faults = faults or FAULTS
        self.random = random.Random(seed)
        self.listener = socket.create_server(("127.0.0.1", 0))
        self.port = self.listener.getsockname()[1]
        self.url = f"http://127.0.0.1:{self.port}"
        self.counts: dict[str, int] = {}
        self.enabled = True
        self._stop = threading.Event()
        self._lock = threading.Lock()
        self._thread = threading.Thread(target=self._serve, daemon=True)

    def __enter__(self) -> FaultProxy:
        self._thread.start()
        return self

    def __exit__(self, *exc) -> None:
        self._stop.set()
        self.listener.close()
        self._thread.join(timeout=5)

    def _pick(self) -> str:
        with self._lock:
            if not self.enabled:
                return "pass"
            names, weights = zip(*self.faults.items(), strict=True)
            fault = self.random.choices(names, weights)[0]
            self.counts[fault] = self.counts.get(fault, 0) + 1
            return fault

    def _serve(self) -> None:
        self.listener.settimeout(0.2)
        while not self._stop.is_set():
            try:
                conn, _ = self.listener.accept()
            except (TimeoutError, OSError):
                continue
            threading.Thread(target=self._handle, args=(conn,), daemon=True).start()

    def _handle(self, conn: socket.socket) -> None:
        conn.settimeout(30)
        try:
            request = _read_request(conn)
            if request is None:
                conn.close()
                return
            fault = self._pick()
            if fault == "reset_before":
                _reset(conn)
                return
            if fault in ("503", "429"):
                conn.sendall(_canned(fault))
                conn.close()
                return
            if fault == "delay":
                time.sleep(self.random.uniform(0.05, 0.4))
            response = self._forward(request)
            if fault == "drop_response":
                conn.close()
            elif fault == "reset_after":
                _reset(conn)
            elif fault == "truncate":
                conn.sendall(response[: max(1, len(response) // 2)])
                conn.close()
            else:
                conn.sendall(response)
                conn.close()
        except OSError:
            conn.close()

    def _forward(self, request: bytes) -> bytes:
        with socket.create_connection(("127.0.0.1", self.target_port), timeout=30) as upstream:
            upstream.sendall(request)
            chunks = []
            while chunk := upstream.recv(65536):
                chunks.append(chunk)
        return b"".join(chunks)
