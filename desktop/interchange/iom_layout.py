"""Where each incident field sits in IOM's files: CSV columns and API JSON keys.

Internal names are the `incident.data` names of docs/protocol.md, except `coordinates`, which IOM
keeps as one "lat, lon" text and the reader splits into `latitude` and `longitude`.
"""

from __future__ import annotations

# The CSV download's header, in IOM's order and spelling, plus the cause as reported (IOM's
# free text before its seven categories) beside the categories. The writer emits this row.
CSV_HEADER: tuple[str, ...] = (
    "Main ID", "Incident ID", "Region", "Incident Date", "Year", "Reported Month",
    "Number Dead", "Minimum Estimated Number of Missing", "Number of Survivors",
    "Number of Females", "Number of Males", "Number of Children", "Region of Origin",
    "Cause of Death", "Cause of Death (reported)", "Country of Origin", "Location of death",
    "Information Source",
    "Coordinates", "Migration route", "URL", "UNSD Geographical Grouping", "Source Quality",
)  # fmt: skip

# Column names (case and spacing ignored) → internal name; older downloads' names included.
CSV_COLUMNS: dict[str, str] = {
    "main id": "main_id",
    "web id": "main_id",
    "incident id": "incident_id",
    "region": "region",
    "region of incident": "region",
    "incident date": "incident_date",
    "reported date": "incident_date",
    "number dead": "number_dead",
    "minimum estimated number of missing": "number_missing",
    "number missing": "number_missing",
    "number of survivors": "number_survivors",
    "number of females": "number_females",
    "number of males": "number_males",
    "number of children": "number_children",
    "region of origin": "region_of_origin",
    "cause of death": "cause_of_death",
    "cause of death (category)": "cause_of_death",
    "cause of death (reported)": "cause_of_death_reported",
    "reported cause of death": "cause_of_death_reported",
    "country of origin": "country_of_origin",
    "country of incident": "country_of_incident",
    "location of death": "location",
    "location description": "location",
    "information source": "source",
    "coordinates": "coordinates",
    "location coordinates": "coordinates",
    "migration route": "route",
    "url": "url",
    "unsd geographical grouping": "unsd_grouping",
    "source quality": "source_quality",
    # only to place an incident in time when its date is empty
    "year": "year",
    "reported year": "year",
    "incident year": "year",
    "reported month": "month",
}

# API JSON keys → internal name. `location_coodinates` is IOM's own spelling.
JSON_KEYS: dict[str, str] = {
    "web_id": "main_id",
    "incident_id": "incident_id",
    "region": "region",
    "reported_date": "incident_date",
    "incident_date": "incident_date",
    "number_dead": "number_dead",
    "number_missing": "number_missing",
    "number_of_survivors": "number_survivors",
    "number_of_female": "number_females",
    "number_of_male": "number_males",
    "number_of_children": "number_children",
    "cause_death": "cause_of_death",
    "cause_of_death": "cause_of_death",
    "cause_of_death_reported": "cause_of_death_reported",
    "country_of_incident": "country_of_incident",
    "location_description": "location",
    "unsd_geographic_grouping": "unsd_grouping",
    "location_coodinates": "coordinates",
    "location_coordinates": "coordinates",
    "migration_route": "route",
    "information_source": "source",
    "url": "url",
    "source_quality": "source_quality",
    "region_origin": "region_of_origin",
    "country_origin": "country_of_origin",
    "reported_year": "year",
    "incident_year": "year",
    "reported_month": "month",
}

# Columns IOM derives from others; the reader ignores them and the writer recomputes them.
# (Year and Reported Month are read, but only to place an incident whose date is empty.)
DERIVED_COLUMNS = frozenset({"total dead and missing"})
TIME_HINTS = ("year", "month")
DERIVED_JSON_KEYS = frozenset({"total_dead_and_missing"})

COUNT_FIELDS: tuple[str, ...] = (
    "number_dead", "number_missing", "number_survivors",
    "number_females", "number_males", "number_children",
)  # fmt: skip
TEXT_FIELDS: tuple[str, ...] = (
    "main_id", "incident_id", "region", "country_of_incident", "location", "route",
    "region_of_origin", "country_of_origin", "source", "url", "unsd_grouping",
    "cause_of_death_reported",
)  # fmt: skip

# A file needs a date and some identifier; without them it is not an IOM incident list.
REQUIRED_FIELDS = ("incident_date",)
ID_FIELDS = ("incident_id", "main_id")


def column_key(name: str) -> str:
    """A header cell as looked up in `CSV_COLUMNS`: case and runs of spaces ignored."""
    return " ".join(name.replace("\ufeff", "").split()).casefold()
