"""Every endpoint × every role × own or other country: who may do what.

The scene: Senegal's focal point ("own"), The Gambia's focal point ("other" for Senegal's data),
a Senegalese contributor, the secretariat, and someone not signed in. Each case acts on data of
Senegal, so "fp_gm" is always the other country.
"""

from __future__ import annotations

import uuid
from collections.abc import Callable

import pytest

from server_stub import campaigns

ROLES = ("anonymous", "fp_sn", "fp_gm", "contributor_sn", "secretariat")
PEOPLE = {
    "fp_sn": ("focal.sn@example.org", "focal_point", "SN"),
    "fp_gm": ("focal.gm@example.org", "focal_point", "GM"),
    "contributor_sn": ("contrib.sn@example.org", "contributor", "SN"),
    "secretariat": ("sec@example.org", "secretariat", None),
}


@pytest.fixture(scope="module")
def world(module_server):
    users = {role: module_server.person(*person).user_id for role, person in PEOPLE.items()}
    module_server.sample_campaign()
    return module_server, users


class Scene:
    """Per case: fresh tokens for every role (cases may sign devices out)."""

    def __init__(self, world, make):
        self.server, users = world
        self.make = make
        self.headers = {role: self.server.sign_in(uid) for role, uid in users.items()}
        self.headers["anonymous"] = {}
        self.client = self.server.client

    def push_as(self, role, *mutations):
        return self.client.post(
            "/api/v1/sync/push", json={"mutations": list(mutations)}, headers=self.headers[role]
        )

    def senegal_incident(self) -> tuple[str, int]:
        create = self.make.mutation("incident", self.make.incident(1))
        [result] = self.push_as("fp_sn", create).json()["results"]
        return create["id"], result["rev"]

    def submitted_senegal_report(self) -> str:
        """A submitted report of Senegal, in a campaign of its own (one report per country)."""
        _id, data = campaigns.read_campaign_file(campaigns.SAMPLE_CAMPAIGN)
        campaign_id, _rev, _changed = campaigns.put_campaign(self.server.engine, None, data)
        report = self.make.report(
            "SN",
            campaign_id=campaign_id,
            state="submitted",
            answers=self.make.answers(),
            initiatives=[self.make.initiative()],
        )
        create = self.make.mutation("country_report", report)
        [result] = self.push_as("fp_sn", create).json()["results"]
        assert result["status"] == "applied", result
        return create["id"]


def status(response) -> str:
    return str(response.status_code)


def push_outcome(response) -> str:
    if response.status_code != 200:
        return str(response.status_code)
    return response.json()["results"][0]["status"]


def case_health(s: Scene, role: str) -> str:
    return status(s.client.get("/api/v1/health", headers=s.headers[role]))


def case_login(s: Scene, role: str) -> str:
    email = PEOPLE.get(role, ("nobody@example.org",))[0]
    body = {"email": email, "password": s.make.password, "device_name": "matrix"}
    return status(s.client.post("/api/v1/auth/login", json=body))


def case_refresh_with_a_bogus_token(s: Scene, role: str) -> str:
    body = {"refresh_token": "fpr_" + uuid.uuid4().hex}
    return status(s.client.post("/api/v1/auth/refresh", json=body, headers=s.headers[role]))


def case_me(s: Scene, role: str) -> str:
    return status(s.client.get("/api/v1/auth/me", headers=s.headers[role]))


def case_list_devices(s: Scene, role: str) -> str:
    return status(s.client.get("/api/v1/auth/devices", headers=s.headers[role]))


def case_revoke_a_senegal_focal_point_device(s: Scene, role: str) -> str:
    devices = s.client.get("/api/v1/auth/devices", headers=s.headers["fp_sn"]).json()
    target = next(d["id"] for d in devices if d["current"])
    return status(s.client.delete(f"/api/v1/auth/devices/{target}", headers=s.headers[role]))


def case_logout(s: Scene, role: str) -> str:
    return status(s.client.post("/api/v1/auth/logout", headers=s.headers[role]))


def case_push_a_new_incident(s: Scene, role: str) -> str:
    return push_outcome(s.push_as(role, s.make.mutation("incident", s.make.incident(2))))


def case_push_an_update_to_senegal_data(s: Scene, role: str) -> str:
    record_id, rev = s.senegal_incident()
    update = s.make.mutation(
        "incident", s.make.incident(1, number_dead=7), record_id=record_id, base_rev=rev
    )
    return push_outcome(s.push_as(role, update))


def case_push_a_senegal_report(s: Scene, role: str) -> str:
    _id, data = campaigns.read_campaign_file(campaigns.SAMPLE_CAMPAIGN)
    campaign_id, _rev, _changed = campaigns.put_campaign(s.server.engine, None, data)
    report = s.make.report("SN", campaign_id=campaign_id)
    return push_outcome(s.push_as(role, s.make.mutation("country_report", report)))


def case_pull_sees(s: Scene, role: str) -> str:
    s.senegal_incident()
    response = s.client.get("/api/v1/sync/pull", params={"limit": 1000}, headers=s.headers[role])
    if response.status_code != 200:
        return status(response)
    owners = {c["owner_country"] for c in response.json()["changes"] if c["kind"] != "campaign"}
    country = (PEOPLE[role][2] or "") if role in PEOPLE else ""
    return f"{country} only" if owners <= {country} else "all"


def case_checksum(s: Scene, role: str) -> str:
    return status(s.client.get("/api/v1/sync/checksum", headers=s.headers[role]))


def case_buckets(s: Scene, role: str) -> str:
    return status(s.client.get("/api/v1/sync/buckets", headers=s.headers[role]))


