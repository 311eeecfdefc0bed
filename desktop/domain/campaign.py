"""A JVAP data-collection campaign and its versioned form definition (server-authored)."""

from __future__ import annotations

from datetime import date
from enum import StrEnum
from typing import Literal

from pydantic import BaseModel, ConfigDict, Field, model_validator

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
    model_config = ConfigDict(extra="forbid", str_strip_whitespace=True)


class Question(_Part):
    id: str = Field(title="Question ID", pattern=r"^[a-z0-9_.]+$", max_length=64)
    type: QuestionType = Field(title="Question type")
    label: str = Field(title="Question", min_length=1, max_length=1000)
    help: str | None = Field(None, title="Help text")
    required: bool = Field(False, title="Required")
    choices: list[str] = Field(default_factory=list, title="Choices")
    min: float | None = Field(None, title="Minimum")
    max: float | None = Field(None, title="Maximum")

    @model_validator(mode="after")
    def _choices_when_needed(self) -> Question:
        needs = self.type in {QuestionType.CHOICE, QuestionType.MULTI_CHOICE}
        if needs and not self.choices:
            raise ValueError(f"Question {self.id} needs a list of choices")
        return self


class Section(_Part):
    id: str = Field(title="Section ID", pattern=r"^[a-z0-9_.]+$", max_length=64)
    title: str = Field(title="Section title", min_length=1)
    domain: int | None = Field(None, title="JVAP domain", ge=1, le=5)
    questions: list[Question] = Field(default_factory=list, title="Questions")


class FormDefinition(_Part):
    version: int = Field(title="Form version", ge=1)
    sections: list[Section] = Field(title="Sections", min_length=1)
    initiatives: bool = Field(True, title="Initiatives repeat group")
    min_initiatives: int = Field(0, title="Minimum number of initiatives", ge=0)

    @model_validator(mode="after")
    def _unique_ids(self) -> FormDefinition:
        seen: set[str] = set()
        for question in self.questions():
            if question.id in seen:
                raise ValueError(f"Question ID {question.id} is used twice")
            seen.add(question.id)
        return self

    def questions(self) -> list[Question]:
        return [q for section in self.sections for q in section.questions]


class Campaign(_Part):
    dialogue: Literal["rabat", "khartoum", "c2cmmd"] = Field(title="Dialogue")
    title: str = Field(title="Title", min_length=1, max_length=300)
    period: str = Field(title="Period", min_length=4, max_length=20)
    opens: date = Field(title="Opens")
    closes: date = Field(title="Closes")
    form: FormDefinition = Field(title="Form")

    @model_validator(mode="after")
    def _dates(self) -> Campaign:
        if self.closes < self.opens:
            raise ValueError("The campaign must close after it opens")
        return self

    def is_open(self, today: date) -> bool:
        return self.opens <= today <= self.closes
