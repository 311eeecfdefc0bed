"""Campaign forms in the product's languages: translated texts fall back to English string by
string, answers store the choice's value whatever its label, and plain-string campaigns (the
shape before translations) keep working. Validation messages carry a stable code."""

from __future__ import annotations

import json

import pytest

from desktop.domain.campaign import Campaign, FormDefinition
from desktop.domain.errors import FieldError
from desktop.domain.forms import validate_answers
from desktop.domain.local_text import text_in
from desktop.domain.records import check, normalise
from server_stub.campaigns import SAMPLE_CAMPAIGN

LANGUAGES = ("en", "fr", "pt", "ar")


def form(**question) -> FormDefinition:
    return FormDefinition.model_validate(
        {
            "version": 3,
            "sections": [
                {
                    "id": "d1",
                    "title": {"en": "Development", "fr": "Développement"},
                    "questions": [{"id": "d1.q", "type": "choice", "label": "Q", **question}],
                }
            ],
        }
    )


def test_a_text_falls_back_to_english_per_string_and_is_never_blank():
    text = {"en": "Adopted", "fr": "Adoptée", "ar": "  "}
    assert text_in(text, "fr") == "Adoptée"
    assert text_in(text, "pt") == "Adopted"  # not given
    assert text_in(text, "ar") == "Adopted"  # given blank
    assert text_in("Adopted", "ar") == "Adopted"  # a plain string is English
    assert text_in(None, "fr") == ""


def test_blank_translations_are_dropped_and_english_is_required():
    question = form(label={"en": " Strategy ", "fr": "", "pt": "Estratégia"}, choices=["a"])
    assert question.questions()[0].label == {"en": "Strategy", "pt": "Estratégia"}
    errors = check("campaign", {**_sample(), "title": {"fr": "Collecte"}})
    assert [(e.field, e.code) for e in errors] == [("title", "local_text_english")]
    errors = check("campaign", {**_sample(), "title": {"en": "x", "de": "y"}})
    assert [(e.field, e.code, e.params["languages"]) for e in errors] == [
        ("title", "local_text_language", "de")
    ]


def test_answers_are_the_choice_values_not_their_labels():
    choices = [
        {"value": "Adopted", "label": {"en": "Adopted", "fr": "Adoptée", "ar": "معتمدة"}},
        "No",
    ]
    definition = form(choices=choices)
    question = definition.questions()[0]
    assert question.options("ar") == [("معتمدة", "Adopted"), ("No", "No")]
    assert question.options("pt") == [("Adopted", "Adopted"), ("No", "No")]
    assert question.choice_label("Adopted", "fr") == "Adoptée"
    assert validate_answers(definition, {"d1.q": "Adopted"}, complete=True) == []
    [error] = validate_answers(definition, {"d1.q": "Adoptée"}, complete=True)
    assert error.code == "answer_choice"
    multi = form(type="multi_choice", choices=choices)
    assert validate_answers(multi, {"d1.q": ["Adopted", "No"]}, complete=True) == []
    assert validate_answers(multi, {"d1.q": ["معتمدة"]}, complete=True)[0].code == "answer_choices"


def test_a_choice_value_offered_twice_is_refused():
    with pytest.raises(ValueError, match="twice"):
        form(choices=["Yes", {"value": "Yes", "label": {"en": "Yes!"}}])


def test_a_plain_string_campaign_still_reads_and_normalises_unchanged():
    plain = {
        "dialogue": "rabat",
        "title": "JVAP 2020",
        "period": "2020",
        "opens": "2020-01-01",
        "closes": "2020-12-31",
        "form": {
            "version": 1,
            "sections": [
                {
                    "id": "d1",
                    "title": "Domain 1",
                    "questions": [
                        {"id": "d1.q", "type": "choice", "label": "Q", "choices": ["Yes", "No"]}
                    ],
                }
            ],
        },
    }
    data = normalise("campaign", plain)
    assert data["title"] == "JVAP 2020" and data["form"]["sections"][0]["title"] == "Domain 1"
    assert data["form"]["sections"][0]["questions"][0]["choices"] == ["Yes", "No"]
    campaign = Campaign.model_validate(data)
    assert campaign.title_in("ar") == "JVAP 2020" and campaign.form.version == 1
    assert validate_answers(campaign.form, {"d1.q": "Yes"}, complete=True) == []


def _sample() -> dict:
    raw = json.loads(SAMPLE_CAMPAIGN.read_text("utf-8"))
    raw.pop("id")
    return raw


def test_the_sample_campaign_is_complete_in_all_four_languages():
    raw = _sample()
    assert check("campaign", raw) == []
    texts = [raw["title"]]
    for section in raw["form"]["sections"]:
        texts.append(section["title"])
        for question in section["questions"]:
            texts += [question["label"]] + ([question["help"]] if "help" in question else [])
            for choice in question.get("choices", []):
                assert isinstance(choice, dict), choice
                texts.append(choice["label"])
    for text in texts:
        assert isinstance(text, dict) and set(text) == set(LANGUAGES), text
        assert len({text[code] for code in LANGUAGES}) > 1, text  # really translated


def test_sample_answers_stored_before_translations_stay_valid():
    campaign = Campaign.model_validate(_sample())
    old = {"d1.diaspora_strategy": "Adopted", "d3.asylum_law": "Yes", "d4.trafficking_law": "No"}
    old["d2.mobility_schemes"] = ["Seasonal work", "Students"]
    assert validate_answers(campaign.form, old, complete=False) == []


def test_every_domain_error_has_a_code_and_keeps_its_english_message():
    errors = check("missing_case", {"reference": "nope", "person": {}, "age": 3})
    codes = {e.field: e.code for e in errors}
    assert codes == {
        "reference": "reference_format",
        "person": "person_unnamed",
        "age": "unknown_field",
    }
    by_field = {e.field: e for e in errors}
    assert by_field["reference"].message.startswith("Reference “NOPE” must look like")
    assert by_field["reference"].params["value"] == "NOPE"
    [missing] = check("country_report", {"country": "SN"})
    assert (missing.code, missing.params["label"]) == ("required", "Campaign")
    error = FieldError("person.age", "Age must be between 0 and 120", "between", {"low": "0"})
    assert FieldError.from_dict(error.as_dict()) == error
    assert FieldError.from_dict({"field": "x", "message": "old"}).code == "invalid"


def test_jvap_domains_and_priority_areas_are_named_in_every_language():
    from desktop.domain.reference.jvap import (
        DOMAINS,
        PRIORITY_AREAS,
        domain_title,
        priority_area_title,
    )

    for language in LANGUAGES[1:]:
        for number, domain in DOMAINS.items():
            assert domain_title(number, language) not in ("", domain.title)
        for code, english in PRIORITY_AREAS.items():
            assert priority_area_title(code, language) not in ("", english)
    assert domain_title(3, "en") == "Protection and asylum"
    assert priority_area_title("5.2", "ar") == "العودة الطوعية المدعومة"
