"""Generalisation over the PLOVER codebook (issue 9): for every PLOVER event type and its main modes
(`shared/reference/plover/PLOVER_MANUAL.tex`), news-style sentences written for this suite, in varied
constructions: active, passive, nominal ("X's attack on Y"), light verbs ("held talks with"), complement
clauses ("X said it would ..."), control ("X urged Y to ..."), and negation.

The countries are fictional, so no rule can lean on a real name, and no sentence comes from an evaluation
set. A case holds when the sentence's set of PLOVER types is exactly the expected one (what the PLOVER-GSR
scorer compares) and the expected event has the expected source, target and negation. Cases the events
stage does not get right yet are marked xfail with the reason, so that they show up when they start to pass.

Run as a script (`python -m tests.stages.test_plover_codebook`) to print the table of every case: type,
sentence, expected, got.
"""
from __future__ import annotations

import sys
from typing import NamedTuple

import pytest

from .test_events import code

# Demonyms and a second fictional pair beside test_events' Freedonia / Ruritania / Sylvania.
EXTRA = {"Ruritanian": "RUR", "Sylvanian": "SYL", "Valdoria": "VAL", "Valdorian": "VAL"}


class Case(NamedTuple):
    kind: str  # the PLOVER type (and mode) the sentence illustrates
    text: str
    types: frozenset[str]  # the PLOVER types the sentence must code, exactly
    source: str | None = None  # the expected event's source code; None: not checked
    target: str | None = None  # the expected event's target code; None: not checked
    negated: bool = False
    xfail: str | None = None  # why the events stage misses it today


def case(kind: str, text: str, types: str, source: str | None = None, target: str | None = None,
         negated: bool = False, xfail: str | None = None) -> Case:
    return Case(kind, text, frozenset(t for t in types.split() if t), source, target, negated, xfail)


MAP = ("cameo_codes.tsv (CAMEO2PLOVER-2021) maps {c} to {g}; the manual says {m}: a type-mapping question "
       "not settled here")

