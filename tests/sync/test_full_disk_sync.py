"""A sync on a full disk stops with the typed error that names the profile folder and loses
nothing: the page that did not fit is pulled again, this computer's changes stay queued, and
once there is room one more sync brings everything (a real small tmpfs; skipped where this
machine does not let us mount one)."""

from __future__ import annotations

import pytest
from small_disk import fill, mounted_small_disk

from desktop.storage.storage_errors import DiskFull

from .conftest import Client


@pytest.fixture
def small_disk(tmp_path):
    with mounted_small_disk(tmp_path / "disk", "4m") as folder:
        yield folder


def case(n: int) -> dict:
    return {
        "reference": f"SN-2026-{n:04d}",
        "status": "open",
        "person": {"given_names": "Awa", "family_name": f"Ndiaye{n}"},
        "notes": "Last seen at the bus station in Agadez. " * 40,
    }


def test_a_sync_on_a_full_disk_names_the_folder_and_loses_nothing(make_client, server, small_disk):
    sender = make_client()
    for n in range(1, 301):
        sender.repo.save("missing_case", case(n))
    sender.sync()
    laptop = Client(small_disk / "p", server.url, "fp.sn@example.org")
    try:
        typed_here = laptop.repo.save("missing_case", case(900))
        fill(small_disk)
        with pytest.raises(DiskFull) as raised:
            laptop.sync()
        assert raised.value.folder == laptop.paths.root
        assert str(laptop.paths.root) in str(raised.value)
        assert laptop.repo.get(typed_here.id) is not None  # what was typed here is kept
        (small_disk / "filler").unlink()
        laptop.sync()
        laptop.sync()
        assert laptop.pending() == 0
        assert len(laptop.records("missing_case")) == 301
        sender.sync()
        assert typed_here.id.hex in {k.replace("-", "") for k in sender.records("missing_case")}
    finally:
        laptop.close()
