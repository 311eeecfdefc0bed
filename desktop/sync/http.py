"""The one HTTP session: timeouts, retries with backoff and jitter, gzip bodies, CA bundle,
typed errors. Everything that goes to the server goes through `ApiSession`.

Retries (urllib3 `Retry`, honouring `Retry-After`) are used only where repeating is safe:
reads and pushes (idempotent by mutation id). Sign-in and token refresh are retried only when
the connection failed before the request was sent: a refresh token is single-use, so a
repeated refresh would look like a replay and revoke the device.
"""

from __future__ import annotations

import contextlib
import gzip
import logging
from email.utils import parsedate_to_datetime
from typing import Any, TypeVar

import orjson
import requests
from pydantic import BaseModel, ValidationError
from requests.adapters import HTTPAdapter
from urllib3.util.retry import Retry

from desktop.config.server_address import address_problem, host_of

from .errors import (
    BadServerAddress,
    CertificateError,
    InsecureConnection,
    Offline,
    RateLimited,
    RequestRefused,
    ServerError,
    SessionExpired,
)

log = logging.getLogger(__name__)
Model = TypeVar("Model", bound=BaseModel)

USER_AGENT = "focal-desk"
CONNECT_TIMEOUT = 10.0


def check_server_url(url: str, *, allow_insecure_http: bool = False) -> str:
    """The server address to use (without a trailing slash). Raises `BadServerAddress` for
    anything but an http(s) address with a host, and `InsecureConnection` for plain http to
    another computer unless the settings allow it (see `desktop.config.server_address`)."""
    text = url.strip()
    problem = address_problem(text, allow_insecure_http=allow_insecure_http)
    if problem == "not_an_address":
        raise BadServerAddress(
            f"“{text}” is not a server address: write it in full, e.g. https://focal.example.org"
        )
    if problem == "insecure_http":
        raise InsecureConnection(
            f"The connection to {host_of(text)} would not be encrypted (http://): use the "
            "server's https:// address, or ask your IT department to allow unencrypted "
            "connections (allow_insecure_http in the settings)."
        )
    return text.rstrip("/")


def _retry(total: int, *, reads: bool) -> Retry:
    return Retry(
        total=total,
        connect=total,
        read=total if reads else 0,
        status=total if reads else 0,
        other=0,
        allowed_methods=None,  # every method we send through this adapter is safe to repeat
        status_forcelist=(429, 502, 503, 504),
        backoff_factor=0.5,
        backoff_max=30,
        backoff_jitter=0.5,
        respect_retry_after_header=True,
        raise_on_status=False,
    )


class ApiSession:
    def __init__(
        self,
        base_url: str,
        *,
        timeout: float = 30.0,
        ca_bundle: str | None = None,
        retries: int = 4,
        allow_insecure_http: bool = False,
    ):
        self.base_url = check_server_url(base_url, allow_insecure_http=allow_insecure_http)
        self.timeout = (CONNECT_TIMEOUT, timeout)
        self.verify: str | bool = ca_bundle or True
        self._safe = self._session(_retry(retries, reads=True))
        self._once = self._session(_retry(retries, reads=False))
        self.last_server_date = None

    @staticmethod
    def _session(retry: Retry) -> requests.Session:
        session = requests.Session()
        adapter = HTTPAdapter(max_retries=retry, pool_connections=2, pool_maxsize=4)
        session.mount("http://", adapter)
        session.mount("https://", adapter)
        session.headers["User-Agent"] = USER_AGENT
        return session

    def close(self) -> None:
        self._safe.close()
        self._once.close()

    def request(
        self,
        method: str,
        path: str,
        *,
        json_body: Any = None,
        params: dict | None = None,
        token: str | None = None,
        repeatable: bool = True,
        gzip_body: bool = False,
        model: type[Model] | None = None,
    ) -> Any:
        """Send a request and return the parsed JSON answer, or raise a typed error. With
        `model` (a `desktop.domain.wire` model) the answer is parsed into it, and an answer
        of another shape is a `ServerError`. `json_body` may be such a model too."""
        headers = {"Accept": "application/json"}
        data = None
        if isinstance(json_body, BaseModel):
            data = json_body.model_dump_json().encode()
            headers["Content-Type"] = "application/json"
        elif json_body is not None:
            data = orjson.dumps(json_body)
            headers["Content-Type"] = "application/json"
        if data is not None and gzip_body and len(data) > 1024:
            data = gzip.compress(data, compresslevel=5)
            headers["Content-Encoding"] = "gzip"
        if token:
            headers["Authorization"] = f"Bearer {token}"
        session = self._safe if repeatable else self._once
        try:
            response = session.request(
                method, self.base_url + path, data=data, params=params, headers=headers,
                timeout=self.timeout, verify=self.verify,
            )  # fmt: skip
        except requests.exceptions.SSLError as exc:
            raise CertificateError(
                "The server's certificate is not trusted. If your ministry uses a TLS proxy, "
                "set its CA bundle in Settings."
            ) from exc
        except (requests.exceptions.ConnectionError, requests.exceptions.Timeout) as exc:
            offline = Offline(f"Cannot reach {self.base_url}: you seem to be offline.")
            offline.server = self.base_url
            raise offline from exc
        except requests.exceptions.RequestException as exc:
            raise Offline(f"The connection to {self.base_url} failed.") from exc
        self._note_date(response)
        return self._parse(response, model)

    def _note_date(self, response: requests.Response) -> None:
        value = response.headers.get("Date")
        if value:
            with contextlib.suppress(TypeError, ValueError):
                self.last_server_date = parsedate_to_datetime(value)

    @staticmethod
    def _parse(response: requests.Response, model: type[Model] | None = None) -> Any:
        status = response.status_code
        content = response.content
        if 200 <= status < 300 and model is not None:
            try:
                return model.model_validate_json(content)
            except ValidationError:
                raise ServerError(
                    f"The server's answer was not understood (HTTP {status}); try later."
                ) from None
        try:
            body = orjson.loads(content) if content else None
        except orjson.JSONDecodeError:
            body = None
        if 200 <= status < 300:
            if body is None:
                raise ServerError(f"The server sent an unreadable answer (HTTP {status}).")
            return body
        error = (body or {}).get("error") if isinstance(body, dict) else None
        message = (error or {}).get("message") or f"HTTP {status}"
        code = str((error or {}).get("code") or "")
        if status == 401:
            expired = SessionExpired(message)
            expired.code = code
            raise expired
        if status == 429:
            after = response.headers.get("Retry-After")
            limited = RateLimited(message, float(after) if after and after.isdigit() else None)
            limited.code = code
            raise limited
        if 400 <= status < 500:
            raise RequestRefused(message, status, code, (error or {}).get("fields"))
        raise ServerError(f"The server had a problem (HTTP {status}); try again later.")
