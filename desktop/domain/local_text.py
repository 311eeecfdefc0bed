"""Text a campaign gives in the product's languages: a plain string (English) or an object of
strings by language, `{"en": …, "fr": …, "pt": …, "ar": …}`, English required.

`text_in` picks the text for a language and falls back to English string by string, so a form
is never shown blank for a language its author did not fill in.
"""

from __future__ import annotations

from typing import Annotated, Any

from pydantic import PlainValidator, WithJsonSchema

from .errors import Invalid
from .reference.countries import LANGUAGES

LocalTextValue = str | dict[str, str]


def text_in(text: LocalTextValue | None, language: str) -> str:
    """The text in `language`, else in English, else any language given; "" only for None."""
    if text is None:
        return ""
    if isinstance(text, str):
        return text
    for code in (language, "en", *LANGUAGES):
        value = text.get(code)
        if isinstance(value, str) and value.strip():
            return value
    return ""


def english(text: LocalTextValue | None) -> str:
    return text_in(text, "en")


def _checker(max_length: int):
    def check(value: Any) -> LocalTextValue:
        if isinstance(value, str):
            return _one(value, max_length)
        if not isinstance(value, dict):
            raise Invalid(
                "local_text",
                "Give a text, or an object of texts by language (en, fr, pt, ar)",
            )
        unknown = sorted(str(k) for k in value if k not in LANGUAGES)
        if unknown:
            raise Invalid(
                "local_text_language",
                f"Languages are en, fr, pt and ar, not {', '.join(unknown)}",
                languages=", ".join(unknown),
            )
        texts: dict[str, str] = {}
        for code in LANGUAGES:  # a fixed order, whatever the file's
            item = value.get(code)
            if item is None or (isinstance(item, str) and not item.strip()):
                continue
            if not isinstance(item, str):
                raise Invalid("local_text", f"The “{code}” text must be a string", language=code)
            texts[code] = _one(item, max_length)
        if "en" not in texts:
            raise Invalid(
                "local_text_english",
                "Give the English text (“en”): the other languages fall back to it",
            )
        return texts

    return check


def _one(text: str, max_length: int) -> str:
    text = text.strip()
    if not text:
        raise Invalid("empty_text", "The text cannot be empty")
    if len(text) > max_length:
        raise Invalid(
            "text_too_long", f"Keep the text under {max_length} characters", max=max_length
        )
    return text


_SCHEMA = {
    "anyOf": [
        {"type": "string"},
        {
            "type": "object",
            "properties": {code: {"type": "string"} for code in LANGUAGES},
            "required": ["en"],
            "additionalProperties": False,
        },
    ]
}


def local_text(max_length: int) -> Any:
    """The annotation of a translated text field of at most `max_length` characters each."""
    return Annotated[LocalTextValue, PlainValidator(_checker(max_length)), WithJsonSchema(_SCHEMA)]
