"""The events stage: a verb's sense from its arguments (issue 9, real news). Sentences and names invented."""
from __future__ import annotations

import dataclasses

from eventwire import Actor, Mention, Span, make_article
from eventwire.stages import events

from .test_events import code


def _with_people(pipeline, text: str, people: dict[str, tuple[str | None, str | None]]):
    """The sentence with the given people as actors: name -> (country, sector), None for unknown."""
    article = pipeline.parse([make_article("t", text, "2024-01-10")])[0]
    actors = []
    for name, (country, sector) in people.items():
        at = text.index(name)
        actor_code = (country or "") + (sector or "") or None
        actors.append(Actor(f"a{len(actors) + 1}", name, "person", country, sector, actor_code,
                            (Mention(Span(at, at + len(name)), "name"),)))
    return events.run(dataclasses.replace(article, actors=tuple(actors)), pipeline.knowledge)


def test_receiving_a_visitor_is_hosting_but_receiving_votes_is_nothing(pipeline) -> None:
    article, _ = code(pipeline, "Freedonia received the envoy of Ruritania in its capital.")
    assert [(e.cameo, e.source, e.target) for e in article.events] == [("043", "FRE", "RUR")]
    article, _ = code(pipeline, "The Freedonian candidate received 20 percent of the vote.")
    assert article.events == ()
    article, _ = code(pipeline, "The Freedonian police received a call about the fight.")
    assert article.events == ()


def test_hosting_a_programme_or_touring_alone_is_no_visit(pipeline) -> None:
    article, _ = code(pipeline, "A Freedonian university has been hosting a programme on prisons.")
    assert article.events == ()
    article, _ = code(pipeline, "The Freedonian singer kept touring for years.")
    assert article.events == ()
    article, _ = code(pipeline, "The Freedonian minister toured Ruritania last week.")
    assert [(e.cameo, e.target) for e in article.events] == [("042", "RUR")]


def test_talks_hosted_or_attended(pipeline) -> None:
    article, _ = code(pipeline, "Freedonia hosted talks with Ruritania.")
    assert [(e.cameo, e.source, e.target) for e in article.events] == [("043", "FRE", "RUR")]


def test_publishing_is_no_release(pipeline) -> None:
    article, _ = code(pipeline, "The Freedonian ministry released a report on the floods.")
    assert article.events == ()
    article, _ = code(pipeline, "Freedonia released the prisoners of Ruritania.")
    assert [e.cameo[:3] for e in article.events] == ["084"]


def test_providing_needs_a_recipient_or_aid(pipeline) -> None:
    article, _ = code(pipeline, "The Freedonian poet provided lyrics to the songs.")
    assert article.events == ()
    article, _ = code(pipeline, "Freedonia provided food aid to Sylvania.")
    assert [(e.event, e.target) for e in article.events] == [("AID", "SYL")]


def test_striking_someone_is_an_attack_a_labour_strike_has_no_object(pipeline) -> None:
    article, _ = code(pipeline, "Freedonian soldiers struck him with their rifles.", extra={"soldiers": "FREMIL"})
    assert [(e.event, e.cameo) for e in article.events] == [("ASSAULT", "190")]
    article, _ = code(pipeline, "Freedonian teachers struck for a week.", extra={"teachers": "FREEDU"})
    assert [e.cameo for e in article.events] == ["143"]
    article, _ = code(pipeline, "Freedonia struck a deal with Ruritania on fishing.")
    assert [(e.cameo, e.source, e.target) for e in article.events][:1] == [("057", "FRE", "RUR")]


def test_a_natural_force_is_no_actor(pipeline) -> None:
    article, _ = code(pipeline, "A fire killed five Freedonian students.", extra={"students": "FREEDU"})
    assert article.events == ()
    article, _ = code(pipeline, "Three Freedonian soldiers were killed by the storm.", extra={"soldiers": "FREMIL"})
    assert article.events == ()
    article, _ = code(pipeline, "Ruritania killed five Freedonian students.", extra={"students": "FREEDU"})
    assert [(e.source, e.target) for e in article.events] == [("RUR", "FREEDU")]


