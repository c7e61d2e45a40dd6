"""Who said what: direct, partial and reported quotations, each with its speaker resolved like an actor.

Quotation marks are paired on the characters (straight or curly; a quote left open at the end of a paragraph
goes on in the next one if that opens with a mark), and each stretch between marks is one quote. A quote is
*direct* when it stands as its own sentence or after "said:" / a comma, *partial* when the sentence runs
through it (`said Washington would "judge results"`). Its speaker is the subject of the speech verb the
parse attaches it to, else the one beside it in the same sentence; a quote with neither takes the speaker of
the quote it continues (same paragraph, or a paragraph carried on), and otherwise stays unattributed: never a
guess. Reported speech is the clause a speech verb governs ("said that ...", "warned ...", "according to").
"""

from __future__ import annotations

from dataclasses import dataclass

from spacy.tokens import Doc, Span, Token

from dyad.parse.nlp import text_of, words_of
from dyad.records import Actor, Quote
from dyad.resolve.actors import DocumentActors
from dyad.resolve.places import DATELINE, dateline_tokens

SPEECH_VERBS = frozenset({
    "say", "tell", "add", "write", "ask", "warn", "insist", "declare", "state", "note", "tweet", "post",
    "reply", "respond", "explain", "argue", "claim", "assert", "continue", "announce", "stress",
    "acknowledge", "conclude", "complain", "urge", "vow", "predict", "recall", "remark", "caution", "allege",
    "admit",
    "concede", "confirm", "deny", "emphasize", "emphasise", "maintain", "contend", "reiterate", "report",
    "suggest", "pledge", "promise", "threaten", "estimate", "charge", "counter", "quip", "observe", "shout",
    "testify", "wonder", "accuse", "call", "describe", "dub", "term", "brand", "label",
})
# Verbs that report a clause (indirect speech); "call", "describe" only frame partial quotes.
REPORTING_VERBS = SPEECH_VERBS - {"call", "describe", "dub", "term", "brand", "label", "ask", "wonder",
                                  "urge", "accuse", "continue", "charge", "respond", "reply"}
OPENING = {"“": "”", "«": "»", '"': '"'}
CLOSING = {"”", "»"}
DIRECT_BEFORE = set(",:;—–-(")
SENTENCE_END = {".", "!", "?"}
# Titles written with a full stop, which does not end the sentence: "Brig. Gen. Nabil Abdallah said".
ABBREVIATIONS = {"brig", "gen", "lt", "col", "sgt", "maj", "capt", "cmdr", "adm", "dr", "mr", "mrs", "ms",
                 "st", "rep", "sen", "gov", "prof", "rev", "jr", "sr", "cpl", "pvt", "insp", "supt", "amb"}
MIN_UNATTRIBUTED_WORDS = 3  # shorter quoted words with no speaker are scare quotes or titles, not quotes


@dataclass(slots=True)
class Segment:
    """The words between one pair of quotation marks (character offsets, marks excluded)."""

    start: int
    end: int
    open_mark: int
    close_mark: int | None  # None: the paragraph ended with the quote still open
    carried: bool = False  # this paragraph continues a quote left open in the previous one


@dataclass(slots=True)
class FoundQuote:
    quote: Quote
    cue: Token | None  # the speech verb, for its date (the quote's speech time)
    tokens: tuple[int, int]  # token range of the quoted words
    subject: Token | None = None  # the words naming the speaker


def quoted_segments(text: str) -> list[Segment]:
    """Pair quotation marks paragraph by paragraph; a paragraph that ends inside a quote carries it over
    when the next paragraph opens with a mark (the newspaper convention)."""
    segments: list[Segment] = []
    carried = False
    position = 0
    for paragraph in text.split("\n"):
        base = position
        position += len(paragraph) + 1
        if not paragraph.strip():
            continue
        open_at: int | None = None
        closing = ""
        last_carried = carried
        carried = False
        for offset, char in enumerate(paragraph):
            if open_at is None and char in OPENING:
                open_at, closing = base + offset, OPENING[char]
            elif open_at is not None and (char == closing or (closing == '"' and char in CLOSING)):
                segments.append(Segment(open_at + 1, base + offset, open_at, base + offset, last_carried))
                open_at, last_carried = None, False
            elif open_at is not None and char == "“" and closing == "”":
                open_at = base + offset  # an unclosed mark followed by a new one: the first was stray
        if open_at is not None:
            rest = text[position:position + 400].lstrip()
            if rest[:1] in OPENING:
                end = base + len(paragraph.rstrip())
                segments.append(Segment(open_at + 1, end, open_at, None, last_carried))
                carried = True
    return [s for s in (_trimmed(text, s) for s in segments) if s.end > s.start]


