"""Modality knowledge (data/modality.yaml): negation, conditionals, the future, and statement frames."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from dyad.knowledge.tables import longest_prefix, read_yaml


@dataclass(slots=True)
class ModalityRules:
    negating_verbs: frozenset[str]
    negating_phrasal: frozenset[tuple[str, str]]
    hypothetical_marks: frozenset[str]
    hypothetical_modals: frozenset[str]
    hedges: frozenset[str]
    future_modals: frozenset[str]
    frame_verbs: dict[str, str]
    light_verbs: frozenset[str]
    causal_verbs: frozenset[str]
    threat_codes: dict[str, str]
    intent_codes: dict[str, str]
    appeal_codes: dict[str, str]
    demand_codes: dict[str, str]
    statement_roots: frozenset[str]
    reciprocal_codes: tuple[str, ...]
    joint_codes: tuple[str, ...]
    reciprocal_triggers: frozenset[str]
    converse_codes: dict[str, str]
    habitual_adverbs: frozenset[str]

    @classmethod
    def load(cls, path: Path) -> ModalityRules:
        data = read_yaml(path)
        negating = [str(v) for v in data.get("negating_verbs", [])]

        def table(key: str) -> dict[str, str]:
            return {str(k): str(v) for k, v in data.get(key, {}).items()}

        return cls(
            negating_verbs=frozenset(v for v in negating if " " not in v),
            negating_phrasal=frozenset(tuple(v.split(" ", 1)) for v in negating if " " in v),  # type: ignore[misc]
            hypothetical_marks=frozenset(data.get("hypothetical_marks", [])),
            hypothetical_modals=frozenset(data.get("hypothetical_modals", [])),
            hedges=frozenset(data.get("hedges", [])),
            future_modals=frozenset(data.get("future_modals", [])),
            frame_verbs={str(k): str(v) for k, v in data.get("frame_verbs", {}).items()},
            light_verbs=frozenset(data.get("light_verbs", [])),
            causal_verbs=frozenset(data.get("causal_verbs", [])),
            threat_codes=table("threat_codes"),
            intent_codes=table("intent_codes"),
            appeal_codes=table("appeal_codes"),
            demand_codes=table("demand_codes"),
            statement_roots=frozenset(str(v) for v in data.get("statement_roots", [])),
            reciprocal_codes=tuple(str(v) for v in data.get("reciprocal_codes", [])),
            joint_codes=tuple(str(v) for v in data.get("joint_codes", [])),
            reciprocal_triggers=frozenset(data.get("reciprocal_triggers", [])),
            converse_codes=table("converse_codes"),
            habitual_adverbs=frozenset(data.get("habitual_adverbs", [])),
        )

    def statement_code(self, frame: str, code: str, quad_class: int) -> str | None:
        """The CAMEO code of announcing (`threat`/`intent`), requesting (`appeal`) or demanding the act."""
        if code[:2] in self.statement_roots:
            return code
        if frame == "appeal":
            return longest_prefix(self.appeal_codes, code)
        if frame == "demand":
            return longest_prefix(self.demand_codes, code)
        if frame in {"threat", "intent"}:
            table = self.threat_codes if quad_class >= 3 else self.intent_codes
            return longest_prefix(table, code)
        return None

    def is_reciprocal(self, code: str, trigger: str = "") -> bool:
        return code.startswith(self.reciprocal_codes) or trigger in self.reciprocal_triggers
