"""What changed in a country report between two versions (the one the secretariat returned and
the one resubmitted), field by field: each answer in the form's order, then each initiative
(matched by its title) with the fields that differ, or as added / removed."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any, Literal

from .campaign import FormDefinition

INITIATIVE_FIELDS = (
    "type",
    "title",
    "description",
    "domains",
    "priority_areas",
    "countries",
    "implementing_organisations",
    "partner_organisations",
    "funding_sources",
    "budget_eur",
    "start_date",
    "end_date",
    "status",
    "target_groups",
    "link",
)


@dataclass(frozen=True)
class Change:
    """`part` "answer": `subject` is the question id. `part` "initiative": `subject` is the
    initiative's title and `field` one of its fields, or None when the whole initiative was
    `added` or `removed` (`before`/`after` None on the side where it does not exist)."""

    part: Literal["answer", "initiative"]
    subject: str
    field: str | None
    before: Any
    after: Any

    @property
    def kind(self) -> Literal["changed", "added", "removed"]:
        if self.field is None and self.before is None:
            return "added"
        if self.field is None and self.after is None:
            return "removed"
        return "changed"


def report_changes(
    form: FormDefinition | None, before: dict[str, Any], after: dict[str, Any]
) -> list[Change]:
    return answer_changes(form, before.get("answers") or {}, after.get("answers") or {}) + (
        initiative_changes(before.get("initiatives") or [], after.get("initiatives") or [])
    )


def answer_changes(
    form: FormDefinition | None, before: dict[str, Any], after: dict[str, Any]
) -> list[Change]:
    order = [q.id for q in form.questions()] if form is not None else []
    ids = order + sorted((set(before) | set(after)) - set(order))
    return [
        Change("answer", qid, qid, before.get(qid), after.get(qid))
        for qid in ids
        if not _same(before.get(qid), after.get(qid))
    ]


def initiative_changes(before: list[dict], after: list[dict]) -> list[Change]:
    old = {_key(i): i for i in before}
    new = {_key(i): i for i in after}
    changes: list[Change] = []
    for key, initiative in new.items():
        title = str(initiative.get("title") or "")
        if key not in old:
            changes.append(Change("initiative", title, None, None, initiative))
            continue
        for name in _fields(old[key], initiative):
            if not _same(old[key].get(name), initiative.get(name)):
                changes.append(
                    Change("initiative", title, name, old[key].get(name), initiative.get(name))
                )
    for key, initiative in old.items():
        if key not in new:
            changes.append(
                Change("initiative", str(initiative.get("title") or ""), None, initiative, None)
            )
    return changes


def _key(initiative: dict) -> str:
    return " ".join(str(initiative.get("title") or "").split()).casefold()


def _fields(a: dict, b: dict) -> list[str]:
    extra = sorted((set(a) | set(b)) - set(INITIATIVE_FIELDS))
    return [*INITIATIVE_FIELDS, *extra]


def _same(a: Any, b: Any) -> bool:
    """Equal, counting an empty answer ("" or [] or None) as no answer, and numbers by value."""
    if _empty(a) and _empty(b):
        return True
    if _numbers(a, b):
        return float(a) == float(b)
    return a == b


def _empty(value: Any) -> bool:
    return value is None or value == "" or value == [] or value == {}


def _numbers(a: Any, b: Any) -> bool:
    """Stored budgets may come back as "1200.00" or 1200 (JSON number vs Decimal string)."""
    try:
        float(a), float(b)
    except (TypeError, ValueError):
        return False
    return not isinstance(a, bool) and not isinstance(b, bool)
