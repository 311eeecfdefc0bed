"""Child process for the kill test: writes records forever, printing each committed id."""

from __future__ import annotations

import sys
import uuid

import keyring
from keyring.backends import fail

from desktop.config.paths import ProfilePaths
from desktop.storage.profile import open_profile
from desktop.storage.records import RecordRepository

PASSPHRASE = "kill test passphrase 1234"


def main(root: str) -> None:
    keyring.set_keyring(fail.Keyring())
    db = open_profile(ProfilePaths(__import__("pathlib").Path(root)), lambda *_: PASSPHRASE)
    repo = RecordRepository(db)
    n = 0
    while True:
        n += 1
        if n % 3 == 0:  # a bulk write now and then: many rows in one transaction
            ids = [uuid.uuid4() for _ in range(50)]
            repo.save_many("incident", [
                (i, {"incident_id": f"B-{i}", "incident_date": "2026-01-01", "number_dead": n})
                for i in ids
            ], "SN")  # fmt: skip
            print("\n".join(str(i) for i in ids), flush=True)
        else:
            saved = repo.save(
                "missing_case",
                {"reference": f"SN-2026-{n:05d}", "person": {"family_name": f"Name {n}"}},
                owner_country="SN",
            )
            print(saved.id, flush=True)


if __name__ == "__main__":
    main(sys.argv[1])
