"""Field paths, their titles and the walk through the record models' annotations, in one place
(desktop.domain.fields), and RFC 3339 moments (desktop.domain.moments)."""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta, timezone
from typing import Annotated, Any

import pytest
from pydantic import BaseModel, Field

from desktop.domain import fields
from desktop.domain.country_report import CountryReport, Initiative
from desktop.domain.incident import Incident
from desktop.domain.missing_case import MissingCase, PersonSought, Referral
from desktop.domain.moments import parse_rfc3339, rfc3339


class Inner(BaseModel):
    size: Annotated[int, Field(ge=1, le=9)] | None = Field(None, title="Size")
    free: dict[str, Any] = Field(default_factory=dict, title="Free")


class Outer(BaseModel):
    name: str = Field(title="Name")
    inner: Inner | None = Field(None, title="Inner part")
    items: list[Inner] = Field(default_factory=list, title="Items")
    by_key: dict[str, Inner] = Field(default_factory=dict, title="By key")
    plain_name: str = "x"


def test_a_path_names_each_step_and_list_items_by_their_index():
    assert fields.path(("initiatives", 3, "title")) == "initiatives.3.title"
    assert fields.path(()) == ""
    assert fields.parts("person.family_name") == ["person", "family_name"]


def test_under_a_free_form_dict_the_rest_of_a_path_is_one_key():
    assert fields.steps(CountryReport, "answers.d1.remittance_cost") == [
        "answers",
        "d1.remittance_cost",
    ]
    assert fields.steps(CountryReport, "initiatives.0.title") == ["initiatives", "0", "title"]
    assert fields.steps(MissingCase, "person.family_name") == ["person", "family_name"]
    assert fields.steps(Outer, "inner.free.a.b") == ["inner", "free", "a.b"]
    assert fields.steps(CountryReport, "answers") == ["answers"]
    assert fields.steps(None, "answers.d1.x") == ["answers", "d1", "x"]


def test_the_model_inside_optional_list_dict_and_annotated_is_found():
    assert fields.model_in(Inner) is Inner
    assert fields.model_in(Inner | None) is Inner
    assert fields.model_in(list[Inner]) is Inner
    assert fields.model_in(dict[str, Inner]) is Inner
    assert fields.model_in(Annotated[list[Inner] | None, "meta"]) is Inner
    assert fields.model_in(list[str]) is None
    assert fields.model_in(int) is None


def test_unwrap_takes_the_type_out_of_annotated_and_optional_only():
    assert fields.unwrap(Annotated[int, Field(ge=0)] | None) is int
    assert fields.unwrap(Annotated[date | None, "x"]) is date
    assert fields.unwrap(int | str) is Any  # a real union has no one type
    assert fields.unwrap(list[int]) == list[int]


def test_a_walk_names_the_field_of_each_step_and_goes_through_indexes_and_keys():
    steps = fields.walk(Outer, ("items", 2, "size"))
    assert [(part, info and info.title) for part, info in steps] == [
        ("items", "Items"),
        (2, None),
        ("size", "Size"),
    ]
    steps = fields.walk(Outer, ["by_key", "k", "size"])
    assert [info and info.title for _part, info in steps] == ["By key", None, "Size"]
    # a text index, as in a path read back from its dotted form, is an index too
    assert fields.walk(Initiative, ["0"])[0][1] is None
    assert fields.walk(None, ["a"]) == [("a", None)]


def test_titles_come_from_the_models_and_read_names_otherwise():
    assert fields.titles(MissingCase, ["person", "family_name"]) == [
        "Person sought",
        "Family name",
    ]
    assert fields.titles(CountryReport, fields.parts("initiatives.3.budget_eur")) == [
        "Initiatives",
        "3",
        "Budget (EUR)",
    ]
    assert fields.titles(CountryReport, ["answers", "q_one"]) == ["Answers", "Q one"]
    assert fields.titles(Outer, ["plain_name"]) == ["Plain name"]
    assert fields.titles(None, ["some_thing"]) == ["Some thing"]
    # only declared titles go through the translation
    shout = str.upper
    assert fields.titles(Outer, ["inner", "free", "a_key"], shout) == [
        "INNER PART",
        "Free".upper(),
        "A key",
    ]


def test_the_title_of_a_path_is_its_last_named_field():
    assert fields.title(MissingCase, ("referrals", 0, "organisation")) == "Organisation"
    assert fields.title(CountryReport, ("answers", "q1")) == "Answers"
    assert fields.title(None, ("last_contact", "latitude")) == "Latitude"
    assert fields.title(Outer, (0,)) == "Value"


