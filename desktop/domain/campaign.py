"""A JVAP data-collection campaign and its versioned form definition (server-authored).

The campaign's title, section titles, question labels and help, and choice labels are
`LocalText`: a plain string (English) or `{"en": …, "fr": …, "pt": …, "ar": …}` with English
required. A choice is a plain string (its own value and English label) or `{"value": …,
"label": LocalText}`; answers always store the value, whatever the language they were given in.
"""

from __future__ import annotations

from datetime import date
from enum import StrEnum
from typing import Annotated, Literal

from pydantic import BaseModel, ConfigDict, Field, model_validator

from .errors import Invalid
from .local_text import local_text, text_in
from .types import MAX_INITIATIVES, Day

MAX_SECTIONS = 100
MAX_QUESTIONS = 500  # in one section
MAX_CHOICES = 300  # of one question (a list of countries fits)
MAX_FORM_VERSION = 1_000_000

KIND = "campaign"


class QuestionType(StrEnum):
    TEXT = "text"
    LONG_TEXT = "long_text"
    NUMBER = "number"
    MONEY = "money"
    DATE = "date"
    CHOICE = "choice"
    MULTI_CHOICE = "multi_choice"
    COUNTRY_LIST = "country_list"


class _Part(BaseModel):
    model_config = ConfigDict(extra="forbid", str_strip_whitespace=True, defer_build=True)


class Choice(_Part):
    value: str = Field(title="Choice value", min_length=1, max_length=200)
    label: local_text(500) = Field(title="Choice label")


class Question(_Part):
    id: str = Field(title="Question ID", pattern=r"^[a-z0-9_.]+$", max_length=64)
    type: QuestionType = Field(title="Question type")
    label: local_text(1000) = Field(title="Question")
    help: local_text(5000) | None = Field(None, title="Help text")
    required: bool = Field(False, title="Required")
    choices: list[Annotated[str, Field(min_length=1, max_length=200)] | Choice] = Field(
        default_factory=list, title="Choices", max_length=MAX_CHOICES
    )
    min: float | None = Field(None, title="Minimum")
    max: float | None = Field(None, title="Maximum")

    @model_validator(mode="after")
    def _choices_when_needed(self) -> Question:
        needs = self.type in {QuestionType.CHOICE, QuestionType.MULTI_CHOICE}
        if needs and not self.choices:
            raise Invalid(
                "choices_needed", f"Question {self.id} needs a list of choices", question=self.id
            )
        values = self.values()
        for value in values:
            if values.count(value) > 1:
                raise Invalid(
                    "choice_twice",
                    f"Question {self.id} offers the choice “{value}” twice",
                    question=self.id,
                    value=value,
                )
        return self

    def values(self) -> list[str]:
        """The stored values of the choices (a plain-string choice is its own value)."""
        return [c if isinstance(c, str) else c.value for c in self.choices]

    def options(self, language: str) -> list[tuple[str, str]]:
        """(label in `language`, value) of each choice, in the form's order."""
        return [
            (c, c) if isinstance(c, str) else (text_in(c.label, language), c.value)
            for c in self.choices
        ]

    def choice_label(self, value: str, language: str) -> str:
        """The label of a stored answer; the value itself when the form no longer offers it."""
        return next((text for text, v in self.options(language) if v == value), value)

    def label_in(self, language: str) -> str:
        return text_in(self.label, language)

    def help_in(self, language: str) -> str:
        return text_in(self.help, language)


class Section(_Part):
    id: str = Field(title="Section ID", pattern=r"^[a-z0-9_.]+$", max_length=64)
    title: local_text(500) = Field(title="Section title")
    domain: int | None = Field(None, title="JVAP domain", ge=1, le=5)
    questions: list[Question] = Field(
        default_factory=list, title="Questions", max_length=MAX_QUESTIONS
    )

    def title_in(self, language: str) -> str:
        return text_in(self.title, language)


class FormDefinition(_Part):
    version: int = Field(title="Form version", ge=1, le=MAX_FORM_VERSION)
    sections: list[Section] = Field(title="Sections", min_length=1, max_length=MAX_SECTIONS)
    initiatives: bool = Field(True, title="Initiatives repeat group")
    min_initiatives: int = Field(0, title="Minimum number of initiatives", ge=0, le=MAX_INITIATIVES)

    @model_validator(mode="after")
    def _unique_ids(self) -> FormDefinition:
        seen: set[str] = set()
        for question in self.questions():
            if question.id in seen:
                raise Invalid(
                    "question_twice",
                    f"Question ID {question.id} is used twice",
                    question=question.id,
                )
            seen.add(question.id)
        return self

    def questions(self) -> list[Question]:
        return [q for section in self.sections for q in section.questions]


class Campaign(_Part):
    dialogue: Literal["rabat", "khartoum", "c2cmmd"] = Field(title="Dialogue")
    title: local_text(300) = Field(title="Title")
    period: str = Field(title="Period", min_length=4, max_length=20)
    opens: Day = Field(title="Opens")
    closes: Day = Field(title="Closes")
    form: FormDefinition = Field(title="Form")

    @model_validator(mode="after")
    def _dates(self) -> Campaign:
        if self.closes < self.opens:
            raise Invalid("closes_before_opens", "The campaign must close after it opens")
        return self

    def title_in(self, language: str) -> str:
        return text_in(self.title, language)

    def is_open(self, today: date) -> bool:
        return self.opens <= today <= self.closes
