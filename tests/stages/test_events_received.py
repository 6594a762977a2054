"""What is received comes from the giver: "Peru received aid from Chile" is Chile aiding Peru (CAMEO 070), and
"received weapons from X" X's military aid (072), as the rows with role undergo code it. Read with the receiver
as the doer, the aid went the wrong way. Hosting a visitor ("received the envoy") stays the receiver's act. The
whole pipeline runs; the sentences are invented."""
from __future__ import annotations

import pytest

from .test_events import affirmed, full_events


@pytest.mark.parametrize("text, expected", [
    ("Peru received aid from Chile on Monday.", ("070", "CHL", "PER")),
    ("Bolivia received weapons from Brazil in May.", ("072", "BRA", "BOL")),
])
def test_the_giver_is_the_doer(pipeline, text: str, expected) -> None:
    assert expected in affirmed(full_events(pipeline, text))


def test_receiving_a_visitor_is_the_hosts_act(pipeline) -> None:
    found = affirmed(full_events(pipeline, "The Peruvian president received the Chilean foreign minister in Lima."))
    assert ("043", "PERGOV", "CHLGOV") in found
