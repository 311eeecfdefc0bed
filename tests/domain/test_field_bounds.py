"""Every field of the record kinds is bounded: text by length, lists by count, counts by a sane
maximum, dates by a sane range, web addresses to http(s). A value over a bound gets a field
error with a stable code and a message that says what to fix; real data stays inside them."""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path

import pytest

from desktop.domain import types
from desktop.domain.records import check, normalise

SAMPLES = Path(__file__).resolve().parents[1] / "interchange" / "samples"
CASE = {
    "reference": "SN-2026-0042",
    "person": {"given_names": "Awa", "family_name": "Diallo"},
    "consent": {"data_sharing": True},
}
INCIDENT = {"incident_id": "2026.MMP0001", "incident_date": "2026-01-01"}
REPORT = {"campaign_id": "2f0c6a8e-6d1b-4c4f-9a57-2025a1b0c0de", "country": "SN"}
INITIATIVE = {"type": "policy", "title": "Law 2025-12", "domains": [3]}
CAMPAIGN = {
    "dialogue": "rabat",
    "title": "JVAP 2025",
    "period": "2025",
    "opens": "2025-01-01",
    "closes": "2025-12-31",
    "form": {"version": 1, "sections": [{"id": "s", "title": "S", "questions": []}]},
}
SECTION = CAMPAIGN["form"]["sections"][0]
MB = 5 * 1024 * 1024


def errors(kind, data) -> dict[str, tuple[str, str]]:
    return {e.field: (e.code, e.message) for e in check(kind, data)}


def case(**parts):
    data = json.loads(json.dumps(CASE))
    for path, value in parts.items():
        *groups, name = path.split("__")
        target = data
        for group in groups:
            target = target.setdefault(group, {})
        target[name] = value
    return data


def initiative(**changes):
    return {**REPORT, "initiatives": [{**INITIATIVE, **changes}]}


FAR_FUTURE = "9999-12-31"
TOO_OLD = "1850-01-01"


@pytest.mark.parametrize(
    ("kind", "data", "field", "code"),
    [
        # Text: each kind of field has its length
        ("missing_case", case(enquirer__relationship="x" * MB), "enquirer.relationship",
         "too_long"),
        ("missing_case", case(reference="S" * MB), "reference", "too_long"),
        ("missing_case", case(person__nationality="x" * MB), "person.nationality", "too_long"),
        ("missing_case", case(person__other_spellings=["x" * 1000]), "person.other_spellings.0",
         "too_long"),
        ("missing_case", case(person__languages=["x" * 1000]), "person.languages.0", "too_long"),
        ("missing_case", case(journey__transit_points=["x" * 1000]), "journey.transit_points.0",
         "too_long"),
        ("incident", {**INCIDENT, "cause_of_death": ["x" * 1000]}, "cause_of_death.0", "too_long"),
        ("country_report", initiative(implementing_organisations=["x" * 1000]),
         "initiatives.0.implementing_organisations.0", "too_long"),
        ("country_report", initiative(target_groups=["x" * 1000]),
         "initiatives.0.target_groups.0", "too_long"),
        ("country_report", {**REPORT, "answers": {"q" * 100: "yes"}}, "answers." + "q" * 100,
         "too_long"),
        ("country_report", {**REPORT, "answers": {"q1": "x" * 20_001}}, "answers.q1",
         "answer_too_long"),
        ("country_report", {**REPORT, "answers": {"q1": ["x" * 501]}}, "answers.q1",
         "answer_too_long"),
        # Lists: a maximum count
        ("missing_case", case(person__other_spellings=["Awa"] * 101), "person.other_spellings",
         "too_many"),
        ("missing_case", {**case(), "referrals": [{"organisation": "IOM"}] * 101}, "referrals",
         "too_many"),
        ("missing_case", {**case(), "shared_with": ["ES"] * 251}, "shared_with", "too_many"),
        ("incident", {**INCIDENT, "cause_of_death": ["Drowning"] * 101}, "cause_of_death",
         "too_many"),
        ("country_report", {**REPORT, "initiatives": [INITIATIVE] * 501}, "initiatives",
         "too_many"),
        ("country_report", initiative(funding_sources=["EU"] * 101),
         "initiatives.0.funding_sources", "too_many"),
        ("country_report", {**REPORT, "answers": {f"q{n}": "x" for n in range(501)}}, "answers",
         "too_many"),
        ("country_report", {**REPORT, "answers": {"q1": ["ES"] * 301}}, "answers.q1",
         "answer_too_many"),
        ("country_report", {**REPORT, "answers": {"q1": [[[["deep"]]]]}}, "answers.q1",
         "answer_shape"),
        # Counts: at most a sane number
        ("incident", {**INCIDENT, "number_dead": 2**64 - 1}, "number_dead", "between"),
        ("incident", {**INCIDENT, "number_missing": 100_001}, "number_missing", "between"),
        # Dates: a sane range, and no event in the future
        ("incident", {**INCIDENT, "incident_date": FAR_FUTURE}, "incident_date", "date_in_future"),
        ("incident", {**INCIDENT, "incident_date": TOO_OLD}, "incident_date", "date_too_early"),
        ("missing_case", case(person__date_of_birth=TOO_OLD), "person.date_of_birth",
         "date_too_early"),
        ("missing_case", case(last_contact__date=TOO_OLD), "last_contact.date", "date_too_early"),
        ("missing_case", {**case(), "referrals": [{"organisation": "IOM", "date": FAR_FUTURE}]},
         "referrals.0.date", "date_in_future"),
        ("country_report", initiative(start_date=TOO_OLD), "initiatives.0.start_date",
         "date_too_early"),
        ("country_report", initiative(end_date=FAR_FUTURE), "initiatives.0.end_date",
         "date_too_late"),
        ("country_report", {**REPORT, "submitted_at": "9999-12-31T00:00:00Z"}, "submitted_at",
         "date_too_late"),
        ("campaign", {**CAMPAIGN, "closes": FAR_FUTURE}, "closes", "date_too_late"),
        # Web addresses: http(s) only
        ("incident", {**INCIDENT, "url": "javascript:alert(document.cookie)"}, "url", "url"),
        ("incident", {**INCIDENT, "url": "https://perma.cc/A, javascript:alert(1)"}, "url", "url"),
        ("incident", {**INCIDENT, "url": "data:text/html,<script>alert(1)</script>"}, "url", "url"),
        ("country_report", initiative(link="javascript:alert(1)"), "initiatives.0.link", "url"),
        # Campaigns (written by the secretariat) are bounded too
        ("campaign", {**CAMPAIGN, "form": {"version": 1, "sections": [SECTION] * 101}},
         "form.sections", "too_many"),
    ],
)  # fmt: skip
def test_a_value_over_its_bound_gets_a_field_error_with_its_code(kind, data, field, code):
    found = errors(kind, data)
    assert field in found, found
    assert found[field][0] == code, found[field]
    assert len(found[field][1]) < 300  # the message never repeats the huge value


