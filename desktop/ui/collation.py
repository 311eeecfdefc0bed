"""Sorting and matching names as people of the interface language expect: "Côte d'Ivoire"
before "Czechia" (QCollator, not code points), and "cote" finds "Côte d'Ivoire"."""

from __future__ import annotations

import unicodedata
from collections.abc import Callable, Iterable
from functools import cmp_to_key
from typing import TypeVar

from PySide6.QtCore import QCollator, QLocale, Qt

T = TypeVar("T")


def sorted_by_name(items: Iterable[T], name: Callable[[T], str], language: str) -> list[T]:
    """`items` in the alphabetical order of their `name` in `language`."""
    collator = QCollator(QLocale(language))
    collator.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
    return sorted(items, key=cmp_to_key(lambda a, b: collator.compare(name(a), name(b))))


def folded(text: str) -> str:
    """`text` without case and accents, for matching what was typed."""
    decomposed = unicodedata.normalize("NFKD", text.casefold())
    return "".join(ch for ch in decomposed if not unicodedata.combining(ch))


def matches(typed: str, text: str) -> bool:
    return folded(typed.strip()) in folded(text)
