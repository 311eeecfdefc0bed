"""Demonstration data for screenshots and manual trials: fictional missing cases, the IOM
sample files imported with the real importer, the sample campaign, country reports in every
review state and one conflict. Written through the storage layer, as a sync would."""

from __future__ import annotations

import json
import sys
import uuid
from dataclasses import dataclass
from pathlib import Path

from desktop.domain.wire import envelope
from desktop.interchange import import_iom_file
from desktop.storage.incoming import IncomingChanges
from desktop.storage.outbox import Outbox
from desktop.storage.records import RecordRepository
from desktop.ui.operations.reports import report_id_for

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "tests" / "support"))
from memory_keyring import MemoryKeyring  # noqa: E402, F401  (the tests' in-memory keyring)

IOM_SAMPLES = [  # the copies kept with the interchange tests, else the shared originals
    ROOT / "tests" / "interchange" / "samples" / "MissingMigrants-Global-2026-05-06.csv",
    ROOT.parent / "shared" / "data" / "iom-mmp" / "MissingMigrants-Global-2026-05-06.csv",
]
CAMPAIGN_FILE = ROOT / "server_stub" / "samples" / "jvap-2025-campaign.json"
GIVEN = (
    "Awa",
    "Moussa",
    "Fatou",
    "Ibrahima",
    "Mariama",
    "Lamine",
    "Aïssatou",
    "Ousmane",
    "Khady",
    "Mamadou",
    "Ndeye",
    "Cheikh",
)
FAMILY = (
    "Diallo",
    "Ndiaye",
    "Sow",
    "Fall",
    "Diop",
    "Ba",
    "Sarr",
    "Faye",
    "Cissé",
    "Gueye",
    "Mbaye",
    "Camara",
    "Touré",
    "Sylla",
)
ROUTES = (
    "Western Africa / Atlantic route to the Canary Islands",
    "Central Mediterranean",
    "Western Mediterranean",
    "Sahara Desert crossing",
)
STATUSES = (
    "open",
    "open",
    "tracing",
    "tracing",
    "referred",
    "found_alive",
    "deceased_identified",
    "closed",
)


@dataclass
class DemoUser:
    email: str
    role: str
    country: str | None
    server_url: str = "https://focal.example.org"


class OfflineDemoSync:
    def __init__(self, user):
        self.user = user

    def current_user(self):
        return self.user

    def last_sync(self):
        return "2026-05-06T09:42:00Z"

    def sync(self, progress=None, cancel=None):
        from desktop.sync.errors import Offline

        raise Offline("demo: no server")


def _case(n: int) -> dict:
    given, family = GIVEN[n % len(GIVEN)], FAMILY[(n * 5) % len(FAMILY)]
    return {
        "reference": f"SN-2026-{n:04d}",
        "status": STATUSES[n % len(STATUSES)],
        "person": {
            "given_names": given,
            "family_name": family,
            "sex": ("female", "male")[n % 2],
            "age": 17 + n % 23,
            "nationality": "SN",
        },
        "journey": {
            "departure_place": ("Mbour", "Saint-Louis", "Ziguinchor", "Kayar")[n % 4],
            "departure_country": "SN",
            "destination_country": "ES",
            "route": ROUTES[(n * 3) % len(ROUTES)],
        },
        "last_contact": {
            "date": f"2026-0{1 + n % 5}-{1 + n % 27:02d}",
            "place": "At sea",
            "country": ("ES", "MA", "MR", "LY")[n % 4],
        },
        "enquirer": {"name": f"{GIVEN[(n + 3) % len(GIVEN)]} {family}", "relationship": "Sister"},
        "consent": {"data_sharing": n % 3 != 0, "rfl_referral": n % 4 == 0},
    }


def _envelope(kind, record_id, rev, data, owner):
    return envelope(record_id, kind, rev, owner, "2026-05-06T09:00:00Z", False, data)


def push_all(db, first_rev: int, *, reject: dict[str, list] | None = None) -> int:
    """Acknowledge every pending edit as a server would (applied), or reject the records named
    in `reject` with those field errors; returns the next free revision."""
    outbox, rev = Outbox(db), first_rev
    while True:
        sent = outbox.freeze_batch(500)
        if not sent:
            return rev
        results = []
        for mutation in sent:
            rev += 1
            errors = (reject or {}).get(mutation.record_id)
            if errors:
                results.append(
                    {"mutation_id": mutation.mutation_id, "status": "rejected", "errors": errors}
                )
            else:
                results.append(
                    {"mutation_id": mutation.mutation_id, "status": "applied", "rev": rev}
                )
        outbox.apply_results(sent, results)


