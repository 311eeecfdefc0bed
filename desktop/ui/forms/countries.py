"""Country pickers: every ISO 3166 country by its name in the interface language, found by
typing any part of the name (case and accents ignored: "cote" finds Côte d'Ivoire), or its
English name or code. The values stay ISO alpha-2 codes.

`country_combo` picks one country; `country_checklist` several (a search line over a
checklist, with the chosen ones named under it)."""

from __future__ import annotations

import unicodedata
from functools import cache
from typing import Any

import pycountry
from PySide6.QtCore import QSortFilterProxyModel, Qt, Signal
from PySide6.QtWidgets import QCompleter, QLabel, QLineEdit, QVBoxLayout, QWidget

from desktop.domain.reference.countries import PARTNER_COUNTRIES, country_name

from .widgets import CheckList, ValueCombo

SEARCH_ROLE = Qt.ItemDataRole.UserRole + 1


def folded(text: str) -> str:
    """`text` without case or accents, for matching what a person types."""
    decomposed = unicodedata.normalize("NFKD", text.casefold())
    return "".join(ch for ch in decomposed if not unicodedata.combining(ch)).replace("’", "'")


@cache
def country_items(language: str = "en", partners_only: bool = False) -> tuple[tuple[str, str]]:
    """(name in `language`, code) for every country, sorted by name as a reader expects."""
    codes = PARTNER_COUNTRIES if partners_only else [c.alpha_2 for c in pycountry.countries]
    items = [(country_name(code, language), code) for code in codes]
    return tuple(sorted(items, key=lambda item: folded(item[0])))


@cache
def _search_text(code: str, language: str) -> str:
    names = {folded(country_name(code, language)), folded(country_name(code)), folded(code)}
    return " ".join(names)


class _Matching(QSortFilterProxyModel):
    """The countries whose name (or English name, or code) contains the typed text."""

    def __init__(self, parent=None):
        super().__init__(parent)
        self.setFilterRole(SEARCH_ROLE)

    def search(self, text: str) -> None:
        self.setFilterFixedString(folded(text.strip()))


class CountryCombo(ValueCombo):
    """One country: pick from the list or type part of its name."""

    def __init__(self, language: str, parent: QWidget | None = None, *, blank: str = ""):
        super().__init__(country_items(language), parent, blank=blank, editable=True)
        for index in range(self.count()):
            code = self.itemData(index)
            if code:
                self.setItemData(index, _search_text(code, language), SEARCH_ROLE)
                self.setItemData(index, code, Qt.ItemDataRole.ToolTipRole)
        self.matching = _Matching(self)
        self.matching.setSourceModel(self.model())
        completer = QCompleter(self.matching, self)
        completer.setCompletionMode(QCompleter.CompletionMode.UnfilteredPopupCompletion)
        completer.setMaxVisibleItems(12)
        self.setCompleter(completer)
        self.lineEdit().textEdited.connect(self._search)
        self.lineEdit().setPlaceholderText(self.tr("Type to search"))

    def _search(self, text: str) -> None:
        self.matching.search(text)
        if text.strip() and self.matching.rowCount():
            self.completer().complete()

    def value(self) -> Any:
        """The chosen country's code; typed text naming exactly one country counts as it;
        other text is given to the domain as typed, so its message says what is wrong."""
        text = self.currentText().strip()
        if not text:
            return None
        wanted = folded(text)
        for index in range(self.count()):
            if self.itemData(index) and folded(self.itemText(index)) == wanted:
                return self.itemData(index)
        upper = text.upper()
        return upper if self.findData(upper) >= 0 else text


class CountryChecklist(QWidget):
    """Several countries: a search line filters the list, ticks choose, the chosen are named
    under the list. Enter in the search line ticks the first country found."""

    changed = Signal()

    def __init__(self, language: str, parent: QWidget | None = None):
        super().__init__(parent)
        self._names = dict((code, name) for name, code in country_items(language))
        self._extra: list[str] = []  # codes kept as stored although not in the list
        self.search = QLineEdit(self)
        self.search.setPlaceholderText(self.tr("Search countries"))
        self.search.setClearButtonEnabled(True)
        self.list = CheckList(country_items(language), self)
        for row in range(self.list.count()):
            item = self.list.item(row)
            code = item.data(Qt.ItemDataRole.UserRole)
            item.setData(SEARCH_ROLE, _search_text(code, language))
        self.chosen = QLabel(self)
        self.chosen.setWordWrap(True)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(2)
        layout.addWidget(self.search)
        layout.addWidget(self.list)
        layout.addWidget(self.chosen)
        self.search.textChanged.connect(self._filter)
        self.search.returnPressed.connect(self._tick_first)
        self.list.changed.connect(self._on_ticked)
        self._show_chosen()

    def _filter(self, text: str) -> None:
        needle = folded(text.strip())
        for row in range(self.list.count()):
            item = self.list.item(row)
            item.setHidden(needle not in item.data(SEARCH_ROLE))

    def _tick_first(self) -> None:
        for row in range(self.list.count()):
            item = self.list.item(row)
            if not item.isHidden() and self.list.isEnabled():
                on = item.checkState() != Qt.CheckState.Checked
                item.setCheckState(Qt.CheckState.Checked if on else Qt.CheckState.Unchecked)
                self.search.selectAll()
                return

    def _on_ticked(self) -> None:
        self._show_chosen()
        self.changed.emit()

    def _show_chosen(self) -> None:
        names = [self._names.get(code, code) for code in self.value()]
        self.chosen.setText(
            self.tr("Chosen: {names}").format(names=", ".join(names))
            if names
            else self.tr("None chosen")
        )

    def value(self) -> list[str]:
        return self.list.value() + self._extra

    def set_value(self, value: Any) -> None:
        codes = [str(v) for v in value or []]
        self._extra = [code for code in codes if code not in self._names]
        self.list.blockSignals(True)
        self.list.set_value(codes)
        self.list.blockSignals(False)
        self._show_chosen()
        self.changed.emit()

    def setReadOnly(self, read_only: bool) -> None:
        self.list.setEnabled(not read_only)


def country_combo(language: str = "en", *, blank: str = "") -> CountryCombo:
    return CountryCombo(language, blank=blank)


def country_checklist(language: str = "en") -> CountryChecklist:
    return CountryChecklist(language)
