"""What one group of events adds up to: counts by quad class, Goldstein, conflict score, sources."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

QUAD_NAMES = {
    1: "verbal cooperation",
    2: "material cooperation",
    3: "verbal conflict",
    4: "material conflict",
}


@dataclass(slots=True)
class Totals:
    events: int = 0
    verbal_cooperation: int = 0
    material_cooperation: int = 0
    verbal_conflict: int = 0
    material_conflict: int = 0
    goldstein_sum: float = 0.0
    conflict_score: float = 0.0  # sum of |Goldstein| over conflict events (quad classes 3 and 4)
    articles: int = 0  # distinct articles: the sources
    hosts: int = 0  # distinct URL hosts, where URLs are known
    mentions: int | None = None  # the raw reports, when `events` counts event clusters

    @classmethod
    def from_row(cls, row: tuple[Any, ...], mentions: Any = None) -> Totals:
        """From the columns of `sql.AGGREGATES`, in their order (and the raw reports, if counted apart)."""
        n, q1, q2, q3, q4, gsum, conflict, articles, hosts = row
        return cls(
            int(n),
            int(q1 or 0),
            int(q2 or 0),
            int(q3 or 0),
            int(q4 or 0),
            float(gsum or 0.0),
            float(conflict or 0.0),
            int(articles or 0),
            int(hosts or 0),
            None if mentions is None else int(mentions),
        )

    @property
    def goldstein_mean(self) -> float | None:
        return round(self.goldstein_sum / self.events, 3) if self.events else None

    @property
    def conflict_events(self) -> int:
        return self.verbal_conflict + self.material_conflict

    def to_dict(self) -> dict[str, Any]:
        return {
            "events": self.events,
            "verbal_cooperation": self.verbal_cooperation,
            "material_cooperation": self.material_cooperation,
            "verbal_conflict": self.verbal_conflict,
            "material_conflict": self.material_conflict,
            "goldstein_sum": round(self.goldstein_sum, 2),
            "goldstein_mean": self.goldstein_mean,
            "conflict_score": round(self.conflict_score, 2),
            "articles": self.articles,
            "hosts": self.hosts,
            **({} if self.mentions is None else {"mentions": self.mentions}),
        }
