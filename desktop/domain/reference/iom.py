"""IOM Missing Migrants Project vocabularies: migration routes, regions, causes of death.

Causes of death: since 2022 IOM records one or more of seven categories (`CAUSES_OF_DEATH`).
Its records from 2014–2021 carry free text instead ("Presumed drowning", "Car Accident",
"Unknown (skeletal remains)", "Hypothermia, Drowning", "Vehicle_Accident "…).
`map_causes(text)` maps such text to the categories with `CAUSE_RULES`, a table of word rules:

1. The text is tidied: underscores become spaces, runs of spaces one, case is ignored.
2. Parts that are exactly one of the seven categories (any case or spacing) are taken as they
   are; such text alone is not "reported" text and is not kept separately.
3. The rest is cut at commas, semicolons and bars into pieces. Each rule, in table order, looks
   for its words anywhere in a piece; what a rule matched is not seen by later rules (so
   "Fall from train" is transport, not a fall, and "Car accident" is not also an accident).
4. The categories found are kept in the order their words appear, each once.
5. A piece no rule matches is named in `unmatched`; when nothing matches at all, the category
   is "Mixed or unknown". The reported text is always kept beside the categories.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

CAUSES_OF_DEATH: tuple[str, ...] = (
    "Drowning",
    "Harsh environmental conditions / lack of adequate shelter, food, water",
    "Vehicle accident / death linked to hazardous transport",
    "Violence",
    "Sickness / lack of access to adequate healthcare",
    "Accidental death",
    "Mixed or unknown",
)

MIGRATION_ROUTES: tuple[str, ...] = (
    "Central Mediterranean",
    "Western Mediterranean",
    "Eastern Mediterranean",
    "Western Africa / Atlantic route to the Canary Islands",
    "Sahara Desert crossing",
    "Eastern Route to/from EHOA",
    "Southern Route to/from EHOA",
    "Northern Route to/from EHOA",
    "Mainland Europe to the UK",
    "Western Balkans",
    "Türkiye-Europe land route",
    "Iran to Türkiye",
    "Afghanistan to Iran",
    "Sea crossings to Mayotte",
    "Bay of Bengal/Andaman Sea",
    "Naf River crossing",
    "US-Mexico border crossing",
    "Darien",
    "Caribbean to Central America",
    "Haiti to Dominican Republic",
)

REGIONS: tuple[str, ...] = (
    "Mediterranean", "Northern Africa", "Western Africa", "Eastern Africa", "Middle Africa",
    "Southern Africa", "Europe", "Western Asia", "Southern Asia", "South-eastern Asia",
    "Eastern Asia", "Central Asia", "Central America", "Caribbean", "South America",
    "North America",
)  # fmt: skip

_CAUSES_BY_FOLDED = {cause.casefold(): cause for cause in CAUSES_OF_DEATH}


def canonical_cause(text: str) -> str | None:
    """IOM's spelling of a cause of death, matched without regard to case; None if unknown."""
    return _CAUSES_BY_FOLDED.get(" ".join(text.split()).casefold())


DROWNING, HARSH, VEHICLE, VIOLENCE, SICKNESS, ACCIDENT, UNKNOWN = CAUSES_OF_DEATH

