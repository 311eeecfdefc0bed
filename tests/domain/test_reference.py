"""Reference data: partner countries and their names, dialogues, domains, IOM vocabularies."""

from __future__ import annotations

import pycountry

from desktop.domain.reference.countries import (
    PARTNER_COUNTRIES,
    country_by_name,
    country_name,
    is_partner,
    sorted_partner_countries,
)
from desktop.domain.reference.dialogues import DIALOGUES, dialogues_of
from desktop.domain.reference.iom import CAUSES_OF_DEATH, canonical_cause
from desktop.domain.reference.jvap import DOMAINS, PRIORITY_AREAS


def test_the_66_partner_countries_are_real_iso_codes():
    assert len(PARTNER_COUNTRIES) == 66
    for code in PARTNER_COUNTRIES:
        assert pycountry.countries.get(alpha_2=code) is not None, code


def test_names_exist_in_the_four_languages():
    assert country_name("SN", "en") == "Senegal"
    assert country_name("SN", "fr") == "Sénégal"
    assert country_name("CV", "pt") == "Cabo Verde"
    assert country_name("MA", "ar") == "المغرب"
    for code in PARTNER_COUNTRIES:
        for language in ("fr", "pt", "ar"):
            assert country_name(code, language) != code


def test_sorting_follows_the_language():
    french = [name for _, name in sorted_partner_countries("fr")]
    assert french == sorted(french, key=str.casefold)


def test_iom_country_names_map_to_codes():
    assert country_by_name("Morocco") == "MA"
    assert country_by_name("Türkiye") == "TR"
    assert country_by_name("The Gambia") == "GM"
    assert country_by_name("Unknown") is None


def test_partner_organisations_sit_beside_countries():
    assert is_partner("SN") and is_partner("ECOWAS") and not is_partner("XX")


def test_dialogues_cover_their_regions():
    assert set(DIALOGUES) == {"rabat", "khartoum", "c2cmmd"}
    assert {d.code for d in dialogues_of("SN")} == {"rabat", "c2cmmd"}
    assert {d.code for d in dialogues_of("ER")} == {"khartoum", "c2cmmd"}
    assert {d.code for d in dialogues_of("ES")} == {"rabat", "khartoum", "c2cmmd"}
    for dialogue in DIALOGUES.values():
        assert dialogue.members <= set(PARTNER_COUNTRIES)


def test_five_jvap_domains_with_priority_areas():
    assert sorted(DOMAINS) == [1, 2, 3, 4, 5]
    assert all(code.split(".")[0] in "12345" for code in PRIORITY_AREAS)


def test_iom_causes_match_whatever_the_case():
    assert canonical_cause("  drowning ") == "Drowning"
    assert canonical_cause("Mixed or unknown") in CAUSES_OF_DEATH
    assert canonical_cause("Unknown cause") is None
