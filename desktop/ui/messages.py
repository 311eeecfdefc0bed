"""Messages in the interface language: a domain `FieldError` or a server error is shown from its
stable `code` and `params`, with field titles, states and country names translated too. A code
this table does not know falls back to the English message that came with it.

Sentences name a field as "Title: required" rather than "Title is required", so that they read
right for plural titles too ("JVAP domains: required").
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from PySide6.QtCore import QObject

from desktop.domain.errors import FieldError
from desktop.domain.reference.countries import country_name
from desktop.storage.storage_errors import classify
from desktop.sync.errors import (
    AuthFailed,
    CertificateError,
    NotSignedIn,
    Offline,
    RateLimited,
    ServerError,
    SessionExpired,
)

from . import i18n
from .bidi import ltr
from .conflicts.fields import translated_title
from .labels import Labels, label


class Messages(QObject):
    """The sentences, looked up when asked so they come out in the current language."""

    def field_messages(self) -> dict[str, str]:
        """Domain validation codes (desktop/domain): {field} is the field's translated title."""
        return {
            # Any field (made from the record models' rules)
            "required": self.tr("{field}: required"),
            "unknown_field": self.tr("{field} is not a field of this record; remove it"),
            "whole_number": self.tr("{field} must be a whole number, 0 or more"),
            "between": self.tr("{field} must be between {low} and {high}"),
            "at_least": self.tr("{field} must be at least {low}"),
            "at_most": self.tr("{field} must be at most {high}"),
            "number": self.tr("{field} must be a number"),
            "decimal_size": self.tr("{field}: too many digits"),
            "date": self.tr("{field} must be a date written as YYYY-MM-DD, for example 2026-03-31"),
            "one_of": self.tr("{field} must be one of: {expected}"),
            "too_long": self.tr("{field} must be at most {max} characters"),
            "empty": self.tr("{field} cannot be empty"),
            "too_few": self.tr("{field}: give at least {min}"),
            "too_many": self.tr("{field}: give at most {max}"),
            "pattern": self.tr("{field} is not written as expected"),
            "text": self.tr("{field} must be text"),
            "list": self.tr("{field} must be a list"),
            "yes_no": self.tr("{field} must be yes or no"),
            "group": self.tr("{field} must be a group of fields"),
            "uuid": self.tr("{field} must be a record identifier"),
            "country_code": self.tr("“{value}” is not a country code; use two letters such as SN"),
            "date_too_early": self.tr("{field} cannot be before {min}"),
            "date_too_late": self.tr("{field} cannot be after {max}"),
            "date_in_future": self.tr("{field} cannot be in the future"),
            "url": self.tr("{field}: web addresses must start with http:// or https://"),
            "partner_code": self.tr("“{value}” is not one of the programme's partners"),
            # Missing cases
            "reference_format": self.tr(
                "Reference “{value}” must look like SN-2026-0042: country code, year, number"
            ),
            "birth_in_future": self.tr("Date of birth cannot be in the future"),
            "person_unnamed": self.tr("Give the missing person's given names or family name"),
            "contact_in_future": self.tr("Date of last contact cannot be in the future"),
            "coordinates_pair": self.tr("Give both latitude and longitude, or neither"),
            "share_needs_consent": self.tr(
                "A case can be shared with another country only with consent"
            ),
            "referral_needs_consent": self.tr(
                "Record the family's consent before referring to the Red Cross"
            ),
            # Initiatives
            "unknown_priority_area": self.tr("“{area}” is not a JVAP priority area"),
            "priority_area_domain": self.tr("Priority area {area} belongs to a domain not ticked"),
            "end_before_start": self.tr("End date must be on or after the start date"),
            "project_budget": self.tr("A project needs a budget in EUR (0 if none)"),
            # Answers to the campaign's questions
            "answer_required": self.tr("An answer is required to submit"),
            "not_in_form": self.tr("This question is not in the form"),
            "answer_text": self.tr("Answer with text"),
            "answer_too_long": self.tr("Keep the answer under {max} characters"),
            "answer_too_many": self.tr("Give at most {max} answers in the list"),
            "answer_shape": self.tr("Answer with text, a number, a date or a list of choices"),
            "answer_number": self.tr("Answer with a number"),
            "answer_amount": self.tr("Answer with a number in EUR"),
            "answer_negative_amount": self.tr("An amount cannot be negative"),
            "answer_at_least": self.tr("The answer must be at least {low}"),
            "answer_at_most": self.tr("The answer must be at most {high}"),
            "answer_date": self.tr("Answer with a date written as YYYY-MM-DD"),
            "answer_choice": self.tr("Pick one of the offered answers"),
            "answer_choices": self.tr("Pick answers from the offered list"),
            "answer_countries": self.tr("List countries by their two-letter codes"),
        }

    def rejection_messages(self) -> dict[str, str]:
        """Codes of the field errors a push rejection carries (server_stub/sync)."""
        return {
            "report_frozen": self.tr(
                "This report is {state} and cannot be changed until the secretariat returns it"
            ),
            "contributor_submit": self.tr("Only the focal point can submit a report"),
            "state_move": self.tr("A report cannot go from “{old}” to “{new}”"),
            "comments_changed": self.tr("Earlier comments cannot be changed or removed"),
            "comment_role": self.tr("New comments must be written as {role}"),
            "report_country": self.tr("This report can only be for {country}"),
            "campaign_move": self.tr("A report cannot move to another campaign"),
            "no_campaign": self.tr("There is no such campaign on the server"),
            "not_in_dialogue": self.tr("{country} is not part of the {dialogue}"),
            "duplicate_report": self.tr(
                "{country} already has a report for this campaign; sync to get it and edit that one"
            ),
            "kind_mismatch": self.tr("This record is of another kind on the server"),
            "no_country": self.tr("Your account has no country, so it cannot write records"),
            "other_country": self.tr(
                "This record belongs to another country; you cannot change it"
            ),
            "nothing_to_delete": self.tr("There is no such record on the server to delete"),
            "unknown_record": self.tr("The server has no record with this id"),
            "report_not_deletable": self.tr("A report that is {state} cannot be deleted"),
            "record_deleted": self.tr(
                "This record was deleted on the server, so it cannot be saved there again; "
                "save it as a new record"
            ),
            "id_unavailable": self.tr(
                "The server cannot take a new record under this id; save it as a new record"
            ),
            "not_storable": self.tr("The data holds a value that cannot be stored"),
            "mutation_reused": self.tr("This change was sent before with other content"),
            "not_stored": self.tr("The server could not store this record"),
            "comment_required": self.tr("A comment is required to return a report"),
            "reference_country": self.tr(
                "“{reference}” must start with {prefix}, the country of the case."
            ),
            "reference_taken": self.tr(
                "“{reference}” is already used by another case; choose another."
            ),
            "reference_taken_by": self.tr(
                "“{reference}” is already used by another case ({name}); choose another."
            ),
        }

    def api_messages(self) -> dict[str, str]:
        """Codes of whole-request errors (`{"error": {"code", …}}`, server_stub)."""
        return {
            "wrong_credentials": self.tr("Wrong email or password."),
            "not_signed_in": self.tr("You are not signed in: sign in again."),
            "token_invalid": self.tr("Your session has expired or was revoked: sign in again."),
            "refresh_unknown": self.tr("This sign-in is not valid: sign in again."),
            "refresh_expired": self.tr("This sign-in has expired: sign in again."),
            "refresh_revoked": self.tr("This computer has been signed out: sign in again."),
            "refresh_replayed": self.tr(
                "This computer has been signed out for safety (a sign-in was used twice): "
                "sign in again."
            ),
            "rate_limited": self.tr("Too many attempts; wait a moment and try again."),
            "forbidden": self.tr("Only the secretariat can do this."),
            "not_found": self.tr("The server does not have this (any more)."),
            "conflict": self.tr(
                "The report changed on the server since you opened it; look at it again "
                "before deciding."
            ),
            "invalid_state": self.tr("Only submitted reports can be accepted or returned."),
            "invalid": self.tr("The server refused the request: something in it is not valid."),
            "invalid_json": self.tr("The server could not read the request."),
            "too_deep": self.tr("The server could not read the request: it is nested too deeply."),
            "bad_request": self.tr("The server could not read the request."),
            "bad_value": self.tr("A value cannot be stored by the server."),
            "bad_encoding": self.tr("The server could not read the request."),
            "unsupported_encoding": self.tr("The server could not read the request."),
            "unsupported_media_type": self.tr("The server could not read the request."),
            "too_large": self.tr("The request was too large for the server; try again."),
            "method_not_allowed": self.tr("The server does not offer this; check its address."),
            "not_acceptable": self.tr("The server does not offer this; check its address."),
            "database_unavailable": self.tr(
                "The server cannot reach its database; try again shortly."
            ),
            "internal_error": self.tr("The server had a problem; try again later."),
        }

    def client_messages(self) -> dict[type[BaseException], str]:
        """Failures found on this side (desktop/sync/errors.py), by error class."""
        return {
            Offline: self.tr("Cannot reach the server: you seem to be offline."),
            CertificateError: self.tr(
                "The server's certificate is not trusted. If your ministry uses a TLS proxy, "
                "set its CA bundle in Settings."
            ),
            AuthFailed: self.tr("Wrong email or password."),
            NotSignedIn: self.tr("You are not signed in: sign in first."),
            SessionExpired: self.tr("Your session has expired or was revoked: sign in again."),
            ServerError: self.tr("The server had a problem; try again later."),
            RateLimited: self.tr("The server is busy; try again in a moment."),
        }

    def offline_at(self, server: str) -> str:
        """`Offline` when the address that could not be reached is known."""
        return self.tr("Cannot reach {server}: you seem to be offline.").format(server=server)

    def storage_messages(self) -> dict[str, str]:
        """Codes of a broken disk or profile (desktop/storage/storage_errors.py)."""
        restore = self.tr(
            "Restore the profile folder {folder} from a backup, or move that folder away, "
            "start again and sign in: what was synced comes back from the server; changes "
            "made here since the last sync would be lost."
        )
        return {
            "disk_full": self.tr(
                "The disk that holds the profile folder {folder} is full. Free space on it and "
                "try again; nothing you typed is lost."
            ),
            "disk_write_failed": self.tr(
                "The disk that holds the profile folder {folder} refused a write (it is full, "
                "or failing). Free space on it and try again; nothing you typed is lost."
            ),
            "database_damaged": self.tr("This profile's database is damaged ({path}).")
            + " "
            + restore,
            "database_emptied": self.tr(
                "This profile's database {path} is missing or empty, although the profile had one."
            )
            + " "
            + restore,
            "profile_file_damaged": self.tr(
                "{path} is damaged, so this profile cannot be opened. Restore that file (or "
                "the whole profile folder {folder}) from a backup, or move the folder away, "
                "start again and sign in: what was synced comes back from the server; changes "
                "made here since the last sync would be lost."
            ),
        }

    def initiatives_needed(self, n: int) -> str:
        return self.tr("List at least %n initiative(s) to submit", "", n)


