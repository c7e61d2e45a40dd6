"""The trigger span of each event is stored in its own columns (migration 0003), on every backend."""

from datetime import date

from dyad.store import open_store
from tests.conftest import code


def test_trigger_offsets_are_stored(store_address, coder):
    text = "Slovakia expelled two Czech diplomats on Tuesday."
    result = code(coder, text, date(2026, 3, 6))
    with open_store(store_address) as store:
        assert store.add(result)
        rows = store.query("SELECT id, trigger_start, trigger_end FROM events")
        versions = [v for (v,) in store.query("SELECT version FROM schema_migrations")]
    assert 3 in versions
    assert rows and {r[0] for r in rows} == {e.id for e in result.events}
    for _, start, end in rows:
        assert text[start:end] == "expelled"
