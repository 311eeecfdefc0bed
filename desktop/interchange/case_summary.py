"""What a case import did: counts, and the rejected rows with their column and reason."""

from __future__ import annotations

from dataclasses import dataclass, field

from desktop.domain.errors import FieldError


@dataclass(frozen=True)
class RejectedRow:
    position: int
    problems: tuple[tuple[str | None, FieldError], ...]  # (column header or None, problem)
    unit: str = "row"

    @property
    def reason(self) -> str:
        return "; ".join(f"{c}: {e.message}" if c else e.message for c, e in self.problems)

    def lines(self) -> list[str]:
        """One line a problem: "row 7, Date of birth: …" (or "row 7: …" for the whole row)."""
        where = f"{self.unit} {self.position}"
        return [
            f"{where}, {c}: {e.message}" if c else f"{where}: {e.message}" for c, e in self.problems
        ]

    def __str__(self) -> str:
        return "\n".join(self.lines())


@dataclass
class CaseImportSummary:
    """What an import did; every row of the file is counted exactly once."""

    format: str
    total: int
    unit: str = "row"
    added: int = 0
    updated: int = 0
    unchanged: int = 0
    duplicates: int = 0  # rows repeating an earlier row of the same file exactly
    rejected: list[RejectedRow] = field(default_factory=list)
    warnings: list[tuple[int, FieldError]] = field(default_factory=list)  # (row, what)

    def __str__(self) -> str:
        line = (
            f"{self.added} added, {self.updated} updated, {self.unchanged} unchanged, "
            f"{len(self.rejected)} rejected"
        )
        if self.duplicates:
            line += f", {self.duplicates} repeated in the file"
        return line