def case_bucket_pull_sees(s: Scene, role: str) -> str:
    """A Senegal incident's bucket pulled again shows it to Senegal and the secretariat only."""
    record_id, _rev = s.senegal_incident()
    params = {"buckets": record_id[:2], "limit": 1000}
    response = s.client.get("/api/v1/sync/buckets/pull", params=params, headers=s.headers[role])
    if response.status_code != 200:
        return status(response)
    ids = {c["id"] for c in response.json()["changes"]}
    return "sees it" if record_id in ids else "not in scope"


def case_review_campaigns(s: Scene, role: str) -> str:
    return status(s.client.get("/api/v1/review/campaigns", headers=s.headers[role]))


def case_review_list_reports(s: Scene, role: str) -> str:
    path = f"/api/v1/review/campaigns/{campaigns_id(s)}/reports"
    return status(s.client.get(path, headers=s.headers[role]))


def case_review_completeness(s: Scene, role: str) -> str:
    path = f"/api/v1/review/campaigns/{campaigns_id(s)}/completeness"
    return status(s.client.get(path, headers=s.headers[role]))


def case_review_read_a_senegal_report(s: Scene, role: str) -> str:
    path = f"/api/v1/review/reports/{s.submitted_senegal_report()}"
    return status(s.client.get(path, headers=s.headers[role]))


def case_review_accept_a_senegal_report(s: Scene, role: str) -> str:
    path = f"/api/v1/review/reports/{s.submitted_senegal_report()}/accept"
    return status(s.client.post(path, json={"comment": "ok"}, headers=s.headers[role]))


def case_review_return_a_senegal_report(s: Scene, role: str) -> str:
    path = f"/api/v1/review/reports/{s.submitted_senegal_report()}/return"
    return status(s.client.post(path, json={"comment": "fix"}, headers=s.headers[role]))


def case_review_read_what_was_returned(s: Scene, role: str) -> str:
    report = s.submitted_senegal_report()
    returned = s.client.post(
        f"/api/v1/review/reports/{report}/return",
        json={"comment": "fix"},
        headers=s.headers["secretariat"],
    )
    assert returned.status_code == 200, returned.text
    path = f"/api/v1/review/reports/{report}/returned"
    return status(s.client.get(path, headers=s.headers[role]))


def campaigns_id(s: Scene) -> str:
    return s.make.campaign_id


#          anonymous  fp_sn (own)  fp_gm (other)  contributor_sn  secretariat
MATRIX: dict[Callable, tuple[str, ...]] = {
    case_health: ("200", "200", "200", "200", "200"),
    case_login: ("401", "200", "200", "200", "200"),
    case_refresh_with_a_bogus_token: ("401", "401", "401", "401", "401"),
    case_me: ("401", "200", "200", "200", "200"),
    case_list_devices: ("401", "200", "200", "200", "200"),
    case_revoke_a_senegal_focal_point_device: ("401", "204", "404", "404", "204"),
    case_logout: ("401", "204", "204", "204", "204"),
    case_push_a_new_incident: ("401", "applied", "applied", "applied", "applied"),
    case_push_an_update_to_senegal_data: ("401", "applied", "rejected", "applied", "applied"),
    case_push_a_senegal_report: ("401", "applied", "rejected", "applied", "applied"),
    case_pull_sees: ("401", "SN only", "GM only", "SN only", "all"),
    case_checksum: ("401", "200", "200", "200", "200"),
    case_buckets: ("401", "200", "200", "200", "200"),
    case_bucket_pull_sees: ("401", "sees it", "not in scope", "sees it", "sees it"),
    case_review_campaigns: ("401", "403", "403", "403", "200"),
    case_review_list_reports: ("401", "403", "403", "403", "200"),
    case_review_completeness: ("401", "403", "403", "403", "200"),
    case_review_read_a_senegal_report: ("401", "403", "403", "403", "200"),
    case_review_accept_a_senegal_report: ("401", "403", "403", "403", "200"),
    case_review_return_a_senegal_report: ("401", "403", "403", "403", "200"),
    case_review_read_what_was_returned: ("401", "403", "403", "403", "200"),
}


@pytest.mark.parametrize("role", ROLES)
@pytest.mark.parametrize("case", list(MATRIX), ids=lambda case: case.__name__[5:])
def test_who_may_do_what(world, make, case, role):
    expected = MATRIX[case][ROLES.index(role)]
    assert case(Scene(world, make), role) == expected


def test_the_matrix_covers_every_operation_in_the_openapi(world):
    """Adding an endpoint without adding it to the matrix fails here."""
    paths = world[0].app.openapi()["paths"]
    operations = {(m.upper(), p) for p, ops in paths.items() for m in ops}
    covered = {
        ("GET", "/api/v1/health"),
        ("POST", "/api/v1/auth/login"),
        ("POST", "/api/v1/auth/refresh"),
        ("GET", "/api/v1/auth/me"),
        ("GET", "/api/v1/auth/devices"),
        ("DELETE", "/api/v1/auth/devices/{device_id}"),
        ("POST", "/api/v1/auth/logout"),
        ("POST", "/api/v1/sync/push"),
        ("GET", "/api/v1/sync/pull"),
        ("GET", "/api/v1/sync/checksum"),
        ("GET", "/api/v1/sync/buckets"),
        ("GET", "/api/v1/sync/buckets/pull"),
        ("GET", "/api/v1/review/campaigns"),
        ("GET", "/api/v1/review/campaigns/{campaign_id}/reports"),
        ("GET", "/api/v1/review/campaigns/{campaign_id}/completeness"),
        ("GET", "/api/v1/review/reports/{report_id}"),
        ("POST", "/api/v1/review/reports/{report_id}/accept"),
        ("POST", "/api/v1/review/reports/{report_id}/return"),
        ("GET", "/api/v1/review/reports/{report_id}/returned"),
    }
    assert operations == covered
