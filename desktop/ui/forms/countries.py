"""Country choices: every ISO 3166 country, named in the interface language, partners first."""

from __future__ import annotations

from functools import cache

import pycountry

from desktop.domain.reference.countries import PARTNER_COUNTRIES, country_name

from .widgets import ValueCombo


@cache
def country_items(language: str = "en", partners_only: bool = False) -> tuple[tuple[str, str]]:
    codes = PARTNER_COUNTRIES if partners_only else [c.alpha_2 for c in pycountry.countries]
    items = [(f"{country_name(code, language)} ({code})", code) for code in codes]
    return tuple(sorted(items, key=lambda item: item[0].casefold()))


def country_combo(language: str = "en", *, blank: str = "", partners_only: bool = False):
    return ValueCombo(country_items(language, partners_only), blank=blank, editable=True)