def _trimmed(text: str, segment: Segment) -> Segment:
    start, end = segment.start, segment.end
    while start < end and text[start].isspace():
        start += 1
    while end > start and (text[end - 1].isspace() or text[end - 1] in ",."):
        end -= 1
    return Segment(start, end, segment.open_mark, segment.close_mark, segment.carried)


def _is_direct(text: str, segment: Segment) -> bool:
    """Direct when nothing but punctuation or the start of a paragraph comes before the opening mark."""
    if segment.carried:
        return True
    i = segment.open_mark - 1
    while i >= 0 and text[i] in " \t":
        i -= 1
    return i < 0 or text[i] == "\n" or text[i] in DIRECT_BEFORE | SENTENCE_END | CLOSING


class QuoteFinder:
    def find(self, doc: Doc, actors: DocumentActors, article_id: str,
             places: set[int] | frozenset[int] = frozenset()) -> list[FoundQuote]:
        """The quotes of a document. Speakers are resolved by `actors` (DocumentActors), as event actors
        are; `places`, token indices naming places, are only needed when the places stage has not already
        told `actors` (`note_places`)."""
        if places and not actors.place_tokens:
            actors.note_places(set(places), actors.place_country)
        text = text_of(doc)
        segments = quoted_segments(text)
        spans = [(s, doc.char_span(s.start, s.end, alignment_mode="expand")) for s in segments]
        spans = [(s, span) for s, span in spans if span is not None and len(span)]
        inside: set[int] = {t.i for _, span in spans for t in span}
        # Token starts from spaCy's array: one pass in C, not a walk over the tokens per quote.
        starting = {idx: i for i, idx in enumerate(doc.to_array("IDX").tolist())} if spans else {}
        marks = {starting[m] for s, _ in spans for m in (s.open_mark, s.close_mark) if m in starting}
        found: list[FoundQuote] = []
        excluded = inside | dateline_tokens(doc)  # never a speaker's words
        for segment, span in spans:
            cue = self._cue_of_segment(span, inside | marks)
            subject = _subject(cue, excluded) if cue is not None else None
            kind = "direct" if _is_direct(text, segment) else "partial"
            quote = Quote(article_id=article_id, text=text[segment.start:segment.end], kind=kind,
                          cue=cue.text if cue is not None else None, span=(segment.start, segment.end),
                          speaker=_actor(subject, actors) if subject is not None else None)
            found.append(FoundQuote(quote, cue, (span.start, span.end), subject))
        _refer_back(found, actors)
        _carry_speakers(text, [s for s, _ in spans], found)
        found = [f for f in found if f.quote.speaker is not None or f.cue is not None
                 or f.tokens[1] - f.tokens[0] >= MIN_UNATTRIBUTED_WORDS]
        found += self._reported(doc, actors, article_id, inside, excluded)
        found.sort(key=lambda f: f.quote.span)
        _refer_back(found, actors)
        return found

    # ---- direct and partial quotes -----------------------------------------------------------------------
    def _cue_of_segment(self, span: Span, quoted: set[int]) -> Token | None:
        """The speech verb a quote belongs to: up the parse from its words, else beside it in its sentence."""
        for token in span:
            if token.head.i in quoted:
                continue
            head = token.head
            for _ in range(4):
                if head.i in quoted:
                    break
                if head.pos_ == "VERB" and head.lemma_.lower() in SPEECH_VERBS:
                    return head
                if head.head.i == head.i:
                    break
                head = head.head
        after = self._window(span.doc, span.end, 1, quoted)
        before = self._window(span.doc, span.start - 1, -1, quoted)
        for token in [*after, *before]:
            if token.pos_ == "VERB" and token.lemma_.lower() in SPEECH_VERBS:
                return token
        return None

    @staticmethod
    def _window(doc: Doc, start: int, step: int, quoted: set[int]) -> list[Token]:
        """Unquoted words from `start` outward until the sentence ends or another quote begins."""
        tokens: list[Token] = []
        i = start
        while 0 <= i < len(doc):
            token = doc[i]
            ends = token.text in SENTENCE_END and not (i > 0 and doc[i - 1].lower_ in ABBREVIATIONS)
            if "\n" in token.text or ends or (tokens and (i in quoted or token.text in OPENING)):
                break
            if i not in quoted and not token.is_punct:
                tokens.append(token)
            i += step
        return tokens

    # ---- reported speech ---------------------------------------------------------------------------------
    def _reported(self, doc: Doc, actors: DocumentActors, article_id: str, quoted: set[int],
                  excluded: set[int]) -> list[FoundQuote]:
        found = []
        words = words_of(doc)  # a Token is made only for the few words that can be cues
        for i, (pos, lemma, lower) in enumerate(zip(words.pos, words.lemma, words.lower, strict=True)):
            if i in quoted:
                continue
            if pos == "VERB" and lemma in REPORTING_VERBS:
                token = doc[i]
                if any(c.dep_ == "neg" for c in token.children):
                    continue
                for clause in _reported_clauses(token):
                    for start, end in _clauses(clause):
                        found += self._reported_quote(doc, (start, end), token, actors, article_id, quoted,
                                                      excluded)
            elif lower == "according":
                token = doc[i]
                if any(c.lower_ == "to" for c in token.children):
                    found += self._according_to(doc, token, actors, article_id, quoted, excluded)
        return found

    def _reported_quote(self, doc: Doc, tokens: tuple[int, int], cue: Token, actors: DocumentActors,
                        article_id: str, quoted: set[int], excluded: set[int]) -> list[FoundQuote]:
        start, end = tokens
        while start < end and (doc[start].dep_ in {"mark", "punct", "cc"} or doc[start].is_space):
            start += 1
        while end > start and (doc[end - 1].is_punct or doc[end - 1].is_space or doc[end - 1].dep_ == "cc"):
            end -= 1
        if end - start < 3 or any(i in quoted for i in range(start, end)) or not any(
                t.pos_ in {"VERB", "AUX"} for t in doc[start:end]):
            return []
        if any("\n" in t.text for t in doc[start:end]):
            return []
        span = doc[start:end]
        span = doc[_after_dateline(doc, start):end]
        subject = _subject(cue, excluded)
        quote = Quote(article_id=article_id, text=span.text, kind="indirect", cue=cue.text,
                      span=(span.start_char, span.end_char),
                      speaker=_actor(subject, actors) if subject is not None else None)
        return [FoundQuote(quote, cue, (span.start, end), subject)]

    def _according_to(self, doc: Doc, according: Token, actors: DocumentActors, article_id: str,
                      quoted: set[int], excluded: set[int]) -> list[FoundQuote]:
        """"X, according to Y." / "According to Y, X.": the rest of the sentence is what Y said."""
        sources = [g for c in according.children if c.lower_ == "to" for g in c.children if g.dep_ == "pobj"]
        if not sources:
            return []
        phrase = {t.i for t in according.subtree}
        words = [t for t in according.sent if t.i not in phrase and not t.is_punct and not t.is_space]
        if not words:
            return []
        result = self._reported_quote(doc, (words[0].i, words[-1].i + 1), according, actors, article_id,
                                      quoted, excluded)
        for item in result:
            item.subject = sources[0]
            item.quote.speaker = _actor(sources[0], actors)
            item.quote.cue = "according to"
        return result