@pytest.mark.parametrize(
    ("field", "code", "words"),
    [
        ("incident_date", "date_in_future", "Incident date cannot be in the future"),
        ("url", "url", "URL must be web addresses starting with http:// or https://"),
        ("number_dead", "between", "Number dead must be between 0 and 100000"),
    ],
)
def test_the_messages_name_the_field_and_say_what_to_write(field, code, words):
    values = {"incident_date": FAR_FUTURE, "url": "javascript:x", "number_dead": 10**9}
    found = errors("incident", {**INCIDENT, field: values[field]})
    assert found[field] == (code, words) or found[field][1].startswith(words), found[field]


def test_values_at_the_bounds_are_accepted():
    today = dt.date.today().isoformat()
    data = {
        **INCIDENT,
        "incident_date": today,
        "number_dead": types.MAX_COUNT,
        "url": "https://perma.cc/9QCX-WFDY, https://archive.ph/h6jSD, HTTP://example.org/a?b=c",
        "cause_of_death": ["Drowning", "Violence"],
        "location": "x" * 2000,
    }
    assert check("incident", data) == []
    assert check("incident", {**INCIDENT, "incident_date": "1900-01-01"}) == []
    long_case = case(
        enquirer__relationship="x" * types.NAME_CHARS,
        person__other_spellings=["y" * types.NAME_CHARS] * types.MAX_ITEMS,
        last_contact__date=today,
    )
    assert check("missing_case", long_case) == []
    report = initiative(link="https://example.org/x", end_date="2030-12-31")
    report["answers"] = {"q1": "x" * types.LONG_TEXT_CHARS, "q2": ["ES"] * 300, "q3": 2.5,
                         "q4": True, "q5": None, "q6": {"total": 1200}}  # fmt: skip
    assert check("country_report", report) == []
    assert normalise("country_report", report)["answers"]["q4"] is True  # not made a number


def test_tomorrow_somewhere_on_earth_is_not_yet_the_future():
    """A date is in the future only when it has not begun anywhere (UTC+14): a focal point
    ahead of the server's clock can record what happened today, their time."""
    ahead = (dt.datetime.now(dt.UTC) + dt.timedelta(hours=14)).date()
    assert check("incident", {**INCIDENT, "incident_date": ahead.isoformat()}) == []
    after = (ahead + dt.timedelta(days=1)).isoformat()
    assert errors("incident", {**INCIDENT, "incident_date": after})["incident_date"][0] == (
        "date_in_future"
    )


def test_every_iom_sample_record_fits_the_bounds():
    from desktop.interchange import read_iom_file

    for sample in ("MissingMigrants-Global-2026-05-06.csv", "global-figures-2025-sample.json"):
        rows = list(read_iom_file(SAMPLES / sample))
        assert rows and all(row.ok for row in rows), [r.reason for r in rows if not r.ok][:3]
