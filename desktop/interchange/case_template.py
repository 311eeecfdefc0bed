"""The spreadsheet template for missing cases: one row a case, one column a field.

This is the one definition of the case columns: the template (`write_case_template`), the
XLSX export of cases and the import (`import_case_file`) all read it. Each column has an
English and a French header; a file may use either, in any case, with or without accents
("Date de naissance", "date de NAISSANCE", "Date de naissance " all match), and the dotted
field name of older exports ("person.date_of_birth") is accepted too.

Cell conventions: lists (other spellings, languages, transit points, countries shared with)
are separated by "; "; dates are real dates or YYYY-MM-DD text (DD/MM/YYYY is read day
first); Yes/No or Oui/Non for booleans; countries as two-letter codes (a country's name in
English or French is read too); referrals one a line, "Organisation; YYYY-MM-DD; their
reference".
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass
from functools import lru_cache

from desktop.domain.missing_case import KIND, CaseStatus, Sex
from desktop.domain.types import DatePrecision

TEXT, LIST, DATE, INT, FLOAT = "text", "list", "date", "int", "float"
BOOL, CHOICE = "bool", "choice"
COUNTRY, COUNTRIES, UUID_TEXT, REFERRALS = "country", "countries", "uuid", "referrals"
LANGUAGES = ("en", "fr")
YES, NO = {"en": "Yes", "fr": "Oui"}, {"en": "No", "fr": "Non"}

# Each choice's code → (English label, French label). The file may hold the code or a label.
CHOICE_LABELS: dict[str, dict[str, tuple[str, str]]] = {
    "status": {
        CaseStatus.OPEN: ("Open", "Ouvert"),
        CaseStatus.TRACING: ("Tracing", "Recherche en cours"),
        CaseStatus.REFERRED: ("Referred", "Orienté"),
        CaseStatus.FOUND_ALIVE: ("Found alive", "Retrouvé vivant"),
        CaseStatus.DECEASED_IDENTIFIED: ("Deceased, identified", "Décédé, identifié"),
        CaseStatus.CLOSED: ("Closed", "Clos"),
    },
    "sex": {
        Sex.FEMALE: ("Female", "Féminin"),
        Sex.MALE: ("Male", "Masculin"),
        Sex.UNKNOWN: ("Unknown", "Inconnu"),
    },
    "precision": {
        DatePrecision.DAY: ("Day", "Jour"),
        DatePrecision.MONTH: ("Month", "Mois"),
        DatePrecision.YEAR: ("Year", "Année"),
    },
}
CHOICE_ALIASES = {"femme": "female", "homme": "male", "f": "female", "m": "male"}


@dataclass(frozen=True)
class Column:
    path: str  # dotted field of the case ("person.family_name")
    en: str
    fr: str
    type: str = TEXT
    help_en: str = ""
    help_fr: str = ""
    choices: str | None = None  # a key of CHOICE_LABELS

    def header(self, language: str = "en") -> str:
        return self.fr if language == "fr" else self.en

    def help(self, language: str = "en") -> str:
        return self.help_fr if language == "fr" else self.help_en


_C = Column
CASE_COLUMNS: tuple[Column, ...] = (
    _C("reference", "Reference", "Référence", TEXT,
       "Required. The case's identity: country code, year, number (SN-2026-0042). The code "
       "is the country the case belongs to. Importing a row again updates the case with "
       "that reference.",
       "Obligatoire. L'identité du dossier : code pays, année, numéro (SN-2026-0042). Le code "
       "est celui du pays du dossier. Réimporter une ligne met à jour le dossier de cette "
       "référence."),
    _C("status", "Status", "Statut", CHOICE, "Empty means open.", "Vide : ouvert.", "status"),
    _C("person.family_name", "Family name", "Nom de famille", TEXT,
       "The family name or the given names is required.",
       "Le nom de famille ou les prénoms sont obligatoires."),
    _C("person.given_names", "Given names", "Prénoms", TEXT,
       "All given names, as the family writes them.",
       "Tous les prénoms, comme la famille les écrit."),
    _C("person.other_spellings", "Other spellings", "Autres orthographes", LIST,
       "Other ways the name is written, separated by “; ”.",
       "Autres graphies du nom, séparées par « ; »."),
    _C("person.sex", "Sex", "Sexe", CHOICE, "Empty means unknown.", "Vide : inconnu.", "sex"),
    _C("person.date_of_birth", "Date of birth", "Date de naissance", DATE,
       "A date, or text YYYY-MM-DD. Not in the future.",
       "Une date, ou le texte AAAA-MM-JJ. Pas dans le futur."),
    _C("person.age", "Age", "Âge", INT, "Whole years, 0 to 120.", "Années entières, 0 à 120."),
    _C("person.nationality", "Nationality", "Nationalité", COUNTRY,
       "Two-letter country code (SN) or the country's name.",
       "Code pays à deux lettres (SN) ou le nom du pays."),
    _C("person.languages", "Languages", "Langues", LIST,
       "Separated by “; ”.", "Séparées par « ; »."),
    _C("person.description", "Description", "Signalement", TEXT,
       "What would help recognise the person.", "Ce qui aiderait à reconnaître la personne."),
    _C("journey.departure_place", "Place of departure", "Lieu de départ", TEXT,
       "Town or place the journey started from.", "Ville ou lieu de départ du voyage."),
    _C("journey.departure_country", "Country of departure", "Pays de départ", COUNTRY,
       "Two-letter country code or name.", "Code pays à deux lettres ou nom."),
    _C("journey.destination_country", "Intended destination", "Destination prévue", COUNTRY,
       "Two-letter country code or name.", "Code pays à deux lettres ou nom."),
    _C("journey.route", "Migration route", "Route migratoire", TEXT,
       "The route as IOM names it, e.g. Western Africa / Atlantic route to the Canary Islands.",
       "La route comme l'OIM la nomme, p. ex. Western Africa / Atlantic route to the Canary "
       "Islands."),
    _C("journey.transit_points", "Transit points", "Points de transit", LIST,
       "Places, separated by “; ”.", "Lieux, séparés par « ; »."),
    _C("last_contact.date", "Last contact date", "Date du dernier contact", DATE,
       "A date, or text YYYY-MM-DD. Not in the future.",
       "Une date, ou le texte AAAA-MM-JJ. Pas dans le futur."),
    _C("last_contact.date_precision", "Last contact date precision",
       "Précision de la date du dernier contact", CHOICE,
       "How exact the date is. Empty means day.", "Précision de la date. Vide : jour.",
       "precision"),
    _C("last_contact.place", "Last contact place", "Lieu du dernier contact", TEXT,
       "Where the person was at the last contact.",
       "Où se trouvait la personne au dernier contact."),
    _C("last_contact.country", "Last contact country", "Pays du dernier contact", COUNTRY,
       "Two-letter country code or name.", "Code pays à deux lettres ou nom."),
    _C("last_contact.latitude", "Last contact latitude", "Latitude du dernier contact", FLOAT,
       "Decimal degrees, -90 to 90; give both latitude and longitude or neither.",
       "Degrés décimaux, -90 à 90 ; la latitude et la longitude, ou aucune."),
    _C("last_contact.longitude", "Last contact longitude", "Longitude du dernier contact",
       FLOAT, "Decimal degrees, -180 to 180.", "Degrés décimaux, -180 à 180."),
    _C("last_contact.circumstances", "Circumstances", "Circonstances", TEXT,
       "What is known of the last contact and the disappearance.",
       "Ce que l'on sait du dernier contact et de la disparition."),
    _C("enquirer.name", "Enquirer name", "Nom du demandeur", TEXT,
       "The person who asks about the missing person.",
       "La personne qui recherche la personne disparue."),
    _C("enquirer.relationship", "Enquirer relationship", "Lien du demandeur",
       TEXT, "Relationship to the missing person.", "Lien avec la personne disparue."),
    _C("enquirer.contact", "Enquirer contact", "Contact du demandeur", TEXT,
       "Telephone, e-mail or address.", "Téléphone, courriel ou adresse."),
    _C("enquirer.language", "Enquirer language", "Langue du demandeur", TEXT,
       "The language to speak with the enquirer.", "La langue à parler avec le demandeur."),
    _C("consent.data_sharing", "Consent: data sharing", "Consentement : partage des données",
       BOOL, "Yes or No. Empty means No. Required to share the case with another country.",
       "Oui ou Non. Vide : Non. Nécessaire pour partager le dossier avec un autre pays."),
    _C("consent.rfl_referral", "Consent: Red Cross referral",
       "Consentement : orientation Croix-Rouge", BOOL,
       "Yes or No. Empty means No. Required before a referral to the Red Cross.",
       "Oui ou Non. Vide : Non. Nécessaire avant une orientation vers la Croix-Rouge."),
    _C("referrals", "Referrals", "Orientations", REFERRALS,
       "One a line: Organisation; YYYY-MM-DD; their reference (date and reference optional).",
       "Une par ligne : Organisation ; AAAA-MM-JJ ; leur référence (date et référence "
       "facultatives)."),
    _C("incident", "Linked incident", "Incident lié", UUID_TEXT,
       "The record identifier (UUID) of an incident, if known.",
       "L'identifiant (UUID) d'un incident, s'il est connu."),
    _C("shared_with", "Shared with", "Partagé avec", COUNTRIES,
       "Country codes separated by “; ”; needs consent to data sharing.",
       "Codes pays séparés par « ; » ; nécessite le consentement au partage."),
    _C("notes", "Notes", "Notes", TEXT, "Anything else.", "Toute autre information."),
)  # fmt: skip

TEMPLATES: dict[str, tuple[Column, ...]] = {KIND: CASE_COLUMNS}
REFERENCE = "reference"
BY_PATH: dict[str, Column] = {column.path: column for column in CASE_COLUMNS}
# Columns an export adds after the template's: an import reads past them, except that a new
# case keeps its record.id (as a JSON import keeps a record's id).
RECORD_ID_HEADER = "record.id"
# The columns an export adds after the template's (the record as it travels); an import reads
# only record.id of them.
RECORD_COLUMNS = (RECORD_ID_HEADER, "record.owner_country", "record.rev", "record.updated_at")


@lru_cache(maxsize=4096)
def fold(text: str) -> str:
    """Text compared as people read it: no accents, case, punctuation or extra spaces."""
    decomposed = unicodedata.normalize("NFKD", str(text))
    plain = "".join(c for c in decomposed if not unicodedata.combining(c)).casefold()
    return " ".join(re.sub(r"[^0-9a-z]+", " ", plain).split())


def _header_index(columns: tuple[Column, ...]) -> dict[str, Column]:
    index: dict[str, Column] = {}
    for column in columns:
        for name in (column.en, column.fr, column.path):
            index[fold(name)] = column
    return index


_INDEX = _header_index(CASE_COLUMNS)
_IGNORED = {fold(name) for name in RECORD_COLUMNS}


def match_headers(headers: list[object]) -> tuple[dict[int, Column], list[str]]:
    """Which template column each header is (by position), and the headers that are none.

    Raises `ValueError` when two headers name the same column.
    """
    found: dict[int, Column] = {}
    unknown: list[str] = []
    seen: dict[str, str] = {}
    for position, header in enumerate(headers):
        text = "" if header is None else str(header).strip()
        if not text or fold(text) in _IGNORED:
            continue
        column = _INDEX.get(fold(text))
        if column is None:
            unknown.append(text)
            continue
        if column.path in seen:
            raise ValueError(f"the columns “{seen[column.path]}” and “{text}” are the same field")
        seen[column.path] = text
        found[position] = column
    return found, unknown


def choice_code(column: Column, text: str) -> str | None:
    """The code of a choice written as its code or its English or French label."""
    wanted = fold(text)
    for code, labels in CHOICE_LABELS[column.choices or ""].items():
        if wanted in (fold(code), *(fold(label) for label in labels)):
            return str(code)
    return CHOICE_ALIASES.get(wanted) if column.choices == "sex" else None