def test_bounds_are_found_inside_annotated_optional_and_list_items():
    [*_, (_part, size)] = fields.walk(Outer, ["inner", "size"])
    assert fields.bounds(size) == {"ge": 1, "le": 9}
    [(_part, domains)] = fields.walk(Initiative, ["domains"])
    assert fields.bounds(domains) == {"ge": 1, "le": 5}
    [(_part, dead)] = fields.walk(Incident, ["number_dead"])
    assert fields.bounds(dead) == {"ge": 0, "le": 100000}
    [(_part, name)] = fields.walk(PersonSought, ["family_name"])
    assert fields.bounds(name) == {}


def test_leaves_are_the_dotted_scalar_fields_of_nested_models_without_free_form_dicts():
    leaves = dict(fields.leaves(Outer))
    assert leaves == {"name": str, "inner.size": int, "items": list[Inner], "plain_name": str}
    case = dict(fields.leaves(MissingCase))
    assert case["person.date_of_birth"] is date
    assert "referrals" in case and "person" not in case
    report = dict(fields.leaves(CountryReport))
    assert "answers" not in report and report["initiatives"] == list[Initiative]
    assert dict(fields.leaves(Referral, "referrals."))["referrals.organisation"] is str


def test_nested_data_flattens_to_paths_and_back():
    data = {"person": {"family_name": "Diallo", "other": {}}, "tags": ["a"], "notes": None}
    assert dict(fields.flat(data)) == {
        "person.family_name": "Diallo",
        "tags": ["a"],
        "notes": None,
    }
    kept = dict(fields.flat(data, keep_empty=True))
    assert kept["person.other"] == {}
    assert fields.unflatten({"person.family_name": "Diallo", "person.given_names": None}) == {
        "person": {"family_name": "Diallo"}
    }
    answers = {"answers": {"general.institution": "Ministry", "d1.remittance_cost": 7}}
    assert fields.unflatten(dict(fields.flat(answers)), CountryReport) == answers
    assert fields.unflatten(dict(fields.flat(data))) == {
        "person": {"family_name": "Diallo"},
        "tags": ["a"],
    }


def test_a_moment_is_written_in_utc_with_a_z_and_microseconds():
    moment = datetime(2026, 3, 31, 9, 15, tzinfo=UTC)
    assert rfc3339(moment) == "2026-03-31T09:15:00.000000Z"
    assert rfc3339(moment.replace(microsecond=42)) == "2026-03-31T09:15:00.000042Z"
    paris = datetime(2026, 3, 31, 11, 15, tzinfo=timezone(timedelta(hours=2)))
    assert rfc3339(paris) == "2026-03-31T09:15:00.000000Z"
    # the server's wire strings leave a zero fraction out, as isoformat() does
    assert rfc3339(moment, timespec="auto") == "2026-03-31T09:15:00Z"
    assert rfc3339(moment.replace(microsecond=5), timespec="auto") == "2026-03-31T09:15:00.000005Z"
    with pytest.raises(ValueError):
        rfc3339(datetime(2026, 3, 31, 9, 15))  # naive: which zone is it in?


def test_a_moment_is_read_with_a_z_or_an_offset():
    assert parse_rfc3339("2026-03-31T09:15:00.000042Z") == datetime(
        2026, 3, 31, 9, 15, 0, 42, tzinfo=UTC
    )
    assert parse_rfc3339("2026-03-31T11:15:00+02:00") == datetime(2026, 3, 31, 9, 15, tzinfo=UTC)
    assert parse_rfc3339(rfc3339(datetime(2026, 1, 2, tzinfo=UTC))).tzinfo is not None
    with pytest.raises(ValueError):
        parse_rfc3339("last tuesday")


def test_what_the_server_writes_is_what_the_client_reads():
    moment = datetime(2026, 3, 31, 9, 15, 7, 123456, tzinfo=UTC)
    assert parse_rfc3339(rfc3339(moment, timespec="auto")) == moment


def test_a_value_is_read_and_put_by_its_keys():
    data = {"person": {"family_name": "Diallo"}, "answers": {"d1.x": 3}, "notes": "n"}
    assert fields.value_at(data, ["person", "family_name"]) == "Diallo"
    assert fields.value_at(data, ["answers", "d1.x"]) == 3
    assert fields.value_at(data, ["journey", "route"]) is None
    assert fields.value_at(data, ["notes", "deeper"]) is None  # a value is not a group
    fields.put_at(data, ["journey", "route"], "Atlantic")
    fields.put_at(data, ["answers", "d2.y"], [1])
    assert data["journey"] == {"route": "Atlantic"} and data["answers"] == {"d1.x": 3, "d2.y": [1]}