# Word rules for IOM's free-text causes (see the module's docstring for how they apply). Each
# is a regular expression matched without regard to case, from the start of a word; the most
# specific rules come first because what a rule matches is hidden from the rules after it.
CAUSE_RULES: tuple[tuple[str, str], ...] = (
    # transport first: falls from, suffocation in, and being hit by vehicles are transport deaths
    (r"\b(?:fell|falls?|fallen|falling|jump(?:ed|ing)?|thrown)\s+(?:from|off|out of)\s+"
     r"(?:a\s+|the\s+)?(?:moving\s+)?(?:train|truck|lorry|bus|vehicle|car|van|pick-?up)",
     VEHICLE),
    (r"\b(?:suffocat|asphyxi)\w*\s+(?:in|inside)\s+(?:a\s+|the\s+)?"
     r"(?:truck|lorry|container|van|vehicle|trailer|car|boot)", VEHICLE),
    (r"\b(?:hit|struck|run over|ran over|killed|crushed)\s+by\s+(?:a\s+|the\s+)?"
     r"(?:car|vehicle|truck|lorry|train|bus|van|motorbike|motorcycle)", VEHICLE),
    (r"\b(?:car|cars|vehicle|truck|lorry|bus|train|road|traffic|van|motorbike|motorcycle|"
     r"pick-?up|tractor)\b(?:\s+(?:accident|crash|collision|rollover|overturned))?", VEHICLE),
    (r"\b(?:plane|aircraft|airplane|stowaway|landing gear|wheel well)\b", VEHICLE),
    (r"\bhazardous transport", VEHICLE),
    # at sea
    (r"\bdrown\w*", DROWNING),
    (r"\b(?:capsiz\w*|shipwreck\w*|sank|sunk|sinking|overboard|lost at sea|missing at sea)",
     DROWNING),
    (r"\b(?:sea|river|canal|boat)\b", DROWNING),
    # the environment
    (r"\b(?:hypotherm\w*|froze|frozen|freez\w*|frostbite|cold)\b", HARSH),
    (r"\b(?:dehydrat\w*|thirst\w*|lack of water|no water)", HARSH),
    (r"\b(?:hypertherm\w*|heat\s*stroke|sun\s*stroke|heat exhaustion|heat|sun exposure)\b",
     HARSH),
    (r"\b(?:exposure|starv\w*|malnutrition|hunger|exhaust\w*|harsh|weather|shelter|desert)",
     HARSH),
    (r"\b(?:suffocat\w*|asphyxi\w*)", HARSH),
    # sickness (before violence: a heart attack is not an attack)
    (r"\b(?:heart attack|sick\w*|ill\b|illness\w*|disease\w*|medic\w*|health\w*|infect\w*|"
     r"heart\b|cardiac|"
     r"cancer|diabet\w*|malaria|tuberculosis|covid\w*|pregnan\w*|childbirth|organ failure|"
     r"epilep\w*|stroke\b)", SICKNESS),
    # violence
    (r"\b(?:shot|shoot\w*|gunshot\w*|gunfire|gun|firearm\w*|bullet\w*|"
     r"shell(?:ing|ed))\b", VIOLENCE),
    (r"\b(?:violen\w*|beat(?:en|ing|ings)?|stab\w*|murder\w*|kill(?:ed|ing|ings)?|"
     r"homicide|tortur\w*|assault\w*|attack\w*|abuse\w*|rape\w*|execut\w*|strangl\w*)",
     VIOLENCE),
    # other accidents
    (r"\b(?:fall|falls|fallen|falling|fell|electrocut\w*|crush\w*|burn\w*|fire|accident\w*)",
     ACCIDENT),
    # nothing known
    (r"\b(?:unknown|skelet\w*|remains|mixed|undetermined|unclear|not known|decompos\w*|bones?)",
     UNKNOWN),
)  # fmt: skip

_RULES = tuple((re.compile(pattern, re.IGNORECASE), cause) for pattern, cause in CAUSE_RULES)
_SEPARATORS = ",;|"
# A category as a whole part of the text: after the start or a separator, before one or the end.
_EXACT = tuple(
    (
        re.compile(
            r"(?:^|(?<=[,;|]))\s*"
            + r"\s*".join(re.escape(word) for word in cause.split())
            + r"\s*(?=$|[,;|])",
            re.IGNORECASE,
        ),
        cause,
    )
    for cause in sorted(CAUSES_OF_DEATH, key=len, reverse=True)
)
_PIECE = re.compile(r"[^,;|]+")


@dataclass(frozen=True)
class CauseMapping:
    """What `map_causes` made of a text: categories, the text to keep, what matched nothing."""

    categories: tuple[str, ...]
    reported: str | None  # the text as written (tidied), or None when it was only categories
    unmatched: tuple[str, ...]  # pieces that no rule matched


def map_causes(text: str | None) -> CauseMapping:
    """IOM's categories for a cause of death written as free text (see the module docstring)."""
    return _map_tidied(" ".join((text or "").split()))


@lru_cache(maxsize=4096)  # IOM's free text repeats: a few hundred distinct causes in 17,800
def _map_tidied(reported: str) -> CauseMapping:
    if not reported:
        return CauseMapping((), None, ())
    rest = reported.replace("_", " ")
    found: list[tuple[int, str]] = []
    for pattern, cause in _EXACT:
        rest = _consume(pattern, cause, rest, 0, found)
    if not rest.strip(_SEPARATORS + " "):
        return CauseMapping(_in_order(found), None, ())
    unmatched: list[str] = []
    for piece in _PIECE.finditer(rest):
        words = piece.group(0)
        if not any(ch.isalnum() for ch in words):
            continue
        before = len(found)
        for pattern, cause in _RULES:
            words = _consume(pattern, cause, words, piece.start(), found)
        if len(found) == before:
            unmatched.append(piece.group(0).strip())
    categories = _in_order(found) or (UNKNOWN,)
    return CauseMapping(categories, reported, tuple(unmatched))


def _consume(pattern: re.Pattern, cause: str, text: str, offset: int, found: list) -> str:
    """Record each match of `pattern` and blank it out (same length, so positions hold)."""
    out, last = [], 0
    for match in pattern.finditer(text):
        found.append((offset + match.start(), cause))
        out.append(text[last : match.start()])
        out.append(" " * (match.end() - match.start()))
        last = match.end()
    if not out:
        return text
    out.append(text[last:])
    return "".join(out)


def _in_order(found: list[tuple[int, str]]) -> tuple[str, ...]:
    return tuple(dict.fromkeys(cause for _, cause in sorted(found, key=lambda item: item[0])))
