"""The message table: every code the domain and the server give has a sentence in the window,
every field title of the record models is in the translated title table, and what the table
does not know falls back to the English text that came with it."""

from __future__ import annotations

import ast
from pathlib import Path

import pytest

from desktop.domain.country_report import Comment, Initiative
from desktop.domain.errors import FieldError
from desktop.domain.records import MODELS, check
from desktop.sync.errors import Offline, RequestRefused, SessionExpired
from desktop.ui import i18n
from desktop.ui.conflicts.fields import FieldTitles, _inner_model
from desktop.ui.messages import Messages, error_text, field_message, server_message

ROOT = Path(__file__).resolve().parents[2]
# Calls whose first argument is an error code, those whose second is, and whose third is.
FIRST = {"Invalid", "made", "bad", "_refused"}
SECOND = {"ApiError", "error_response"}
THIRD = {"FieldError", "_error", "_rejected"}
# Codes that never reach a person: campaign files are checked by `add-campaign` (English on
# the command line), and a record kind or shape is the program's business, not the user's.
NOT_SHOWN = {
    "invalid", "local_text", "local_text_language", "local_text_english", "empty_text",
    "text_too_long", "choices_needed", "choice_twice", "question_twice", "closes_before_opens",
    "unknown_kind", "not_an_object", "import_repeated",
}  # fmt: skip


def codes_in(folder: str) -> set[str]:
    found: set[str] = set()
    for path in (ROOT / folder).rglob("*.py"):
        for node in ast.walk(ast.parse(path.read_text("utf-8"))):
            if isinstance(node, ast.Call):
                name = getattr(node.func, "id", getattr(node.func, "attr", ""))
                index = {**dict.fromkeys(FIRST, 0), **dict.fromkeys(SECOND, 1)}.get(name)
                index = 2 if name in THIRD else index
                if index is not None and len(node.args) > index:
                    arg = node.args[index]
                    if isinstance(arg, ast.Constant) and isinstance(arg.value, str):
                        found.add(arg.value)
            if isinstance(node, ast.Dict):
                for key, value in zip(node.keys, node.values, strict=True):
                    is_code = isinstance(key, ast.Constant) and key.value == "code"
                    if is_code and isinstance(value, ast.Constant) and isinstance(value.value, str):
                        found.add(value.value)
    return found


def test_every_code_a_person_can_meet_has_a_sentence(qapp):
    messages = Messages()
    known = set(messages.field_messages()) | set(messages.rejection_messages())
    known |= {"initiatives_needed"} | set(messages.api_messages())
    codes = (
        codes_in("desktop/domain") | codes_in("server_stub/sync") | codes_in("server_stub/review")
    )
    codes -= NOT_SHOWN
    assert len(codes) > 40
    assert codes - known == set()


def test_every_code_the_api_answers_with_has_a_sentence(qapp):
    api = codes_in("server_stub") - codes_in("server_stub/sync")
    api |= {"refresh_unknown", "refresh_expired", "refresh_revoked", "refresh_replayed"}
    from server_stub.errors import CODES

    api |= set(CODES.values())
    missing = api - set(Messages().api_messages()) - set(Messages().rejection_messages())
    missing -= {"required", "unknown_field", "invalid", "comment_required", "unauthorized"}
    assert missing == set()


def _titles(model, out: set[str]) -> set[str]:
    for info in model.model_fields.values():
        out.add(info.title)
        inner = _inner_model(info.annotation)
        if inner is not None:
            _titles(inner, out)
    return out


def test_every_field_title_is_in_the_translated_title_table(qapp):
    titles: set[str] = set()
    for kind in ("missing_case", "incident", "country_report"):
        _titles(MODELS[kind], titles)
    _titles(Initiative, titles)
    _titles(Comment, titles)
    assert titles - set(FieldTitles().table()) == set()


def test_plural_field_titles_read_right_and_unknown_codes_fall_back_to_english(qapp):
    [error] = [e for e in check("country_report", _report(initiatives=[{"type": "policy",
               "title": "Plan"}])) if e.field.endswith("domains")]  # fmt: skip
    assert field_message(error) == "JVAP domains: required"
    assert field_message(FieldError("x", "Something new", "new_code")) == "Something new"
    lacking = FieldError("x", "Said in English", "between", {"label": "Age"})  # no low/high
    assert field_message(lacking) == "Said in English"
    assert field_message(FieldError("initiatives", "…", "initiatives_needed", {"min": 2})) == (
        "List at least 2 initiatives to submit"
    )
    assert server_message("wrong_credentials", "x") == "Wrong email or password."
    assert server_message("brand_new", "The server's own words") == "The server's own words"


def test_client_errors_are_said_from_their_code_or_kind(qapp):
    refused = RequestRefused(
        "The request is not valid",
        422,
        "invalid",
        [{"field": "comment", "message": "…", "code": "comment_required"}],
    )
    assert error_text(refused) == (
        "The server refused the request: something in it is not valid. "
        "A comment is required to return a report"
    )
    expired = SessionExpired("This device has been signed out; sign in again")
    expired.code = "refresh_revoked"
    assert error_text(expired) == "This computer has been signed out: sign in again."
    offline = Offline("Cannot reach http://x: you seem to be offline.")
    assert error_text(offline) == "Cannot reach the server: you seem to be offline."
    offline.server = "https://focal.example.org"
    assert error_text(offline) == "Cannot reach https://focal.example.org: you seem to be offline."
    assert error_text(ValueError("plain words")) == "plain words"


@pytest.mark.parametrize("language", ["ar"])
def test_codes_and_numbers_in_a_message_read_left_to_right_in_arabic(qapp, language):
    i18n.apply_language(language, qapp)
    error = FieldError("reference", "…", "reference_format", {"value": "SN-2026-42"})
    assert "\u2066SN-2026-42\u2069" in field_message(error)


def _report(**changes) -> dict:
    return {
        "campaign_id": "2f0c6a8e-6d1b-4c4f-9a57-2025a1b0c0de",
        "country": "SN",
        **changes,
    }