def _reported_clauses(verb: Token) -> list[Token]:
    """The clauses a speech verb reports: its complement, or a that-clause the parser hung on the
    statement it was made in ("said in a statement that ...")."""
    clauses = [c for c in verb.children if c.dep_ == "ccomp"]
    for preposition in verb.children:
        if preposition.dep_ != "prep":
            continue
        for noun in preposition.children:
            clauses += [c for c in noun.children if c.dep_ in {"acl", "ccomp", "relcl"}
                        and any(g.dep_ == "mark" and g.lower_ == "that" for g in c.children)]
    return clauses


def _clauses(clause: Token) -> list[tuple[int, int]]:
    """The reported clause, split where a second "that" starts another ("said that A and that B")."""
    splits = [c for c in clause.children if c.dep_ == "conj" and any(g.dep_ == "mark" for g in c.children)]
    if not splits:
        return [(clause.left_edge.i, clause.right_edge.i + 1)]
    ranges = []
    start = clause.left_edge.i
    for conj in splits:
        ranges.append((start, conj.left_edge.i))
        start = conj.left_edge.i
    ranges.append((start, clause.right_edge.i + 1))
    return ranges


def _actor(token: Token, actors: DocumentActors) -> Actor | None:
    """The speaker a subject stands for; an unknown one keeps its words ("a teacher") without a name."""
    if token.tag_ in {"WP", "WDT"} or actors.is_place_not_person(token):
        return None
    resolved = actors.actor_for(token)
    if resolved is not None:
        return resolved
    if token.pos_ == "PRON":
        return None
    words = [t for t in token.subtree if t.dep_ not in {"relcl", "appos", "punct", "acl"}
             and not any(a.dep_ in {"relcl", "appos", "acl"} and a in token.subtree for a in t.ancestors
                         if a is not token and a.i != token.i)]
    words = [t for t in words if t.dep_ != "det" or t.i != token.left_edge.i]
    if not words:
        return Actor(text=token.text)
    return Actor(text=token.doc[words[0].i:words[-1].i + 1].text)


