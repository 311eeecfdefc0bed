"""What a sync run reports, and the clock check it makes: light enough for the quick path
(`desktop.sync.quick`) to import without the engine and its stores."""

from __future__ import annotations

from dataclasses import dataclass, field

CLOCK_SKEW_LIMIT_SECONDS = 300  # a device clock off by more than this is a warning


@dataclass
class SyncSummary:
    pushed: int = 0
    pulled: int = 0
    conflicts: int = 0
    rejected: int = 0
    repulled: bool = False
    warnings: list[str] = field(default_factory=list)

    def line(self) -> str:
        return (
            f"pushed {self.pushed}, pulled {self.pulled}, {self.conflicts} conflicts, "
            f"{self.rejected} rejected"
        )
