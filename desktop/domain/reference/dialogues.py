"""The three intergovernmental dialogues and their member countries among the partners."""

from __future__ import annotations

from dataclasses import dataclass

from .countries import PARTNER_COUNTRIES


def _codes(text: str) -> frozenset[str]:
    return frozenset(text.split(" "))


EUROPEAN_PARTNERS = _codes(
    "AT BE BG HR CY CZ DK EE FI FR DE GR HU IE IT LV LT LU MT NL NO PL PT RO SK SI ES SE CH"
)


@dataclass(frozen=True)
class Dialogue:
    code: str
    name: str
    members: frozenset[str]


RABAT = Dialogue(
    "rabat",
    "Rabat Process",
    EUROPEAN_PARTNERS
    | _codes("DZ BJ BF CV CM CF TD CG CI CD GQ GA GM GH GN GW LR LY ML MR MA NE NG ST SN SL TG TN"),
)
KHARTOUM = Dialogue(
    "khartoum",
    "Khartoum Process",
    EUROPEAN_PARTNERS | _codes("DJ EG ER ET KE LY SO SS SD TN UG"),
)
C2CMMD = Dialogue(
    "c2cmmd",
    "Continent-to-Continent Migration and Mobility Dialogue",
    frozenset(PARTNER_COUNTRIES),
)

DIALOGUES: dict[str, Dialogue] = {d.code: d for d in (RABAT, KHARTOUM, C2CMMD)}


def dialogues_of(country: str) -> list[Dialogue]:
    return [d for d in DIALOGUES.values() if country in d.members]
