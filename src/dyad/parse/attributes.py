"""spaCy's `attribute_ruler`, with its one-word rules looked up instead of matched.

The English pipeline's attribute ruler (tag to part of speech, pronoun morphology, a few lemmas) runs a
`Matcher` over 179 patterns, which tries every pattern at every token: about a sixth of the parse. Most
patterns test one token's tag, its lower-case form, or both, so a dictionary keyed by those finds the
same matches; only the rest (several tokens, dependency labels, regular expressions, negated sets) still
go through a `Matcher`. The ruler stays in the pipeline and applies the matches itself, in its own order
(later rules win): only how it finds them changes, so its annotations are its own
(tests/parse/test_attributes.py compares them token by token).
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable

from spacy.attrs import LOWER, TAG
from spacy.language import Language
from spacy.matcher import Matcher
from spacy.pipeline import AttributeRuler
from spacy.tokens import Doc

Match = tuple[int, int, int, int]  # (rule index, rule key, start, end), as AttributeRuler.match gives them


def _values(spec: object) -> list[str] | None:
    """The strings a one-word pattern's value accepts (an exact string or an `IN` list); None when the
    value is anything else (a regular expression, `NOT_IN`, ...)."""
    if isinstance(spec, str):
        return [spec]
    if isinstance(spec, dict) and set(spec) == {"IN"}:
        return list(spec["IN"])
    return None


def _lookup_keys(pattern: list[dict]) -> list[tuple[str | None, str | None]] | None:
    """(tag, lower) keys under which a pattern is found by lookup (None for a test it does not make), or
    None when it needs the Matcher."""
    if len(pattern) != 1 or not pattern[0] or set(pattern[0]) - {"TAG", "LOWER"}:
        return None
    tags = _values(pattern[0]["TAG"]) if "TAG" in pattern[0] else [None]
    lowers = _values(pattern[0]["LOWER"]) if "LOWER" in pattern[0] else [None]
    if tags is None or lowers is None:
        return None
    return [(tag, lower) for tag in tags for lower in lowers]


class IndexedMatches:
    """Finds `ruler`'s matches: one-word rules by lookup, the others by a smaller Matcher."""

    def __init__(self, ruler: AttributeRuler) -> None:
        self.ruler = ruler
        strings = ruler.vocab.strings
        self.by_tag: dict[int, list[int]] = defaultdict(list)
        self.by_lower: dict[int, list[int]] = defaultdict(list)
        self.by_both: dict[tuple[int, int], list[int]] = defaultdict(list)
        self.keys: list[int] = []
        self.matcher = Matcher(ruler.vocab)
        for index, rule in enumerate(ruler.patterns):
            key = strings.add(str(index))  # the key AttributeRuler.add gave the rule
            self.keys.append(key)
            matched = []
            for pattern in rule["patterns"]:
                lookups = _lookup_keys(pattern)
                if lookups is None:
                    matched.append(pattern)
                    continue
                for tag, lower in lookups:
                    if tag is not None and lower is not None:
                        self.by_both[strings.add(tag), strings.add(lower)].append(index)
                    elif tag is not None:
                        self.by_tag[strings.add(tag)].append(index)
                    else:
                        self.by_lower[strings.add(lower)].append(index)
            if matched:
                self.matcher.add(key, matched)

    def _looked_up(self, doc: Doc) -> Iterable[Match]:
        by_tag, by_lower, by_both, keys = self.by_tag, self.by_lower, self.by_both, self.keys
        for i, (tag, lower) in enumerate(doc.to_array([TAG, LOWER]).tolist()):
            for index in (*by_tag.get(tag, ()), *by_lower.get(lower, ()), *by_both.get((tag, lower), ())):
                yield index, keys[index], i, i + 1

    def __call__(self, doc: Doc) -> list[Match]:
        matches = list(self._looked_up(doc))
        matches += [(int(self.ruler.vocab.strings[key]), key, start, end)
                    for key, start, end in self.matcher(doc, allow_missing=True, as_spans=False)]
        matches.sort()
        return matches


def index_attribute_ruler(nlp: Language) -> None:
    """Let the pipeline's attribute ruler (if it has one) find its matches by lookup."""
    if "attribute_ruler" in nlp.pipe_names:
        ruler = nlp.get_pipe("attribute_ruler")
        ruler.match = IndexedMatches(ruler)