CASES: tuple[Case, ...] = (
    # AGREE: agree to, offer, promise; future cooperative acts; future meetings
    case("AGREE", "Freedonia agreed to hold talks with Ruritania next month.", "AGREE", "FRE"),
    case("AGREE", "Ruritania offered to mediate between Freedonia and Sylvania.", "AGREE", "RUR"),
    case("AGREE", "The Freedonian president promised to sign the trade accord with Valdoria.", "AGREE", "FRE"),
    case("AGREE future meeting", "The Sylvanian prime minister will visit Freedonia next week.", "AGREE", "SYL"),
    case("AGREE complement", "Ruritania said it would send a delegation to Freedonia for negotiations.", "AGREE",
         "RUR", "FRE"),
    # CONSULT: meet, visit, host, phone
    case("CONSULT", "The Freedonian foreign minister met his Ruritanian counterpart in the capital.", "CONSULT", "FRE"),
    case("CONSULT light verb", "Freedonia held talks with Sylvania on border security.", "CONSULT", "FRE", "SYL"),
    case("CONSULT visit", "The Valdorian president arrived in Ruritania for a three-day state visit.", "CONSULT", "VAL",
         "RUR"),
    # CAMEO 043 "host a visit" has the host as source (PLOVER would make the visitor the actor).
    case("CONSULT host", "Ruritania hosted the Freedonian defence minister on Monday.", "CONSULT", "RUR", "FRE"),
    case("CONSULT phone", "The Sylvanian leader spoke by telephone with the president of Freedonia.", "CONSULT", "SYL"),
    case("CONSULT passive", "The Freedonian envoy was received by the Ruritanian king.", "CONSULT"),
    # SUPPORT: praise, endorse, sign, recognise, apologise is CONCEDE
    case("SUPPORT", "Freedonia praised Ruritania for its handling of the crisis.", "SUPPORT", "FRE", "RUR"),
    # signing: cameo_codes.tsv files 057 under AGREE, as PLOVER 2.0 does (the manual's draft says SUPPORT)
    case("AGREE sign", "Sylvania and Valdoria signed a treaty on fishing rights.", "AGREE"),
    case("SUPPORT", "The Ruritanian government welcomed the decision of Freedonia.", "SUPPORT", "RUR"),
    case("SUPPORT recognise", "Valdoria formally recognized the new government of Sylvania.", "SUPPORT", "VAL"),
    case("SUPPORT negated", "Freedonia did not endorse the Ruritanian candidate.", "SUPPORT", "FRE", negated=True),
    # CONCEDE: apologise, pardon, ease restrictions (promised), declare ceasefire
    # apologies: CAMEO 055 maps to SUPPORT (CAMEO2PLOVER), which the PLOVER-GSR annotation follows; the manual
    # says CONCEDE
    case("SUPPORT regret", "Ruritania apologized to Freedonia for the border incident.", "SUPPORT", "RUR", "FRE"),
    case("CONCEDE pardon", "The Sylvanian president pardoned two Freedonian journalists.", "CONCEDE", "SYL"),
    case("CONCEDE future retreat", "Freedonia announced that it would withdraw its troops from Ruritania.",
         "CONCEDE", "FRE"),
    case("CONCEDE ease", "Valdoria agreed to lift the sanctions on Sylvania.", "CONCEDE", "VAL", "SYL"),
    # COOPERATE: mutual material cooperation, joint exercises, extradition, intelligence sharing
    case("COOPERATE military", "Freedonia and Ruritania held joint military exercises in the north.", "COOPERATE"),
    case("COOPERATE judicial", "Sylvania extradited a Freedonian banker to Freedonia.", "COOPERATE", "SYL"),
    case("COOPERATE intelligence", "Valdoria shared intelligence with Ruritania about the smuggling network.",
         "COOPERATE", "VAL", "RUR"),
    case("COOPERATE economic", "Freedonia and Sylvania expanded their trade ties.", "COOPERATE"),
    # AID: money, arms, humanitarian aid, asylum, rescues
    case("AID", "Freedonia sent humanitarian aid to Ruritania after the earthquake.", "AID", "FRE", "RUR"),
    case("AID asylum", "Sylvania granted asylum to a Ruritanian opposition leader.", "AID", "SYL"),
    case("AID passive", "Ruritania was given a loan of 2 billion dollars by Valdoria.", "AID", "VAL", "RUR"),
    case("AID military", "Valdoria supplied weapons to the Freedonian army.", "AID", "VAL"),
    # RETREAT: withdraw, release, disarm, ceasefire, access, resign
    case("RETREAT withdraw", "Ruritania withdrew its troops from the disputed region.", "RETREAT", "RUR"),
    case("RETREAT release", "Freedonia released twelve Sylvanian fishermen on Sunday.", "RETREAT", "FRE"),
    case("RETREAT resign", "The Valdorian defence minister resigned on Friday.", "RETREAT", "VAL"),
    case("RETREAT access", "Sylvania allowed United Nations inspectors into its nuclear sites.", "RETREAT", "SYL"),
    # REQUEST: appeal, demand, urge (control)
    case("REQUEST control", "Freedonia urged Ruritania to release the detained sailors.", "REQUEST", "FRE", "RUR"),
    case("REQUEST", "Sylvania called on Valdoria to end the blockade.", "REQUEST", "SYL", "VAL"),
    case("REQUEST", "Ruritania demanded an apology from Freedonia.", "REQUEST", "RUR", "FRE"),
    case("REQUEST want", "Valdoria wants Sylvania to withdraw its ambassador.", "REQUEST", "VAL", "SYL"),
    case("REQUEST assist", "Freedonia asked Ruritania for military assistance.", "REQUEST", "FRE", "RUR"),
    # ACCUSE: disapprove, allege, investigate, sue
    case("ACCUSE disapprove", "Freedonia condemned the Ruritanian missile test.", "ACCUSE", "FRE"),
    case("ACCUSE allege", "Sylvania accused Valdoria of spying on its diplomats.", "ACCUSE", "SYL", "VAL"),
    case("ACCUSE investigate", "Ruritanian prosecutors launched an investigation into the Freedonian company.",
         "ACCUSE", "RUR"),
    case("ACCUSE criticise", "The Valdorian foreign ministry criticized Freedonia over the arrests.", "ACCUSE", "VAL",
         "FRE"),
    case("ACCUSE sue", "Sylvania sued Ruritania at the international court.", "ACCUSE", "SYL", "RUR"),
    # REJECT: reject, refuse, veto, deny
    case("REJECT", "Ruritania rejected the Freedonian proposal for a ceasefire.", "REJECT", "RUR"),
    case("REJECT meet", "Sylvania refused to meet the Valdorian delegation.", "REJECT", "SYL"),
    case("REJECT", "Freedonia vetoed the resolution on Ruritania.", "REJECT", "FRE"),
    case("REJECT phrasal", "Valdoria turned down a request for aid from Sylvania.", "REJECT", "VAL"),
    # THREATEN: violence, sanctions, relations
    case("THREATEN", "Freedonia threatened to impose sanctions on Ruritania.", "THREATEN", "FRE", "RUR"),
    case("THREATEN violence", "Sylvania warned Valdoria that it would retaliate with force.", "THREATEN", "SYL", "VAL"),
    case("THREATEN relations", "Ruritania threatened to cut diplomatic ties with Freedonia.", "THREATEN", "RUR", "FRE"),
    case("THREATEN ultimatum", "Valdoria issued an ultimatum to Sylvania.", "THREATEN", "VAL", "SYL"),
    # PROTEST: demo, strike, riot, boycott
    case("PROTEST demo", "Thousands of Freedonian students protested against the new law.", "PROTEST", "FRE"),
    case("PROTEST light verb", "Ruritanian farmers staged a protest outside parliament.", "PROTEST", "RUR"),
    case("PROTEST strike", "Sylvanian dock workers went on strike on Monday.", "PROTEST", "SYL"),
    case("PROTEST demo", "Valdorian opposition supporters demonstrated in the capital.", "PROTEST", "VAL"),
    case("PROTEST boycott", "Freedonia boycotted the summit hosted by Ruritania.", "PROTEST", "FRE"),
    # SANCTION: discontinue, expel diplomats, withdraw, convict
    case("SANCTION discontinue", "Freedonia imposed sanctions on Ruritania.", "SANCTION", "FRE", "RUR"),
    case("SANCTION expel", "Sylvania expelled two Valdorian diplomats.", "SANCTION", "SYL"),
    case("SANCTION", "Ruritania cut diplomatic ties with Freedonia.", "SANCTION", "RUR", "FRE"),
    case("SANCTION", "Valdoria suspended its aid to Sylvania.", "SANCTION", "VAL", "SYL"),
    case("SANCTION nominal", "Freedonia's sanctions on Sylvania took effect on Monday.", "SANCTION", "FRE", "SYL"),
    # MOBILIZE: troops, weapons, police
    case("MOBILIZE troops", "Ruritania deployed troops to its border with Freedonia.", "MOBILIZE", "RUR"),
    case("MOBILIZE weapons", "Sylvania test-fired a ballistic missile on Tuesday.", "MOBILIZE", "SYL"),
    case("MOBILIZE", "Valdoria put its armed forces on high alert.", "MOBILIZE", "VAL"),
    case("MOBILIZE exercises", "Freedonia held naval exercises off the coast of Ruritania.", "MOBILIZE", "FRE", "RUR"),
    # COERCE: arrest, seize, deport, curfew, censor
    case("COERCE arrest", "Freedonian police arrested three Ruritanian activists.", "COERCE", "FRE"),
    case("COERCE passive", "Two Sylvanian journalists were detained by Valdorian security forces.", "COERCE", "VAL"),
    case("COERCE deport", "Ruritania deported dozens of Freedonian migrants.", "COERCE", "RUR"),
    case("COERCE curfew", "The Sylvanian government imposed a curfew in the capital.", "COERCE", "SYL"),
    case("COERCE seize", "Valdorian forces seized a Freedonian cargo ship.", "COERCE", "VAL"),
    # ASSAULT: attack, bomb, kill, abduct, fight
    case("ASSAULT", "Ruritanian troops attacked a Freedonian border post.", "ASSAULT", "RUR"),
    case("ASSAULT passive", "A Sylvanian village was shelled by Valdorian artillery.", "ASSAULT", "VAL"),
    case("ASSAULT nominal", "Ruritania condemned Freedonia's attack on Sylvania.", "ACCUSE ASSAULT",
         xfail="an event noun inside the object of another event is not coded (nominal events, another branch)"),
    case("ASSAULT", "Valdorian jets bombed rebel positions in Sylvania.", "ASSAULT", "VAL"),
    case("ASSAULT abduct", "Ruritanian gunmen kidnapped two Freedonian aid workers.", "ASSAULT"),
    case("ASSAULT fight", "Freedonian soldiers clashed with Ruritanian troops near the border.", "ASSAULT"),
    # a second round: other verbs of each type, and the constructions of issue 9
    case("AGREE control", "Freedonia pledged to provide financial assistance to Ruritania.", "AGREE", "FRE", "RUR"),
    case("AGREE control", "Valdoria vowed to expand its cooperation with Sylvania.", "AGREE", "VAL", "SYL"),
    case("CONSULT phone light verb", "The Sylvanian prime minister held a phone call with the Freedonian president.",
         "CONSULT", "SYL", "FRE"),
    case("CONSULT symmetric", "Freedonian and Ruritanian officials met in Geneva on Thursday.", "CONSULT"),
    case("CONSULT light verb", "The Valdorian delegation held consultations with Sylvanian officials.", "CONSULT",
         "VAL", "SYL"),
    case("CONSULT visit", "Ruritania sent a delegation to Freedonia for negotiations.", "CONSULT", "RUR", "FRE"),
    case("SUPPORT", "Ruritania hailed the agreement reached by Freedonia and Sylvania.", "SUPPORT", "RUR"),
    case("SUPPORT light verb", "Freedonia expressed support for the Ruritanian peace plan.", "SUPPORT", "FRE"),
    case("SUPPORT light verb", "Sylvania voiced its backing for Valdoria's bid to join the bloc.", "SUPPORT", "SYL"),
    case("SUPPORT negated", "Ruritania has not yet agreed to the talks.", "AGREE", "RUR", negated=True),
    case("CONCEDE ease", "Valdoria lifted the curfew in the capital.", "CONCEDE", "VAL"),
    case("RETREAT release passive", "Twelve Valdorian prisoners were freed by Sylvania.", "RETREAT", "SYL", "VAL"),
    case("RETREAT withdraw", "Sylvanian troops pulled out of the border town.", "RETREAT", "SYL"),
    case("REQUEST control", "Freedonia appealed to Ruritania to reopen the border.", "REQUEST", "FRE", "RUR"),
    case("REQUEST control", "Sylvania asked Valdoria to hand over the suspects.", "REQUEST", "SYL", "VAL"),
    case("REQUEST meet", "Ruritania called for talks with Freedonia.", "REQUEST", "RUR"),
    case("ACCUSE", "The Freedonian government blamed Ruritania for the explosion.", "ACCUSE", "FRE", "RUR"),
    case("ACCUSE", "Sylvania denounced Valdoria's decision to close the embassy.", "ACCUSE", "SYL", "VAL"),
    case("ACCUSE diplomatic protest", "Ruritania lodged a formal protest with Freedonia over the incident.", "ACCUSE",
         "RUR", "FRE"),
    case("ACCUSE investigate", "Freedonia has opened an inquiry into the death of a Ruritanian journalist.", "ACCUSE",
         "FRE"),
    case("REJECT", "Sylvania rebuffed Valdoria's offer of talks.", "REJECT", "SYL", "VAL"),
    case("REJECT control", "Freedonia refused to recognize the Ruritanian election results.", "REJECT", "FRE"),
    case("THREATEN", "Ruritania threatened Sylvania with military action.", "THREATEN", "RUR", "SYL"),
    case("THREATEN complement", "The Valdorian army warned it could strike rebel camps in Sylvania.", "THREATEN",
         "VAL"),
    case("PROTEST strike", "Sylvanian workers launched a nationwide strike over pay.", "PROTEST", "SYL"),
    case("PROTEST hunger", "The jailed Freedonian activist went on hunger strike.", "PROTEST", "FRE"),
    case("PROTEST demo", "Hundreds of Freedonians rallied outside the Ruritanian embassy.", "PROTEST", "FRE"),
    case("PROTEST demo", "Valdorian protesters marched through the capital on Saturday.", "PROTEST", "VAL"),
    case("PROTEST purpose", "Thousands of Valdorians gathered in the capital to protest the new tax.", "PROTEST",
         "VAL"),
    case("PROTEST purpose", "Freedonian farmers assembled outside parliament to demonstrate against the reform.",
         "PROTEST", "FRE"),
    case("CONSULT purpose", "The Freedonian and Ruritanian ministers met to discuss the crisis.", "CONSULT"),
    case("PROTEST nominal", "Thousands of Valdorians converged on the capital for a rally against the new tax.",
         "PROTEST", "VAL", xfail="an event noun after 'for' is not read as the gathering's purpose (nominal events)"),
    case("SANCTION withdraw", "Ruritania recalled its ambassador from Freedonia.", "SANCTION", "RUR", "FRE"),
    case("SANCTION", "Freedonia severed diplomatic relations with Ruritania.", "SANCTION", "FRE", "RUR"),
    case("MOBILIZE troops", "Freedonia mobilized thousands of reservists.", "MOBILIZE", "FRE"),
    case("MOBILIZE weapons", "Ruritania massed tanks along the Freedonian border.", "MOBILIZE", "RUR"),
    case("MOBILIZE weapons light verb", "Freedonia conducted a missile test.", "MOBILIZE", "FRE"),
    case("COERCE arrest", "Valdorian forces arrested a senior Sylvanian official.", "COERCE", "VAL", "SYL"),
    case("COERCE seize", "Sylvanian police raided the offices of a Valdorian newspaper.", "COERCE", "SYL",
         xfail="'raid' is coded 190 (ASSAULT) whatever is raided; the manual files police raids under COERCE seize"),
    case("COERCE deport", "The Freedonian authorities expelled a Ruritanian reporter.", "COERCE", "FRE", "RUR"),
    case("COERCE deport", "Valdoria expelled dozens of Sylvanian migrant workers.", "COERCE", "VAL"),
    case("ASSAULT", "Freedonian warplanes struck targets in Ruritania.", "ASSAULT", "FRE", "RUR"),
    case("ASSAULT", "Ruritanian rebels ambushed a Freedonian convoy.", "ASSAULT", "RUR", "FRE"),
    case("ASSAULT light verb", "Valdorian troops opened fire on Sylvanian protesters.", "ASSAULT", "VAL", "SYL"),
    case("ASSAULT light verb", "The Ruritanian army carried out air strikes on rebel positions.", "ASSAULT", "RUR"),
    case("ASSAULT negated", "Freedonia did not attack Ruritania.", "ASSAULT", "FRE", "RUR", negated=True),
    case("ASSAULT denied", "Sylvania denied that it had attacked Valdoria.", "ASSAULT", "SYL", negated=True),
    case("ASSAULT denied", "Ruritania denied that its troops had shelled the Freedonian village.", "ASSAULT",
         negated=True),
    # a third round: passives, control and negation across types
    case("ACCUSE passive", "Freedonia was accused by Ruritania of violating the ceasefire.", "ACCUSE", "RUR", "FRE"),
    case("REQUEST passive control", "Ruritania was urged by Freedonia to release the sailors.", "REQUEST", "FRE",
         "RUR"),
    case("SUPPORT passive", "Valdoria was praised by Freedonia for its mediation.", "SUPPORT", "FRE", "VAL"),
    case("SANCTION expel passive", "The Freedonian ambassador was expelled by Ruritania.", "SANCTION", "RUR", "FRE"),
    case("AID passive", "Aid was delivered to Sylvania by Valdoria.", "AID", "VAL", "SYL"),
    case("REJECT negated future", "Ruritania said it would not attend the summit in Freedonia.", "REJECT", "RUR"),
    # a promised release is a future RETREAT: the manual files it under CONCEDE ("Future cooperative actions of
    # type RETREAT + future ... do not reduce to AGREE"; RETREAT has "immediate (not simply promised)" effects)
    case("CONCEDE control", "The Valdorian president promised to release all political prisoners.", "CONCEDE", "VAL"),
    case("REQUEST control", "Ruritania encouraged Freedonia to accept the proposal.", "REQUEST", "RUR", "FRE"),
    case("REQUEST control", "Sylvania pressed Valdoria to withdraw its troops.", "REQUEST", "SYL", "VAL"),
    case("ACCUSE negated", "Valdoria did not criticize Sylvania.", "ACCUSE", "VAL", "SYL", negated=True),
    case("THREATEN negated", "Freedonia never threatened Ruritania.", "THREATEN", "FRE", "RUR", negated=True),
    case("REJECT control", "Ruritania declined to send troops to Sylvania.", "REJECT", "RUR"),
    case("REJECT control", "Sylvania failed to reach an agreement with Valdoria.", "REJECT", "SYL"),
    case("SUPPORT", "Sylvania and Valdoria resumed diplomatic relations.", "SUPPORT"),
    case("CONSULT light verb", "The Ruritanian leader paid a visit to Freedonia.", "CONSULT", "RUR", "FRE"),
    case("AID", "Ruritania provided shelter to thousands of Sylvanian refugees.", "AID", "RUR"),
    case("SANCTION withdraw", "Sylvania pulled its ambassador out of Ruritania.", "SANCTION", "SYL", "RUR"),
    case("SANCTION withdraw", "Valdoria withdrew its ambassador from Sylvania.", "SANCTION", "VAL", "SYL"),
    case("COERCE restrict", "Ruritania closed its border with Freedonia.", "COERCE", "RUR", "FRE"),
    case("ASSAULT", "Freedonian forces shot down a Ruritanian drone.", "ASSAULT", "FRE", "RUR"),
    case("THREATEN control", "Ruritania threatened to expel the Freedonian ambassador.", "THREATEN", "RUR", "FRE"),
    case("REJECT control", "Freedonia refused to extradite the Ruritanian suspect.", "REJECT", "FRE"),
    case("ASSAULT nominal", "Sylvania's invasion of Valdoria drew condemnation.", "ASSAULT", "SYL", "VAL",
         xfail="an event noun as subject is not coded (nominal events, another branch)"),
)


