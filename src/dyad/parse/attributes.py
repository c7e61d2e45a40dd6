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
from collections.abc import Callable, Iterable

import numpy
from spacy.attrs import DEP, LEMMA, LOWER, MORPH, ORTH, POS, TAG
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


# What a token's attribute rules and lemma may depend on for them to be remembered: attributes of the
# word itself (its lexeme), its tag and its dependency label. Anything else makes the cache stand aside.
WORD_ATTRIBUTES = {"ORTH", "TEXT", "LOWER", "NORM", "SHAPE", "PREFIX", "SUFFIX", "LENGTH", "IS_SPACE",
                   "IS_PUNCT", "IS_ALPHA", "IS_DIGIT", "IS_LOWER", "IS_UPPER", "IS_TITLE", "TAG", "DEP"}
ANNOTATED = [TAG, DEP, POS, MORPH, LEMMA]
CACHE_LIMIT = 200_000  # about 60 MB; cleared when full


class RememberedAnnotations:
    """The attribute ruler and the lemmatizer, remembered per (word, tag, dependency label).

    After the tagger and parser, what those two components give a token (part of speech, morphology,
    lemma, and the tag and label the ruler may reset) depends only on the word, its tag and its label,
    except where a rule of several tokens applies, which is part of the key. So each combination is
    worked out once, by the components themselves on a one-word document, and written into every later
    document in one array: together they were an eighth of the parse, most of it Python per token.
    """

    def __init__(self, ruler: AttributeRuler, lemmatizer: Callable[[Doc], Doc]) -> None:
        self.ruler, self.lemmatizer = ruler, lemmatizer
        self.vocab = ruler.vocab
        self.cache: dict[tuple[int, int, int, tuple[int, ...]], tuple[int, ...]] = {}
        self.several = Matcher(ruler.vocab)
        self.indices: dict[int, tuple[int, int]] = {}  # rule key -> (rule index, token within the match)
        self.usable = True
        for index, rule in enumerate(ruler.patterns):
            for pattern in rule["patterns"]:
                if len(pattern) > 1:
                    key = self.vocab.strings.add(f"several {index}")
                    self.several.add(key, [pattern])
                    self.indices[key] = (index, rule.get("index", 0))
                elif any(set(test) - WORD_ATTRIBUTES for test in pattern):
                    self.usable = False

    def _several_rules(self, doc: Doc) -> dict[int, tuple[int, ...]]:
        """The rules of several tokens that set something on a token, by the token's position."""
        rules: dict[int, tuple[int, ...]] = {}
        for key, start, end in self.several(doc, allow_missing=True, as_spans=False):
            index, within = self.indices[key]
            position = (end if within < 0 else start) + within
            rules[position] = (*rules.get(position, ()), index)
        return rules

    def _annotate_fully(self, doc: Doc) -> Doc:
        return self.lemmatizer(self.ruler(doc))

    def _work_out(self, words: list[tuple[int, int, int]]) -> list[tuple[int, ...]]:
        """What the components give each of `words` (word, tag, label), alone: all in one document,
        one word a line, or one by one where a rule of several tokens would join neighbours."""
        strings = self.vocab.strings
        lines = Doc(self.vocab, words=[strings[orth] for orth, _, _ in words], spaces=[True] * len(words))
        lines.from_array([TAG, DEP], numpy.array([[tag, dep] for _, tag, dep in words], dtype=numpy.uint64))
        if len(words) > 1 and self.several(lines, allow_missing=True, as_spans=False):
            return [value for word in words for value in self._work_out([word])]
        return [tuple(values) for values in self._annotate_fully(lines).to_array(ANNOTATED).tolist()]

    def __call__(self, doc: Doc) -> Doc:
        if not self.usable or len(doc) == 0:
            return self._annotate_fully(doc)
        several = self._several_rules(doc) if len(self.several) else {}
        words = doc.to_array([ORTH, TAG, DEP]).tolist()
        keys = [(orth, tag, dep, several.get(i, ())) for i, (orth, tag, dep) in enumerate(words)]
        cache = self.cache
        missing = [key for key in keys if key not in cache]
        if any(key[3] for key in missing):  # a rule of several tokens on a new word: only the document says
            self._annotate_fully(doc)
            for key, values in zip(keys, doc.to_array(ANNOTATED).tolist(), strict=True):
                cache[key] = tuple(values)
            return doc
        if len(cache) + len(missing) > CACHE_LIMIT:
            cache.clear()
            missing = keys
        missing = list(dict.fromkeys(missing))
        for key, values in zip(missing, self._work_out([key[:3] for key in missing]), strict=True):
            cache[key] = values
        doc.from_array(ANNOTATED, numpy.array([cache[key] for key in keys], dtype=numpy.uint64))
        return doc


@Language.factory("remembered_annotations")
def make_remembered_annotations(nlp: Language, name: str) -> RememberedAnnotations:
    return RememberedAnnotations(nlp.get_pipe("attribute_ruler"), nlp.get_pipe("lemmatizer"))


def remember_annotations(nlp: Language) -> None:
    """Replace the pipeline's attribute ruler and lemmatizer (if it has both, in that order) by one
    component that runs them once per word, tag and label."""
    names = nlp.pipe_names
    if "attribute_ruler" in names and "lemmatizer" in names and names.index("lemmatizer") > names.index(
            "attribute_ruler"):
        nlp.add_pipe("remembered_annotations", after="lemmatizer")
        nlp.disable_pipe("attribute_ruler")
        nlp.disable_pipe("lemmatizer")