def _params(params: Mapping[str, Any]) -> dict[str, Any]:
    """Params shown as words of the interface language: titles, states, countries."""
    language = i18n.current_language()
    labels = Labels()
    # Codes, references and numbers read left to right; a person's name is text like any other.
    out = {key: value if key == "name" else ltr(value) for key, value in params.items()}
    if "label" in params:
        out["field"] = translated_title(str(params["label"]))
    states = labels.report_state()
    for key in ("state", "old", "new"):
        if key in params:
            out[key] = label(states, str(params[key]))
    if "country" in params:
        out["country"] = country_name(str(params["country"]), language)
        out["prefix"] = ltr(f"{params['country']}-")  # a reference's prefix: "SN-"
    if "dialogue" in params:
        out["dialogue"] = label(labels.dialogue(), str(params["dialogue"]))
    if "role" in params:
        out["role"] = label(labels.role(), str(params["role"]))
    return out


def _fill(template: str | None, params: Mapping[str, Any], english: str) -> str:
    if not template:
        return english
    try:
        return template.format_map(_params(params))
    except (KeyError, IndexError, ValueError):
        return english  # a param the template needs did not come: the English text says it


def field_message(error: FieldError) -> str:
    """One field error as a sentence in the interface language."""
    messages = Messages()
    if error.code == "initiatives_needed":
        return messages.initiatives_needed(int(error.params.get("min") or 1))
    code = f"{error.code}_by" if error.params.get("name") else error.code  # who holds it
    template = messages.field_messages().get(code) or messages.rejection_messages().get(code)
    return _fill(template, error.params, error.message)


