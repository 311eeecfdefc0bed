"""An incident in the format of IOM's Missing Migrants Project."""

from __future__ import annotations

from typing import Annotated

from pydantic import (
    AfterValidator,
    BaseModel,
    ConfigDict,
    Field,
    ValidationInfo,
    field_validator,
)

from .reference.iom import canonical_cause
from .types import (
    CODE_CHARS,
    LABEL_CHARS,
    MAX_ITEMS,
    NAME_CHARS,
    SHORT_TEXT_CHARS,
    SOURCE_CHARS,
    URL_CHARS,
    Count,
    DatePrecision,
    Latitude,
    Longitude,
    OptionalText,
    PastDay,
    WebAddresses,
)

KIND = "incident"


def _causes(values: list[str]) -> list[str]:
    out: list[str] = []
    for value in values:
        cause = canonical_cause(value)
        if cause is None:
            raise ValueError(f"“{value}” is not one of IOM's causes of death")
        if cause not in out:
            out.append(cause)
    return out


class Incident(BaseModel):
    model_config = ConfigDict(extra="forbid", str_strip_whitespace=True, defer_build=True)

    incident_id: str = Field(title="Incident ID", min_length=1, max_length=CODE_CHARS)
    main_id: OptionalText = Field(None, title="Main ID", max_length=CODE_CHARS)
    incident_date: PastDay = Field(title="Incident date")
    # IOM's older records sometimes give only the year or the month of an incident.
    incident_date_precision: DatePrecision = Field(DatePrecision.DAY, title="Date precision")
    region: OptionalText = Field(None, title="Region", max_length=LABEL_CHARS)
    country_of_incident: OptionalText = Field(
        None, title="Country of incident", max_length=LABEL_CHARS
    )
    location: OptionalText = Field(None, title="Location", max_length=SOURCE_CHARS)
    latitude: Latitude = Field(None, title="Latitude")
    longitude: Longitude = Field(None, title="Longitude", validate_default=True)
    route: OptionalText = Field(None, title="Migration route", max_length=NAME_CHARS)
    number_dead: Count = Field(None, title="Number dead")
    number_missing: Count = Field(None, title="Number missing")
    number_survivors: Count = Field(None, title="Number of survivors")
    number_females: Count = Field(None, title="Number of females")
    number_males: Count = Field(None, title="Number of males")
    number_children: Count = Field(None, title="Number of children")
    cause_of_death: Annotated[
        list[Annotated[str, Field(max_length=SHORT_TEXT_CHARS)]], AfterValidator(_causes)
    ] = Field(default_factory=list, title="Cause of death", max_length=MAX_ITEMS)
    # The cause as the source wrote it (IOM's records before its seven categories were free
    # text); `cause_of_death` holds the categories it maps to (reference.iom.map_causes).
    cause_of_death_reported: OptionalText = Field(
        None, title="Cause of death (reported)", max_length=SOURCE_CHARS
    )
    region_of_origin: OptionalText = Field(None, title="Region of origin", max_length=LABEL_CHARS)
    country_of_origin: OptionalText = Field(
        None, title="Country of origin", max_length=SHORT_TEXT_CHARS
    )
    source: OptionalText = Field(None, title="Information source", max_length=SOURCE_CHARS)
    # One or more web addresses, separated by commas, as IOM writes them: http(s) only.
    url: WebAddresses = Field(None, title="URL", max_length=URL_CHARS)
    source_quality: Annotated[int | None, Field(ge=1, le=5)] = Field(None, title="Source quality")
    unsd_grouping: OptionalText = Field(
        None, title="UNSD geographical grouping", max_length=LABEL_CHARS
    )

    # Checked on the longitude (after the latitude), so the message is shown at the fields.
    @field_validator("longitude")
    @classmethod
    def _coordinates_together(cls, value: float | None, info: ValidationInfo) -> float | None:
        if "latitude" in info.data and (info.data["latitude"] is None) != (value is None):
            raise ValueError("Give both latitude and longitude, or neither")
        return value

    @field_validator("incident_date_precision")
    @classmethod
    def _date_fits_precision(cls, precision: str, info: ValidationInfo) -> str:
        day = info.data.get("incident_date")  # validated just before (field order)
        if day is None:
            return precision
        if precision == "year" and (day.month, day.day) != (1, 1):
            raise ValueError("With only the year known, write the date as 1 January of that year")
        if precision == "month" and day.day != 1:
            raise ValueError("With only the month known, write the date as the 1st of that month")
        return precision