def seed(db) -> dict:
    """Demonstration data; returns ids the screens open."""
    repo = RecordRepository(db)
    incoming = IncomingChanges(db)
    raw = json.loads(CAMPAIGN_FILE.read_text("utf-8"))
    campaign_id = raw.pop("id")
    older = {
        **raw,
        "title": {
            language: text.replace("2025", "2020") for language, text in raw["title"].items()
        },
        "period": "2020",
        "opens": "2020-09-01",
        "closes": "2021-03-31",
    }
    older_id = str(uuid.UUID(int=2020))
    envelopes = [
        _envelope("campaign", campaign_id, 1, raw, None),
        _envelope("campaign", older_id, 2, older, None),
    ]
    states = ["submitted", "accepted", "returned", "draft", "resubmitted", "submitted", "accepted"]
    countries = ["MA", "ES", "CI", "ML", "FR", "GM", "BE", "IT", "NE", "GN", "PT", "MR", "TN"]
    rev = 10
    for i, country in enumerate(countries):
        for cid, state in ((campaign_id, states[i % len(states)]), (older_id, "accepted")):
            rev += 1
            data = {
                "campaign_id": cid,
                "country": country,
                "state": state,
                "answers": {"general.institution": f"Ministry of the Interior ({country})"},
            }
            envelopes.append(
                _envelope("country_report", report_id_for(cid, country), rev, data, country)
            )
    incoming.apply_page(envelopes, rev)
    repo.save_many(
        "missing_case",
        [(uuid.uuid5(uuid.NAMESPACE_URL, f"case{n}"), _case(n)) for n in range(1, 58)],
        "SN",
    )
    for path in IOM_SAMPLES:
        if path.exists():
            import_iom_file(path, repo, owner_country="SN")
            break
    rev = push_all(db, rev)  # everything so far is on the server
    rejected = uuid.uuid5(uuid.NAMESPACE_URL, "case9")
    data = _case(9)
    data["shared_with"] = ["ES"]
    data["consent"]["data_sharing"] = True
    repo.save("missing_case", data, record_id=rejected, owner_country="SN")
    errors = [
        {
            "field": "shared_with",
            "message": "Spain is not yet part of the network's "
            "sharing agreement; share through the Red Cross instead",
        }
    ]
    rev = push_all(db, rev, reject={str(rejected): errors})
    for n in (3, 12, 21):  # edited since the last sync
        data = _case(n)
        data["status"] = "tracing"
        repo.save(
            "missing_case",
            data,
            record_id=uuid.uuid5(uuid.NAMESPACE_URL, f"case{n}"),
            owner_country="SN",
        )
    report = {
        "campaign_id": campaign_id,
        "country": "SN",
        "state": "returned",
        "answers": {
            "general.institution": "Ministère de l'Intérieur, Direction des Sénégalais de "
            "l'extérieur",
            "general.reference_date": "2026-03-31",
            "d1.diaspora_strategy": "Adopted",
            "d1.remittance_cost": 5.8,
            "d1.root_causes": "Youth employment programmes in "
            "coastal regions; support to artisanal fishing communities.",
        },
        "initiatives": [
            {
                "type": "project",
                "title": "Tekki Fii — decent jobs for young people",
                "domains": [1],
                "priority_areas": ["1.1"],
                "budget_eur": "28000000",
                "start_date": "2017-06-01",
                "end_date": "2026-12-31",
                "status": "ongoing",
                "funding_sources": ["EUTF"],
            },
            {
                "type": "policy",
                "title": "National migration policy (PNMS)",
                "domains": [1, 2, 4],
                "status": "completed",
                "start_date": "2018-01-01",
            },
        ],
        "comments": [
            {
                "author": "review@icmpd.org",
                "role": "secretariat",
                "at": "2026-04-20T10:12:00Z",
                "text": "Please add the date the information is valid on and the trafficking "
                "question in domain 4.",
            }
        ],
    }
    sn_report = report_id_for(campaign_id, "SN")
    rev += 1
    incoming.apply_page([_envelope("country_report", sn_report, rev, report, "SN")], rev)
    # A conflict: edited here, changed on the server too.
    case_id = uuid.uuid5(uuid.NAMESPACE_URL, "case7")
    server_case = _case(7)
    rev += 1
    incoming.apply_page([_envelope("missing_case", case_id, rev, server_case, "SN")], rev)
    local = _case(7)
    local["status"] = "referred"
    local["person"]["other_spellings"] = ["Ousman Faye"]
    repo.save("missing_case", local, record_id=case_id, owner_country="SN")
    server_case = _case(7)
    server_case["status"] = "found_alive"
    server_case["notes"] = "Located by the Spanish Red Cross in Almería."
    rev += 1
    incoming.apply_page([_envelope("missing_case", case_id, rev, server_case, "SN")], rev)
    return {
        "campaign": campaign_id,
        "sn_report": str(sn_report),
        "case": str(case_id),
        "ma_report": str(report_id_for(campaign_id, "MA")),
        "rejected": str(rejected),
    }


def iom_file_with_problems(folder: Path) -> Path | None:
    """IOM's API JSON sample with two records spoilt, for the import summary."""
    sample = ROOT / "tests" / "interchange" / "samples" / "global-figures-2025-sample.json"
    if not sample.exists():
        return None
    records = json.loads(sample.read_text("utf-8"))
    records[7]["reported_date"] = "2025-13-45"
    records[21]["number_dead"] = "-3"
    out = folder / "iom-figures-2025.json"
    out.write_text(json.dumps(records, ensure_ascii=False, indent=1), "utf-8")
    return out