def server_message(code: str | None, message: str, params: Mapping[str, Any] | None = None) -> str:
    """A whole-request error from the server: its code's sentence, else the server's text."""
    template = Messages().api_messages().get(code or "")
    return _fill(template, params or {}, message)


def error_text(exc: BaseException) -> str:
    """What to tell the user about a failed operation, in the interface language: a broken disk
    or profile first, then the server's error code, then the kind of failure found here, then
    the exception's own text."""
    broken = classify(exc)
    if broken is not None:
        template = Messages().storage_messages().get(broken.code)
        if template:
            return template.format_map({k: ltr(v) for k, v in broken.params.items()})
    code = getattr(exc, "code", None)
    fields = [
        FieldError.from_dict(f) for f in getattr(exc, "fields", None) or [] if isinstance(f, dict)
    ]
    if code:
        known = Messages().api_messages().get(code)
        if known and fields:  # what to fix, field by field
            return f"{known} " + "; ".join(field_message(f) for f in fields)
        if known:
            return known
    messages = Messages()
    if isinstance(exc, Offline) and exc.server:
        return messages.offline_at(ltr(exc.server))
    client = messages.client_messages()
    for cls in type(exc).__mro__:  # the most precise class first (NotSignedIn, then its base)
        if cls in client:
            return client[cls]
    return str(exc) or type(exc).__name__
