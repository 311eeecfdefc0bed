"""With the strict rule (the default), a refresh whose answer was lost spends the token: the
next sync asks the user to sign in again, and nothing typed is lost meanwhile."""

from __future__ import annotations

import pytest

from desktop.sync.errors import Offline, SessionExpired
from desktop.sync.http import ApiSession

from .conftest import case
from .live_server import PASSWORD


def test_a_lost_refresh_answer_means_signing_in_again_without_losing_data(
    make_client, server, monkeypatch
):
    client = make_client()
    saved = client.repo.save("missing_case", case(31337), owner_country="SN")
    real = ApiSession.request

    def lose_refresh_answer(self, method, path, **kwargs):
        answer = real(self, method, path, **kwargs)
        if path.endswith("/auth/refresh"):
            raise Offline("injected: the answer to the refresh was lost")
        return answer

    credentials = client.service._connect(server.url)[1]
    credentials._access = None  # force a refresh on the next request
    monkeypatch.setattr(ApiSession, "request", lose_refresh_answer)
    with pytest.raises(Offline):
        client.sync()
    monkeypatch.setattr(ApiSession, "request", real)
    with pytest.raises(SessionExpired, match="sign in again"):
        client.sync()
    assert client.repo.get(saved.id).data["reference"] == saved.data["reference"]
    assert client.pending() == 1

    client.service.login(server.url, "fp.sn@example.org", PASSWORD, "laptop again")
    assert client.sync().pushed == 1
