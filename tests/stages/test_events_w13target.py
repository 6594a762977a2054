"""Targets the sentence names in a construction the events stage did not read (issue 9, round 5, w13target):
the one an object-control verb is said of ("allowed Y to ..."), an object hung on the first of two coordinated
verbs, the subject a passive conjunct shares, the maker of a judged thing named by an object relative ("the plan
Y proposed"), courts ruling on a party, whose act an appeal asks for ("called for Y's resignation", "called for
the government of Y to ..."), and a small clause the parser split ("called Y's decision shameful"). Each rule
has a twin where no party is named and no target may be made up. Every sentence is invented; the countries are
fictional."""
from __future__ import annotations

import pytest

from .test_events import triples

GROUPS = {"Ruritanian government": "RURGOV", "Freedonian court": "FREJUD", "Ruritanian rebels": "RURREB",
          "Freedonian troops": "FREMIL"}


def coded(pipeline, text: str) -> list[tuple[str, str | None, str | None]]:
    return triples(pipeline, text, GROUPS)


@pytest.mark.parametrize("text, expected", [
    # object control read by the parser as a clause with its own subject: the one allowed is the object
    ("Freedonia allowed Ruritania to open a consulate.", ("080", "FRE", "RUR")),
    # left-node raising: the object after both verbs, hung on the first, is the second one's too
    ("Freedonia surrounded and threatened Ruritania.", ("130", "FRE", "RUR")),
    # a passive conjunct with no subject of its own shares the first verb's, the one acted upon
    ("Ruritania is already under sanctions, and was condemned by Freedonia on Monday.", ("111", "FRE", "RUR")),
    ("Ruritania attacked Sylvania and was condemned by Freedonia.", ("111", "FRE", "RUR")),
    # the maker of a judged thing, named by an object relative clause
    ("Freedonia rejected the plan Ruritania proposed.", ("120", "FRE", "RUR")),
    ("Freedonia criticized the law the Ruritanian government passed.", ("111", "FRE", "RURGOV")),
    ("Freedonia criticized the law that Ruritania passed.", ("111", "FRE", "RUR")),
    # ... of a verb or of an event noun, wherever the parser hangs the noun's phrase
    ("Freedonia filed a lawsuit against the decree the Ruritanian government signed.", ("115", "FRE", "RURGOV")),
    ("Freedonia voiced opposition to the plan Ruritania proposed.", ("110", "FRE", "RUR")),
    # courts ruling on a party (PETRARCH OVERRULE [120], RULE (IN FAVOUR) [051]); the act's owner is its target
    ("The Freedonian court ruled against Ruritania.", ("120", "FREJUD", "RUR")),
    ("The Freedonian court ruled in favour of Ruritania.", ("051", "FREJUD", "RUR")),
    ("The Freedonian court struck down Ruritania's order.", ("120", "FREJUD", "RUR")),
    ("The Freedonian court overturned the ban the Ruritanian government imposed.", ("120", "FREJUD", "RURGOV")),
    # an appeal for an act is made to whose act it is: its possessor or its "by" agent
    ("Freedonia called for the Ruritanian government's resignation.", ("020", "FRE", "RURGOV")),
    ("Freedonia called for the release of the envoy by the Ruritanian rebels.", ("020", "FRE", "RURREB")),
    # a demand or request made as a that-clause: its subject is the one who is to act
    ("Freedonia demanded that Ruritania withdraw its troops.", ("100", "FRE", "RUR")),
    ("Freedonia requested that Ruritania extradite the suspect.", ("020", "FRE", "RUR")),
    # "called for [the government of Y] [to reduce ...]": the parser's split of "for Y to V"
    ("Freedonia called for the government of Ruritania to reduce corruption.", ("020", "FRE", "RUR")),
    # an allegation whose object says whose act is alleged accuses that party
    ("Freedonia alleged Ruritanian involvement.", ("112", "FRE", "RUR")),
    ("Freedonia alleged fraud by the Ruritanian government.", ("112", "FRE", "RURGOV")),
    # evaluative speech whose clause names the party judged by its act
    ("Freedonia said Ruritania's response was inadequate.", ("111", "FRE", "RUR")),
    ("The Freedonian court said the Ruritanian government's candidacy was inappropriate.", ("111", "FREJUD", "RURGOV")),
    # "called [Y's decision shameful]" read as a clause whose subject is the thing called
    ("Freedonia called Ruritania's decision shameful.", ("111", "FRE", "RUR")),
])
def test_a_named_target(pipeline, text, expected) -> None:
    assert expected in coded(pipeline, text)


@pytest.mark.parametrize("text, expected", [
    # nobody allowed: the clause's subject is a thing
    ("Freedonia allowed the consulate to open.", ("080", "FRE", None)),
    # the object before the second verb is the first verb's only
    ("Freedonia attacked Ruritania and retreated.", None),
    # a subject relative says what the plan did, not who made it
    ("Freedonia rejected the plan that failed in the end.", ("120", "FRE", None)),
    # "struck down" a party is an attack, not a ruling
    ("Freedonian troops struck down Ruritanian rebels.", ("190", "FREMIL", "RURREB")),
    # the "of" object of a demanded release is the one released, not the one asked
    ("Freedonia called for the release of Ruritania's envoy.", ("020", "FRE", None)),
    # an allegation of no one's act accuses nobody
    ("Freedonia alleged fraud.", ("112", "FRE", None)),
    # help is not a party asked to act
    ("Freedonia appealed for help to rebuild the city.", ("020", "FRE", None)),
])
def test_no_target_made_up(pipeline, text, expected) -> None:
    found = coded(pipeline, text)
    if expected is None:  # "retreated" acts on nobody: no event of it names Ruritania after the first verb
        assert [t for t in found if t[0] != "190"] == [] or all(t[2] != "RUR" for t in found if t[0] != "190")
    else:
        assert expected in found


def test_a_verdict_on_no_party_is_no_event(pipeline) -> None:
    assert coded(pipeline, "Freedonia said the weather was inadequate.") == []


def test_a_thing_called_with_no_owner_blames_nobody(pipeline) -> None:
    # the split small clause is read, but a decision with no owner names no party blamed
    assert all(t[2] is None for t in coded(pipeline, "Freedonia called the decision shameful."))