def _subject(cue: Token, excluded: set[int]) -> Token | None:
    """The subject of a speech verb, through "said ... and added" and "went on to say" (the nearest one:
    the parser sometimes makes a dateline a second subject)."""
    verb = cue
    for _ in range(3):
        subjects = [c for c in verb.children if c.dep_ in {"nsubj", "nsubjpass"}]
        # "MEXICO CITY — President Claudia Sheinbaum said": the parser may hang the subject on the dateline.
        subjects += [a for c in subjects if c.i in excluded for a in c.children if a.dep_ == "appos"]
        subjects = [c for c in subjects if c.i not in excluded]
        if subjects:
            return _named_person(min(subjects, key=lambda s: abs(s.i - verb.i)))
        if verb.dep_ in {"conj", "advcl", "xcomp"} and verb.head.i != verb.i:
            verb = verb.head
            continue
        break
    return None


def _after_dateline(doc: Doc, start: int) -> int:
    """A reported clause that opens the article starts after its dateline ("KYIV, Ukraine —")."""
    if start == 0 or doc[start].idx < 120:
        match = DATELINE.match(text_of(doc))
        if match is not None and match.end() > doc[start].idx:
            span = doc.char_span(match.end(), match.end() + 1, alignment_mode="expand")
            if span is not None:
                return max(start, span.start)
    return start


def _carry_speakers(text: str, segments: list[Segment], found: list[FoundQuote]) -> None:
    """A quote with no speech verb of its own is the speaker's who goes on: in the same paragraph, or in a
    paragraph the quote carries on into."""
    for _ in range(2):  # forward, then again for "Quote one." "Quote two," she said.
        for index, segment in enumerate(segments):
            if found[index].quote.speaker is not None:
                continue
            for other in (index - 1, index + 1):
                if not 0 <= other < len(segments) or found[other].quote.speaker is None:
                    continue
                first, second = sorted((segments[other].start, segment.start))
                same_paragraph = "\n" not in text[first:second]
                carried = (other == index - 1 and segment.carried) or (
                    other == index + 1 and segments[other].carried)
                if same_paragraph or carried:
                    found[index].quote.speaker = found[other].quote.speaker
                    found[index].cue = found[index].cue or found[other].cue  # the same speech, the same day
                    break


def _refer_back(found: list[FoundQuote], actors: DocumentActors) -> None:
    """"the ministry said": the body named before, else the one the text puts it in, else that of the
    country the text was last about (DocumentActors.body_actor, the rule events use too)."""
    for item in sorted(found, key=lambda f: f.quote.span):
        if item.subject is not None and item.quote.speaker is not None:
            item.quote.speaker = actors.body_actor(item.subject, item.quote.speaker)


def _named_person(subject: Token) -> Token:
    """"A State Department spokesman, John Miller, said": the person named beside the role is the speaker."""
    if subject.ent_type_ == "PERSON" or subject.pos_ == "PRON":
        return subject
    for child in subject.children:
        if child.dep_ in {"appos", "conj"} and child.ent_type_ == "PERSON":
            return child
    return subject
