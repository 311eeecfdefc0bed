"""The empty template as an Excel workbook: the header row, drop-down lists for the choices,
and an "Instructions" sheet explaining every column. Its texts are ours, but go through the
same escape as every other sheet (`desktop.domain.spreadsheet`), so none can start a formula."""

from __future__ import annotations

import logging
from pathlib import Path

from openpyxl import Workbook
from openpyxl.styles import Alignment, Font
from openpyxl.utils import get_column_letter
from openpyxl.worksheet.datavalidation import DataValidation

from desktop.domain.spreadsheet import inert_cell, inert_text

from .atomic_file import atomic_path
from .case_template import BOOL, CHOICE, CHOICE_LABELS, LANGUAGES, NO, TEMPLATES, YES, Column
from .xlsx_cells import HEADER_ALIGNMENT, HEADER_FILL, HEADER_FONT
from .xlsx_writer import PERSONAL_FIELDS

log = logging.getLogger(__name__)

INSTRUCTIONS_SHEET = "Instructions"
TEMPLATE_ROWS = 5000  # rows the drop-down lists cover
_TEXT = {
    "en": {
        "sheet": "Missing cases",
        "columns": ("Column", "What to write", "Allowed values", "Personal data"),
        "intro": (
            "One row a case, from row 2. Keep the first row: the import reads the columns by "
            "their names (English or French), in any order; columns you do not need can be "
            "deleted.",
            "The Reference is the case's identity: importing the file again changes nothing, "
            "and a changed row updates the case with that reference.",
            "Lists: values separated by “; ”. Dates: Excel dates or YYYY-MM-DD text "
            "(DD/MM/YYYY is read day first). Yes/No for consents.",
            "Rows with a problem are listed with their row number, column and reason; the "
            "other rows are imported.",
        ),
    },
    "fr": {
        "sheet": "Dossiers de disparus",
        "columns": ("Colonne", "Que saisir", "Valeurs permises", "Données personnelles"),
        "intro": (
            "Un dossier par ligne, à partir de la ligne 2. Gardez la première ligne : "
            "l'import lit les colonnes par leur nom (français ou anglais), dans n'importe quel "
            "ordre ; les colonnes inutiles peuvent être supprimées.",
            "La Référence est l'identité du dossier : réimporter le fichier ne change rien, "
            "et une ligne modifiée met à jour le dossier de cette référence.",
            "Listes : valeurs séparées par « ; ». Dates : dates Excel ou texte AAAA-MM-JJ "
            "(JJ/MM/AAAA est lu jour d'abord). Oui/Non pour les consentements.",
            "Les lignes qui posent problème sont listées avec leur numéro, leur colonne et la "
            "raison ; les autres lignes sont importées.",
        ),
    },
}


def template_kinds() -> tuple[str, ...]:
    return tuple(TEMPLATES)


def write_template(path: str | Path, kind: str, *, language: str = "en") -> int:
    """Write the empty template of `kind`; returns how many columns it has."""
    if kind not in TEMPLATES:
        raise ValueError(
            f"there is no template for “{kind}”; use one of: {', '.join(template_kinds())}"
        )
    if language not in LANGUAGES:
        raise ValueError(f"the template comes in {' or '.join(LANGUAGES)}, not “{language}”")
    columns = TEMPLATES[kind]
    text = _TEXT[language]
    workbook = Workbook()
    sheet = workbook.active
    sheet.title = text["sheet"]
    _header(sheet, [column.header(language) for column in columns])
    for index, column in enumerate(columns, start=1):
        letter = get_column_letter(index)
        sheet.column_dimensions[letter].width = max(14, min(40, len(column.header(language)) + 4))
        allowed = _allowed(column, language)
        if allowed and column.type in (CHOICE, BOOL):
            rule = DataValidation(type="list", formula1=f'"{",".join(allowed)}"', allow_blank=True)
            rule.error = _choice_error(column, language, allowed)
            rule.errorTitle = column.header(language)
            rule.add(f"{letter}2:{letter}{TEMPLATE_ROWS + 1}")
            sheet.add_data_validation(rule)
    sheet.freeze_panes = "A2"
    personal = PERSONAL_FIELDS.get(kind, ())
    _instructions(workbook.create_sheet(INSTRUCTIONS_SHEET), columns, personal, language)
    workbook.properties.title = f"{text['sheet']} — Focal Point Desk template"
    with atomic_path(path) as temp:
        workbook.save(temp)
    log.info("wrote the %s template (%s)", kind, language)
    return len(columns)


def _header(sheet, names: list[str]) -> None:
    for index, name in enumerate(names, start=1):
        cell = sheet.cell(row=1, column=index, value=inert_text(name))
        cell.font, cell.fill, cell.alignment = HEADER_FONT, HEADER_FILL, HEADER_ALIGNMENT


def _allowed(column: Column, language: str) -> list[str]:
    if column.type == BOOL:
        return [YES[language], NO[language]]
    if column.type == CHOICE:
        return [str(code) for code in CHOICE_LABELS[column.choices or ""]]
    return []


def _choice_error(column: Column, language: str, allowed: list[str]) -> str:
    if language == "fr":
        return f"Choisissez une des valeurs : {', '.join(allowed)}"
    return f"Choose one of: {', '.join(allowed)}"


def _allowed_text(column: Column, language: str) -> str:
    if column.type == CHOICE:
        pick = 1 if language == "fr" else 0
        pairs = CHOICE_LABELS[column.choices or ""].items()
        return "; ".join(f"{code} ({labels[pick]})" for code, labels in pairs)
    if column.type == BOOL:
        return f"{YES[language]}; {NO[language]}"
    return ""


def _instructions(sheet, columns: tuple[Column, ...], personal, language: str) -> None:
    text = _TEXT[language]
    wrap = Alignment(wrap_text=True, vertical="top")
    for line in text["intro"]:
        sheet.append([inert_text(line)])
        sheet.merge_cells(start_row=sheet.max_row, end_row=sheet.max_row, start_column=1,
                          end_column=4)  # fmt: skip
        sheet.cell(row=sheet.max_row, column=1).alignment = wrap
        sheet.row_dimensions[sheet.max_row].height = 45
    sheet.append([])
    sheet.append([inert_text(name) for name in text["columns"]])
    for cell in sheet[sheet.max_row]:
        cell.font = Font(bold=True)
    for column in columns:
        allowed = _allowed_text(column, language)
        holds = (YES if column.path in personal else NO)[language]
        cells = [column.header(language), column.help(language), allowed, holds]
        sheet.append([inert_cell(cell) for cell in cells])
        for cell in sheet[sheet.max_row]:
            cell.alignment = wrap
    for letter, width in zip("ABCD", (34, 80, 50, 18), strict=True):
        sheet.column_dimensions[letter].width = width
