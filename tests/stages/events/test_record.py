"""Actor codes as events write them (`stages/events/record.py`), on actors made up for these tests."""
from __future__ import annotations

from eventwire.records import Actor
from eventwire.stages.events import record


def _actor(code: str | None, country: str | None, sector: str | None, kind: str = "group") -> Actor:
    return Actor("a1", "the invented ones", kind, country, sector, code, ())


def test_no_actor_no_code() -> None:
    assert record.actor_code(None) is None


def test_a_sector_with_no_country_is_written_with_dashes() -> None:
    assert record.actor_code(_actor("REB", None, "REB")) == "---REB"


def test_a_primary_agent_code_stands_alone() -> None:
    assert record.actor_code(_actor("NGO", None, "NGO"), frozenset({"NGO"})) == "NGO"


def test_a_coded_actor_keeps_its_code_else_its_country() -> None:
    assert record.actor_code(_actor("RUSGOV", "RUS", "GOV")) == "RUSGOV"
    assert record.actor_code(_actor(None, "FRA", None, kind="country")) == "FRA"