def test_a_verbal_attack_is_criticism(pipeline) -> None:
    article, _ = code(pipeline, "Freedonia attacked Ruritania for its remarks on the border.")
    assert [(e.cameo, e.source, e.target) for e in article.events] == [("111", "FRE", "RUR")]
    article, _ = code(pipeline, "Freedonia attacked Ruritania over the decision.")
    assert [(e.cameo, e.target) for e in article.events] == [("111", "RUR")]
    article, _ = code(pipeline, "Freedonia attacked the policy of Ruritania.")
    assert [(e.cameo, e.target) for e in article.events] == [("111", "RUR")]
    article, _ = code(pipeline, "Freedonia attacked Ruritania for three hours.")
    assert [e.cameo for e in article.events] == ["190"]


def test_a_warning_of_ones_own_force_is_a_threat_against_its_target(pipeline) -> None:
    article, _ = code(pipeline, "Freedonia warned it could strike Ruritania.")
    assert [(e.event, e.cameo, e.source, e.target) for e in article.events] == [("THREATEN", "138", "FRE", "RUR")]
    article, _ = code(pipeline, "Freedonia warned that it would attack Ruritania.")
    assert [(e.cameo, e.target) for e in article.events] == [("138", "RUR")]
    # another's act: a warning about Ruritania, not Freedonia threatening Sylvania
    article, _ = code(pipeline, "Freedonia warned that Ruritania could attack Sylvania.")
    assert [(e.source, e.target) for e in article.events] == [("FRE", "RUR")]


def test_people_no_table_codes_make_no_event(pipeline) -> None:
    article = _with_people(pipeline, "Tomas Varga met Ilse Brandt in the spring.",
                           {"Tomas Varga": (None, None), "Ilse Brandt": (None, None)})
    assert article.events == ()
    article = _with_people(pipeline, "Tomas Varga met Ilse Brandt in the spring.",
                           {"Tomas Varga": ("FRE", "GOV"), "Ilse Brandt": (None, None)})
    assert [(e.cameo, e.source) for e in article.events] == [("040", "FREGOV")]


def test_table_any_object_party_role_and_classes(pipeline) -> None:
    from eventwire.knowledge.verbs import Frame, Phrase

    verbs = pipeline.knowledge.verbs
    hit = Frame("strike", slots={"dobj": (Phrase("him", frozenset({"him"})),)})
    assert verbs.match(hit).code == "190" and verbs.match(Frame("strike")).code == "143"
    assert "party" in verbs.roles("receive")
    assert {"camera", "video"} <= verbs.members("&NONAGENT") and \
        {"weapon", "tank"} <= verbs.members("&WEAPON") and verbs.members("&NO_SUCH_CLASS") == frozenset()
    # the hazards are argument words now (argument_words.tsv), beside the private groups and mishaps
    assert {"fire", "storm", "lion", "truck"} <= pipeline.knowledge.argument_words.hazard


def test_a_place_inside_the_object_is_no_visitor(pipeline) -> None:
    from eventwire import Place

    text = "The Freedonian police received a call about the fight at the hall in Zenda."
    at = text.index("Zenda")
    zenda = Place("p1", Span(at, at + 5), "Zenda", "RUR", 1.0, 2.0, None, "city")
    article, _ = code(pipeline, text, places=(zenda,), extra={"police": "FRECOP"})
    assert article.events == ()


def test_a_report_of_violence_by_nobody_named_accuses_no_one(pipeline) -> None:
    article, _ = code(pipeline, "Freedonian police reported the attacker left the hall and attacked others.",
                      extra={"police": "FRECOP"})
    assert all(e.event != "ACCUSE" for e in article.events)
    article, _ = code(pipeline, "Freedonian police said Ruritania attacked the border post.",
                      extra={"police": "FRECOP"})
    assert [(e.cameo, e.source, e.target) for e in article.events] == [("112", "FRECOP", "RUR")]


def test_offering_condolences_is_no_offer_to_cooperate(pipeline) -> None:
    article, _ = code(pipeline, "Freedonia offered condolences to the families of the Ruritanian miners.")
    assert article.events == ()  # 018, an empathetic comment: a statement, which is no PLOVER event
    article, _ = code(pipeline, "Freedonia offered help to Ruritania.")
    assert [(e.cameo[:2], e.target) for e in article.events] == [("03", "RUR")]