def _got(text: str, pipeline) -> list[tuple[str, str | None, str | None, bool]]:
    article, _ = code(pipeline, text, extra=EXTRA)
    return [(e.event, e.source, e.target, e.negated) for e in article.events]


def holds(c: Case, got: list[tuple[str, str | None, str | None, bool]]) -> bool:
    if {g[0] for g in got} != c.types:
        return False
    main = [g for g in got if g[0] in c.types]
    return any((c.source is None or (g[1] or "")[:3] == c.source) and
               (c.target is None or (g[2] or "")[:3] == c.target) and g[3] == c.negated for g in main)


@pytest.mark.parametrize("c", [pytest.param(c, id=f"{c.kind}: {c.text}",
                                            marks=[pytest.mark.xfail(reason=c.xfail, strict=True)] if c.xfail else [])
                               for c in CASES])
def test_codebook_case(pipeline, c: Case) -> None:
    got = _got(c.text, pipeline)
    assert holds(c, got), got


def test_every_plover_type_has_cases() -> None:
    types = {"AGREE", "CONSULT", "SUPPORT", "CONCEDE", "COOPERATE", "AID", "RETREAT", "REQUEST", "ACCUSE",
             "REJECT", "THREATEN", "PROTEST", "SANCTION", "MOBILIZE", "COERCE", "ASSAULT"}
    assert types <= {c.kind.split()[0] for c in CASES}
    assert all(sum(c.kind.split()[0] == t for c in CASES) >= 3 for t in types)


def _table() -> None:
    """Print every case: type, sentence, expected, got, and whether it holds."""
    from eventwire import Pipeline

    pipeline = Pipeline()
    passed = 0
    for c in CASES:
        got = _got(c.text, pipeline)
        ok = holds(c, got)
        passed += ok
        expected = f"{'/'.join(sorted(c.types))} {c.source or '*'}->{c.target or '*'}{' neg' if c.negated else ''}"
        shown = "; ".join(f"{t} {s or '-'}->{r or '-'}{' neg' if n else ''}" for t, s, r, n in got) or "(none)"
        sys.stdout.write(f"{'ok  ' if ok else 'FAIL'}\t{c.kind}\t{c.text}\t{expected}\t{shown}\n")
    sys.stdout.write(f"{passed}/{len(CASES)} codebook cases hold\n")


if __name__ == "__main__":
    _table()
