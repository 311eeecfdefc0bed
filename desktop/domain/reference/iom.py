"""IOM Missing Migrants Project vocabularies: migration routes and causes of death."""

from __future__ import annotations

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
