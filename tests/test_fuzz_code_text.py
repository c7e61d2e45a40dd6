"""`dyad.code_text` against generated text: it returns well-formed records or refuses with an InputError,
never crashes and never hangs. Coding parses every input (about 10 ms a short text), so this runs fewer,
shorter inputs than the reader fuzz tests: DYAD_FUZZ_CODE_EXAMPLES, 1,000 by default."""

from __future__ import annotations

import json
import re
from datetime import date

import pytest
from hypothesis import example, given
from hypothesis import strategies as st

import dyad
from dyad.errors import InputError
from dyad.records import MODALITIES, CodingResult
from tests.fuzzing import CODE_TOTAL, any_text, fuzz_settings, timed

pytestmark = pytest.mark.slow

NEWS = [
    "Mexico", "Canada", "Russia", "Ukraine", "Russian forces", "Ukrainian troops", "Washington", "Beijing",
    "the president", "President Claudia Sheinbaum", "Sheinbaum", "she", "he", "they", "the ministry",
    "attacked", "signed an agreement with", "met", "accused", "threatened to strike", "urged", "did not meet",
    "would attack", "expelled", "diplomats", "on Friday", "last week", "in 2025", "near Kharkiv", "and",
    ",", ".", "said", '"', "(", ")", "—", "\n\n", "not", "may", "if", "U.S.", "Jan. 12", "talks", "aid",
    "sanctions", "Iran's", "the United Nations", "NATO", "Hamas", "Israel", "Gaza", "’s", "?", "!",
]
news = st.lists(st.sampled_from(NEWS), max_size=60).map(" ".join)
texts = st.one_of(
    news, news, any_text.map(lambda t: t[:300]), st.tuples(news, any_text).map(lambda p: p[0] + p[1][:100])
)
DAYS = st.one_of(st.none(), st.dates(min_value=date(1, 1, 1), max_value=date(9999, 12, 31)))
COUNTRY = re.compile(r"^[A-Z]{3}$")


def check(result: CodingResult, text: str) -> None:
    assert isinstance(result, CodingResult)
    for event in result.events:
        start, end = event.span
        assert 0 <= start <= end <= len(text), (event.span, len(text))
        assert event.sentence.strip() and event.sentence.strip() in text
        assert event.cameo.code.isdigit() and 1 <= event.cameo.quad_class <= 4
        assert -10 <= event.cameo.goldstein <= 10
        assert event.modality in MODALITIES
        assert 0 <= event.confidence <= 1
        for side in (event.source, event.target):
            assert side is None or side.country is None or COUNTRY.match(side.country), side
    for record in result.records():
        json.dumps(record, allow_nan=False)  # every record can be written as JSON Lines


@fuzz_settings(1.0, CODE_TOTAL)
@given(text=texts, published=DAYS, all_modalities=st.booleans())
@example(
    text="Mexico, Canada, France, Peru, Chile and Cuba attacked Brazil, India and Japan.",
    published=None,
    all_modalities=False,
)
@example(text="\x00\u202e Mexico attacked Canada.\ufeff", published=date(1, 1, 1), all_modalities=True)
@example(text="On Friday Mexico met Canada.", published=date(9999, 12, 31), all_modalities=True)
def test_code_text_never_crashes(text, published, all_modalities):
    try:
        result = timed(
            "dyad.code_text", lambda: dyad.code_text(text, published, all_modalities=all_modalities), limit=30
        )
    except InputError as error:
        assert not text.strip() and "no text" in str(error)
        return
    check(result, text)
