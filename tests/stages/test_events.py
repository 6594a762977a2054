"""The events stage on hand-written sentences with hand-built actors (the actors stage is not needed)."""
from __future__ import annotations

import dataclasses

import pytest

from eventwire import Actor, Mention, Place, Span, TimeExpr, make_article
from eventwire.stages import events

# Fictional countries, so no rule can lean on a real name.
CODES = {"Freedonia": "FRE", "Ruritania": "RUR", "Sylvania": "SYL", "Freedonian": "FRE"}


def code(pipeline, text: str, times: tuple[TimeExpr, ...] = (), places: tuple[Place, ...] = (),
         published: str | None = "2024-01-10", extra: dict[str, str] | None = None):
    article = pipeline.parse([make_article("t", text, published)])[0]
    actors = []
    names = {**CODES, **(extra or {})}
    for name, actor_code in names.items():
        mentions, start = [], 0
        while (at := text.find(name, start)) >= 0:
            mentions.append(Mention(Span(at, at + len(name)), "name"))
            start = at + len(name)
        if mentions:
            actors.append(Actor(f"a{len(actors) + 1}", name, "country", actor_code[:3], None, actor_code,
                                tuple(mentions)))
    article = dataclasses.replace(article, actors=tuple(actors), times=times, places=places)
    result = events.run(article, pipeline.knowledge)
    return result, {a.id: a.name for a in result.actors}


def triples(pipeline, text: str, extra: dict[str, str]) -> list[tuple[str, str | None, str | None]]:
    """(cameo, source, target) of each event `code` finds that is not negated: what the kind tests compare."""
    article, _ = code(pipeline, text, extra=extra)
    return affirmed(article.events)


def affirmed(found) -> list[tuple[str, str | None, str | None]]:
    """(cameo, source, target) of the events that are not negated."""
    return [(e.cameo, e.source, e.target) for e in found if not e.negated]


def full_events(pipeline, text: str) -> list:
    """The events of the whole pipeline (actors stage included) on one article."""
    return list(pipeline(make_article("t", text, "2024-01-10")).events)


def names(ids, table) -> list[str]:
    return [table[i] for i in ids]


def test_visit_with_date_from_the_clause(pipeline) -> None:
    text = "The Freedonian minister arrived in Ruritania on Tuesday."
    at = text.index("Tuesday")
    tuesday = TimeExpr(Span(at, at + 7), "DATE", "2024-01-09")
    article, table = code(pipeline, text, times=(tuesday,))
    (event,) = article.events
    assert (event.event, event.cameo, event.mode) == ("CONSULT", "042", "visit")
    assert (event.source, event.target) == ("FRE", "RUR")
    assert event.date == "2024-01-09"
    assert event.trigger.text(text) == "arrived" and event.sentence == Span(0, len(text))
    assert event.pattern == "arrive +in [042]"
    assert event.id == "e1"


def test_date_falls_back_to_publication(pipeline) -> None:
    article, _ = code(pipeline, "Freedonia praised Ruritania.")
    (event,) = article.events
    assert (event.event, event.cameo, event.date) == ("SUPPORT", "051", "2024-01-10")


def test_missile_launch_is_a_show_of_force(pipeline) -> None:
    article, table = code(pipeline, "Ruritania launched two ballistic missiles off its coast.")
    (event,) = article.events
    assert (event.event, event.cameo[:2], event.source, event.target) == ("MOBILIZE", "15", "RUR", None)


def test_passive_agent_is_the_source(pipeline) -> None:
    article, table = code(pipeline, "Sylvania was attacked by Ruritania.")
    (event,) = article.events
    assert (event.event, event.source, event.target) == ("ASSAULT", "RUR", "SYL")


def test_compound_subject_meets_each_other(pipeline) -> None:
    article, table = code(pipeline, "Freedonia and Ruritania met in a neutral city.")
    (event,) = article.events
    assert event.event == "CONSULT"
    assert names(event.actors, table) == ["Freedonia", "Ruritania"] and event.recipients == ()


def test_warning_that_is_an_accusation_and_the_act_is_reported(pipeline) -> None:
    text = "Freedonia warned that Ruritania was shipping artillery shells to Sylvania."
    article, table = code(pipeline, text)
    warn, ship = article.events
    assert (warn.event, warn.source, warn.target) == ("ACCUSE", "FRE", "RUR")
    assert (ship.event, ship.cameo, ship.source, ship.target) == ("AID", "072", "RUR", "SYL")
    assert table[ship.reported_by] == "Freedonia"
    assert [e.id for e in article.events] == ["e1", "e2"]


def test_claimed_violence_becomes_an_accusation(pipeline) -> None:
    article, table = code(pipeline, "Freedonia said Ruritania had bombed Sylvania.")
    (event,) = article.events
    assert (event.event, event.cameo, event.source, event.target) == ("ACCUSE", "112", "FRE", "RUR")


def test_refusal_of_cooperation(pipeline) -> None:
    article, table = code(pipeline, "Freedonia will not provide support to Sylvania.")
    (event,) = article.events
    assert (event.event, event.cameo[:2], event.target) == ("REJECT", "12", "SYL")


def test_negated_violence_is_flagged(pipeline) -> None:
    article, _ = code(pipeline, "Freedonia did not attack Sylvania.")
    (event,) = article.events
    assert event.event == "ASSAULT" and event.negated


def test_wanting_to_attack_is_a_threat(pipeline) -> None:
    article, _ = code(pipeline, "Freedonia wants to attack Sylvania.")
    (event,) = article.events
    # the threat stated is the act told, not a hypothetical one (the attack itself is not coded)
    assert (event.event, event.cameo, event.target, event.hypothetical) == ("THREATEN", "138", "SYL", False)


def test_threatened_sanctions_take_the_threatened_act(pipeline) -> None:
    article, _ = code(pipeline, "Freedonia threatened to impose sanctions on Ruritania.")
    (event,) = article.events
    assert (event.event, event.cameo[:2], event.source, event.target) == ("THREATEN", "13", "FRE", "RUR")


def test_modal_makes_it_hypothetical(pipeline) -> None:
    # a mere possibility is no event (w17wrong: PLOVER codes reported happenings); with a condition it is a
    # promise, intended and hypothetical
    article, _ = code(pipeline, "Freedonia could help Sylvania.")
    assert article.events == ()
    article, _ = code(pipeline, "Freedonia would help Sylvania if Ruritania attacked it.")
    (event,) = article.events
    assert event.event == "AGREE" and event.cameo == "033" and event.hypothetical


def test_nominal_summit_and_sanctions(pipeline) -> None:
    article, table = code(pipeline, "The summit between Freedonia and Ruritania ended early.")
    (event,) = article.events
    assert event.event == "CONSULT" and names(event.actors, table) == ["Freedonia", "Ruritania"]
    article, _ = code(pipeline, "Freedonia's new sanctions on Ruritania took effect.")
    (event,) = article.events
    # PLOVER manual: "International (political or economic) sanctions are coded as `discontinue'" (SANCTION);
    # with no one imposing them ("New sanctions on Ruritania took effect") PLOVER codes nothing (w13doer)
    assert (event.event, event.cameo, event.source, event.target) == ("SANCTION", "163", "FRE", "RUR")


def test_according_to_gives_reported_by(pipeline) -> None:
    article, table = code(pipeline, "Freedonia has praised Ruritania, according to Sylvania.")
    (event,) = article.events
    assert table[event.reported_by] == "Sylvania"


def test_visit_to_a_place_targets_its_country(pipeline) -> None:
    text = "Freedonia's foreign minister flew to Zenda."
    at = text.index("Zenda")
    zenda = Place("p1", Span(at, at + 5), "Zenda", "RUR", 1.0, 2.0, None, "city")
    article, _ = code(pipeline, text, places=(zenda,))
    (event,) = article.events
    assert (event.event, event.source, event.target, event.place) == ("CONSULT", "FRE", "RUR", "p1")


def test_no_actor_no_event_and_statements_are_not_events(pipeline) -> None:
    article, _ = code(pipeline, "Somebody attacked a car and people protested.")
    assert article.events == ()
    article, _ = code(pipeline, "Freedonia said the weather was fine.")
    assert article.events == ()


def test_figurative_struggle_is_no_protest(pipeline) -> None:
    article, _ = code(pipeline, "Freedonia hailed the heroic struggle against a gang of tyrants.")
    assert all(e.event != "PROTEST" for e in article.events)


def test_announced_act_is_an_intent(pipeline) -> None:
    article, _ = code(pipeline, "Freedonia will provide food aid to Sylvania.")
    (event,) = article.events
    # PLOVER: an announced act is AGREE, itself done; the aid is not coded as given
    assert (event.event, event.cameo, event.target, event.hypothetical) == ("AGREE", "033", "SYL", False)


def test_warning_of_a_future_act_is_a_threat(pipeline) -> None:
    article, _ = code(pipeline, "Freedonia warned that its army would attack Ruritania.",
                      extra={"army": "FREMIL"})
    kinds = {e.event for e in article.events}
    assert "THREATEN" in kinds and "ACCUSE" not in kinds


def test_what_someone_must_do_is_a_demand(pipeline) -> None:
    article, table = code(pipeline, "Freedonia said Ruritania must release the prisoners.")
    (event,) = article.events
    assert (event.event, event.cameo, event.source, event.target) == ("REQUEST", "100", "FRE", "RUR")


def test_failing_to_agree_is_a_rejection(pipeline) -> None:
    article, _ = code(pipeline, "Freedonia and Ruritania failed to reach an agreement.")
    (event,) = article.events
    assert event.event == "REJECT"


def test_act_inside_the_object_of_another_is_not_coded_apart(pipeline) -> None:
    article, _ = code(pipeline, "Freedonia rejected an invitation to visit Ruritania.")
    assert [e.event for e in article.events] == ["REJECT"]


def test_purpose_clause_yields_to_the_main_act(pipeline) -> None:
    article, _ = code(pipeline, "Freedonia blocked the border to protest against Ruritania.")
    assert [e.event for e in article.events] == ["PROTEST"] and article.events[0].cameo == "144"


def test_quantity_of_aid_is_aid(pipeline) -> None:
    article, _ = code(pipeline, "Freedonia handed over 700 tons of food to Sylvania.")
    (event,) = article.events
    assert (event.event, event.target) == ("AID", "SYL")


def test_countryless_sector_is_coded_with_dashes(pipeline) -> None:
    text = "Rebels attacked Sylvania."
    article = pipeline.parse([make_article("t", text, "2024-01-10")])[0]
    rebels = Actor("a1", "rebels", "group", None, "REB", "REB", (Mention(Span(0, 6), "group"),))
    sylvania = Actor("a2", "Sylvania", "country", "SYL", None, "SYL", (Mention(Span(16, 24), "name"),))
    article = events.run(dataclasses.replace(article, actors=(rebels, sylvania)), pipeline.knowledge)
    (event,) = article.events
    assert (event.source, event.target) == ("---REB", "SYL")


def test_a_question_asked_is_no_request(pipeline) -> None:
    article, _ = code(pipeline, "\u201cWill you help?\u201d Freedonia asked.")
    assert all(e.event != "REQUEST" for e in article.events)


def test_meeting_place_is_where_not_with_whom(pipeline) -> None:
    # w11pairs: the compound subject meets itself (every ordered pair, the contract's several actors and no
    # recipient); the place met at is the event's place, never the pair's target
    text = "Freedonia and Ruritania met in Zenda."
    at = text.index("Zenda")
    zenda = Place("p1", Span(at, at + 5), "Zenda", "SYL", 1.0, 2.0, None, "city")
    article, _ = code(pipeline, text, places=(zenda,))
    (event,) = article.events
    assert (event.source, event.target, event.place) == ("FRE", "RUR", "p1")
    assert len(event.actors) == 2 and not event.recipients


def test_events_are_numbered_in_text_order(pipeline) -> None:
    text = "Freedonia praised Sylvania. Ruritania attacked Sylvania. Freedonia visited Ruritania."
    article, _ = code(pipeline, text)
    assert [e.id for e in article.events] == ["e1", "e2", "e3"]
    assert [e.event for e in article.events] == ["SUPPORT", "ASSAULT", "CONSULT"]
    assert [e.trigger.start for e in article.events] == sorted(e.trigger.start for e in article.events)


def test_background_clause_yields_to_the_main_act(pipeline) -> None:
    article, _ = code(pipeline, "Freedonia suspended talks with Sylvania a day after Ruritania attacked Sylvania.")
    assert [e.event for e in article.events] == ["SANCTION"]
    article, _ = code(pipeline, "A day after Ruritania attacked Sylvania, the weather was fine.")
    assert [e.event for e in article.events] == ["ASSAULT"]  # alone, a background act is still coded


def test_passive_without_agent_takes_the_origin_as_source(pipeline) -> None:
    article, _ = code(pipeline, "Rockets were fired at Sylvania from Ruritania.")
    (event,) = article.events
    assert (event.event, event.source, event.target) == ("ASSAULT", "RUR", "SYL")


def test_content_of_an_agreement_is_not_coded_apart(pipeline) -> None:
    article, _ = code(pipeline, "Freedonia and Ruritania agreed that they should trade with Sylvania.")
    assert [e.event for e in article.events] == ["AGREE"]


def test_conditional_force_is_a_threat(pipeline) -> None:
    article, _ = code(pipeline, "Freedonia may attack Sylvania if the talks fail.")
    (event,) = article.events
    assert (event.event, event.cameo, event.hypothetical) == ("THREATEN", "138", True)


def test_demand_made_with_an_uncoded_verb(pipeline) -> None:
    article, _ = code(pipeline, "Freedonia said Ruritania must ensure calm.")
    (event,) = article.events
    assert (event.event, event.source, event.target) == ("REQUEST", "FRE", "RUR")


def test_announced_suspension_of_ties(pipeline) -> None:
    article, _ = code(pipeline, "Freedonia announced a suspension of air links with Ruritania.")
    (event,) = article.events
    assert (event.event, event.cameo, event.source, event.target) == ("SANCTION", "161", "FRE", "RUR")


def test_a_sector_with_no_country_takes_the_country_in_its_phrase(pipeline) -> None:
    text = "Ministers from Freedonia visited Sylvania."
    article = pipeline.parse([make_article("t", text, "2024-01-10")])[0]
    ministers = Actor("a1", "ministers", "group", None, "GOV", "GOV", (Mention(Span(0, 9), "group"),))
    freedonia = Actor("a2", "Freedonia", "country", "FRE", None, "FRE", (Mention(Span(15, 24), "name"),))
    sylvania = Actor("a3", "Sylvania", "country", "SYL", None, "SYL", (Mention(Span(33, 41), "name"),))
    article = dataclasses.replace(article, actors=(ministers, freedonia, sylvania))
    (event,) = events.run(article, pipeline.knowledge).events
    assert (event.actors, event.source, event.target) == (("a2",), "FRE", "SYL")


def test_unresolved_pronoun_in_a_speakers_clause_is_the_speaker(pipeline) -> None:
    article, table = code(pipeline, "Freedonia said it would allow inspectors into the country.")
    (event,) = article.events
    # allowing inspectors in, announced, is a future RETREAT: CONCEDE in the PLOVER manual (035x, not AGREE)
    assert (event.event, event.source, table[event.reported_by]) == ("CONCEDE", "FRE", "Freedonia")


def test_adjectival_passive_subject_acts(pipeline) -> None:
    article, _ = code(pipeline, "Freedonia is opposed to talks with Ruritania.")
    (event,) = article.events
    assert (event.event, event.source) == ("REJECT", "FRE")


def _group(actor_id: str, name: str, sector: str, text: str, country: str | None = None) -> Actor:
    at = text.index(name)
    code = (country or "---") + sector
    return Actor(actor_id, name, "group", country, sector, code, (Mention(Span(at, at + len(name)), "group"),))


def test_the_attacker_named_in_the_attack_noun_is_the_source(pipeline) -> None:
    text = "Ten villagers were killed in a raid by militiamen near the border."
    article = pipeline.parse([make_article("t", text, "2024-01-10")])[0]
    actors = (_group("a1", "villagers", "CVL", text), _group("a2", "militiamen", "REB", text))
    (event,) = events.run(dataclasses.replace(article, actors=actors), pipeline.knowledge).events
    assert (event.event, event.actors, event.recipients, event.source) == ("ASSAULT", ("a2",), ("a1",), "---REB")


def test_claimed_attack_accuses_the_place_it_came_from(pipeline) -> None:
    text = "Sylvania said a rocket was fired at it from the Zenda valley."
    at = text.index("Zenda valley")
    valley = Place("p1", Span(at, at + 12), "Zenda valley", "RUR", 1.0, 2.0, None, "region")
    article, _ = code(pipeline, text, places=(valley,))
    (event,) = article.events
    assert (event.event, event.cameo, event.source, event.target) == ("ACCUSE", "112", "SYL", "RUR")


def test_the_victims_of_an_act_told_twice_do_not_make_a_second_event(pipeline) -> None:
    text = "Rebels shelled a district of Sylvania's capital, wounding dozens of people."
    article = pipeline.parse([make_article("t", text, "2024-01-10")])[0]
    sylvania = Actor("a3", "Sylvania", "country", "SYL", None, "SYL",
                     (Mention(Span(text.index("Sylvania"), text.index("Sylvania") + 8), "name"),))
    actors = (_group("a1", "Rebels", "REB", text), _group("a2", "people", "CVL", text), sylvania)
    found = events.run(dataclasses.replace(article, actors=actors), pipeline.knowledge).events
    assert [(e.event, e.source, e.target) for e in found] == [("ASSAULT", "---REB", "SYL")]


def test_hundreds_of_troops_take_whose_troops_they_are(pipeline) -> None:
    text = "Hundreds of Freedonian troops withdrew from Sylvania."
    article = pipeline.parse([make_article("t", text, "2024-01-10")])[0]
    fre = text.index("Freedonian")
    actors = (Actor("a1", "Freedonia", "country", "FRE", None, "FRE", (Mention(Span(fre, fre + 10), "demonym"),)),
              _group("a2", "troops", "MIL", text),
              Actor("a3", "Sylvania", "country", "SYL", None, "SYL",
                    (Mention(Span(text.index("Sylvania"), len(text) - 1), "name"),)))
    (event,) = events.run(dataclasses.replace(article, actors=actors), pipeline.knowledge).events
    assert (event.event, event.source, event.target) == ("RETREAT", "FRE", "SYL")


def test_ordering_an_inquiry_demands_one(pipeline) -> None:
    article, _ = code(pipeline, "Freedonia ordered an inquiry into Ruritania.")
    (event,) = article.events
    assert (event.event, event.cameo, event.source, event.target) == ("REQUEST", "101", "FRE", "RUR")


def test_the_user_of_the_weapon_is_the_source(pipeline) -> None:
    article, _ = code(pipeline, "Sylvania's airliner was shot down by a missile believed to be fired by Ruritania.")
    (event,) = article.events
    assert (event.event, event.source) == ("ASSAULT", "RUR")


# --- argument structure and modality (issue 9) -------------------------------------------------------------


def test_negated_act_is_negated_not_its_opposite(pipeline) -> None:
    article, _ = code(pipeline, "Freedonia did not endorse Ruritania.")
    (event,) = article.events
    assert (event.event, event.cameo, event.negated) == ("SUPPORT", "051", True)


def test_conditional_through_to_infinitive_is_hypothetical(pipeline) -> None:
    article, _ = code(pipeline, "The accord would have to be ratified by Sylvania.")
    # never a real ratification, but a conditional one (issue 9 item 4): flagged, where a bare necessity ("has to
    # be ratified") is no event at all (`clauses.only_possible`)
    assert article.events and all(e.hypothetical for e in article.events)
    necessity, _ = code(pipeline, "The accord has to be ratified by Sylvania.")
    assert not necessity.events


def test_allegation_with_accuser_is_an_accusation(pipeline) -> None:
    article, _ = code(pipeline, "Freedonia's allegation that Ruritania shelled the port angered Sylvania.")
    accusations = [e for e in article.events if e.cameo == "112"]
    assert [(e.source, e.target) for e in accusations] == [("FRE", "RUR")]
    assert not any(e.cameo[:2] == "19" and not e.hypothetical for e in article.events)


def test_allegation_without_accuser_is_hypothetical(pipeline) -> None:
    article, _ = code(pipeline, "There were allegations that Ruritania shelled Sylvania.")
    assert article.events and all(e.hypothetical for e in article.events)


def test_wanting_someone_to_act_is_an_appeal(pipeline) -> None:
    article, _ = code(pipeline, "Freedonia wants Ruritania to withdraw its troops.")
    (event,) = article.events
    assert (event.event, event.cameo, event.source, event.target) == ("REQUEST", "025", "FRE", "RUR")


def test_urging_an_act_is_the_appeal_for_it(pipeline) -> None:
    article, _ = code(pipeline, "Sylvania urged Ruritania to release the prisoners.")
    (event,) = article.events
    assert (event.cameo, event.source, event.target) == ("025", "SYL", "RUR")


def test_agreeing_to_yield_is_the_yielding_act(pipeline) -> None:
    article, _ = code(pipeline, "Ruritania agreed to lift the sanctions on Freedonia.")
    (event,) = article.events
    assert (event.cameo, event.source, event.target, event.hypothetical) == ("085", "RUR", "FRE", False)


def test_force_abroad_targets_that_country(pipeline) -> None:
    article, _ = code(pipeline, "Freedonia held naval exercises off the coast of Sylvania.")
    (event,) = article.events
    assert (event.cameo[:2], event.source, event.target) == ("15", "FRE", "SYL")


def test_force_at_home_has_no_target(pipeline) -> None:
    article, _ = code(pipeline, "Freedonia held naval exercises off the coast of Freedonia.")
    (event,) = article.events
    assert event.target is None


def test_several_parties_of_a_one_sided_act_act_each(pipeline) -> None:
    article, _ = code(pipeline, "Freedonia and Sylvania said they will attack the smugglers' camps.")
    assert sorted((e.source, e.target) for e in article.events) == [("FRE", None), ("SYL", None)]


def test_symmetric_act_is_among_all_parties(pipeline) -> None:
    article, _ = code(pipeline, "Freedonia, Sylvania and Ruritania met in Geneva.")
    (event,) = article.events
    assert event.event == "CONSULT" and len(event.actors) == 3 and not event.recipients


def test_calling_someone_a_hero_is_praise_and_a_traitor_criticism(pipeline) -> None:
    praise, _ = code(pipeline, "Freedonia called Ruritania a reliable partner.")
    assert [(e.cameo, e.source, e.target) for e in praise.events] == [("051", "FRE", "RUR")]
    blame, _ = code(pipeline, "Freedonia called Ruritania a traitor.")
    assert [(e.cameo, e.source, e.target) for e in blame.events] == [("111", "FRE", "RUR")]


def test_a_statement_released_is_no_release(pipeline) -> None:
    article, _ = code(pipeline, "Ruritania released a statement on Monday.")
    assert article.events == ()


def test_attending_school_is_no_visit(pipeline) -> None:
    from eventwire import make_article
    text = "The Peruvian minister attended law school in Quito."
    article = pipeline.annotate(pipeline.parse([make_article("t", text, "2024-01-10")])[0])
    assert any(a.name == "school" for a in article.actors)  # the actors stage takes it for an institution
    assert all(e.cameo != "042" for e in article.events)


def test_lemmatizer_slip_is_undone(pipeline) -> None:
    article, _ = code(pipeline, "Freedonian farmers staged a protest against Ruritania.")
    (event,) = article.events
    assert (event.event, event.target) == ("PROTEST", "RUR")


def test_speech_verbs_come_from_the_quote_cues(pipeline) -> None:
    assert "say" not in pipeline.knowledge.verbs  # one list: quote_cues.tsv
    article, table = code(pipeline, "Sylvania said Ruritania shelled the port.")
    (event,) = article.events
    assert (event.cameo, event.source, event.target) == ("112", "SYL", "RUR")


def test_event_in_a_quote_is_reported_by_its_speaker(pipeline) -> None:
    from eventwire import make_article
    text = "“Our soldiers will withdraw from the border,” Peruvian defence minister Ana Quispe said on Friday."
    article = pipeline.annotate(pipeline.parse([make_article("t", text, "2024-01-10")])[0])
    speaker = next(q.speaker for q in article.quotes if q.speaker)
    assert article.events and all(e.reported_by == speaker for e in article.events)
    assert article.actor(speaker).name == "Ana Quispe"


def test_a_speaker_telling_its_own_attack_accuses_nobody(pipeline) -> None:
    article, table = code(pipeline, "Freedonia said it had shelled the rebel camps in Sylvania.")
    assert all(e.cameo != "112" for e in article.events)
    (event,) = article.events
    assert (event.cameo[:2], event.source, table[event.reported_by]) == ("19", "FRE", "Freedonia")


def test_event_nouns_with_their_target_preposition(pipeline) -> None:
    article, _ = code(pipeline, "Freedonia's criticism of Ruritania surprised observers.")
    assert [(e.cameo, e.source, e.target) for e in article.events] == [("111", "FRE", "RUR")]


def test_event_noun_completing_a_verb_with_in(pipeline) -> None:
    article, _ = code(pipeline, "Freedonian fighters engaged Ruritania in a firefight near the border.",
                      extra={"Freedonian fighters": "FREREB"})
    (event,) = article.events
    assert (event.cameo[:2], event.source, event.target) == ("19", "FREREB", "RUR")


def test_light_verb_with_the_nouns_preposition_on_the_verb(pipeline) -> None:
    article, _ = code(pipeline, "Sylvania filed a lawsuit against Ruritania.")
    (event,) = article.events
    assert (event.cameo, event.source, event.target) == ("115", "SYL", "RUR")
    warned, _ = code(pipeline, "Sylvania issued a warning to Ruritania.")
    assert [(e.cameo, e.source, e.target) for e in warned.events] == [("130", "SYL", "RUR")]


def test_a_bare_abstract_object_keeps_the_coding(pipeline) -> None:
    article, _ = code(pipeline, "Sylvania condemned violence in the capital.")
    assert [e.cameo for e in article.events] == ["111"]
    urged, _ = code(pipeline, "Sylvania urged restraint.")
    assert [e.cameo for e in urged.events] == ["020"]


def test_rejecting_a_claim_is_still_a_rejection(pipeline) -> None:
    article, _ = code(pipeline, "Sylvania rejected the claim.")
    assert [e.event for e in article.events] == ["REJECT"]


def test_event_noun_as_a_mere_circumstance_is_not_coded(pipeline) -> None:
    article, _ = code(pipeline, "Sylvania represented a client in a negotiation.")
    assert article.events == ()


def test_condemning_an_attack_by_x_targets_x_not_the_place(pipeline) -> None:
    article, table = code(pipeline, "Freedonia condemned a raid by Ruritania in Sylvania on Monday.")
    (event,) = article.events
    assert (event.source, event.target) == ("FRE", "RUR")


def test_comma_list_subject_misparsed_as_apposition(pipeline) -> None:
    text = "Sylvania, the Marshall Islands, Tonga and Ruritania condemned Freedonia."
    article, table = code(pipeline, text, extra={"Marshall Islands": "MHL", "Tonga": "TON"})
    (event,) = article.events
    assert names(event.actors, table) == ["Sylvania", "Marshall Islands", "Tonga", "Ruritania"]
    assert names(event.recipients, table) == ["Freedonia"]


def test_a_subject_without_actor_beside_a_named_one(pipeline) -> None:
    # en_core_web_sm gives "Old foes" and "Sylvania" each the nsubj relation: the named one acts
    article, table = code(pipeline, "Old foes Sylvania and Ruritania have signed a treaty after a long break.")
    (event,) = article.events
    assert names(event.actors, table) == ["Sylvania", "Ruritania"]


def test_participial_passive_clause_acts_on_the_main_subject(pipeline) -> None:
    article, table = code(pipeline, "Criticized by Freedonia, Sylvania recalled its envoy.")
    criticism = [e for e in article.events if e.trigger.text("Criticized by Freedonia, Sylvania recalled its envoy.")
                 == "Criticized"]
    assert [(e.source, e.target) for e in criticism] == [("FRE", "SYL")]


def test_event_noun_subject_gives_its_target(pipeline) -> None:
    article, table = code(pipeline, "An attack by Freedonia on Ruritania killed ten people.")
    assert [(e.source, e.target) for e in article.events] == [("FRE", "RUR")]


def test_along_with_makes_a_co_agent(pipeline) -> None:
    article, table = code(pipeline, "Freedonia, along with Sylvania, condemned Ruritania.")
    (event,) = article.events
    assert names(event.actors, table) == ["Freedonia", "Sylvania"]
    assert names(event.recipients, table) == ["Ruritania"]


def test_attack_noun_misread_as_a_verb_still_gives_the_attacker(pipeline) -> None:
    # en_core_web_sm: "in Freedonian artillery shelling" -> "artillery" the object, "shelling" a VBG clause
    text = "Three Ruritania farmers were killed in Freedonian artillery shelling near the border on Monday."
    article, table = code(pipeline, text)
    assert [(e.source, e.target) for e in article.events] == [("FRE", "RUR")]


# --- parties named by a list of owners; primary agents alone (issue 9) -------------------------------------

_LISTED_ACTORS = "QUELLMARK_ [QLM]\nVALDORIA_ [VLD]\nTESSALY_ [TSY]\nBRANDOR_ [BRD]\n"
_LISTED_AGENTS = "DIPLOMAT [~GOV]\nLAWMAKER [~LEG]\nOFFICIAL [~GOV]\nRELIEF_CORPS [NGO~]\nSENATOR [~LEG]\n"


@pytest.fixture(scope="module")
def listed(pipeline, tmp_path_factory):
    """The whole pipeline with a small dictionary of our own, converted as a user would (import-dictionary)."""
    from eventwire.pipeline import Pipeline
    from tests.stages.test_actors import our_settings

    ours = Pipeline(our_settings(tmp_path_factory.mktemp("listed"), _LISTED_ACTORS, _LISTED_AGENTS), nlp=pipeline.nlp)

    def run(text: str):
        article = ours.annotate(ours.parse([make_article("t", text, "2024-05-02")])[0])
        codes = {a.id: a.code for a in article.actors}
        return [(sorted(codes[i] for i in e.actors), [codes[i] for i in e.recipients], e.source, e.cameo)
                for e in article.events]
    return run


def test_each_listed_owner_is_a_party(listed) -> None:
    (event,) = listed("The diplomats of Quellmark, Valdoria and Tessaly criticized Brandor on Monday.")
    assert event[0] == ["QLMGOV", "TSYGOV", "VLDGOV"] and event[1] == ["BRD"], event


def test_a_place_list_after_coordinated_roles_gives_each_its_countries(listed) -> None:
    found = listed("Lawmakers and officials in Quellmark and Valdoria condemned Brandor.")
    sources = sorted(code for actors, _, _, _ in found for code in actors)
    # no countryless "---GOV" officials; "officials" are those of both places, as the lawmakers are
    assert sources == ["QLMGOV", "QLMLEG", "VLDGOV", "VLDLEG"], found


def test_an_owner_phrase_after_coordinated_nouns_gives_the_second_its_owner(listed) -> None:
    # en_core_web_sm hangs "of Tessaly" on "herds", which already has its owner: it is the flocks' (nouns that
    # are no role of the agents table, so that only the noun phrase says whose they are)
    found = listed("Valdoria's herds and flocks of Tessaly criticized Brandor.")
    assert sorted(code for actors, _, _, _ in found for code in actors) == ["TSY", "VLD"], found


def test_every_actor_a_name_stands_for_is_a_party(pipeline, tmp_path) -> None:
    from eventwire.pipeline import Pipeline
    from tests.stages.test_actors import our_settings

    ours = Pipeline(our_settings(tmp_path, _LISTED_ACTORS + "THE_TWIN_MARCHES [TWA/TWB]\n", _LISTED_AGENTS),
                    nlp=pipeline.nlp)
    article = ours.annotate(ours.parse([make_article("t", "Brandor criticized the Twin Marches.", "2024-05-02")])[0])
    codes = {a.id: a.code for a in article.actors}
    assert [sorted(codes[i] for i in e.recipients) for e in article.events] == [["TWA", "TWB"]]


def test_a_name_the_parser_joins_to_the_role_noun_is_an_owner(listed) -> None:
    # en_core_web_sm hangs "Brandor" on "Senators" as a second subject: like joins like, it is an owner
    found = listed("Senators in Valdoria and Brandor welcomed a resumption of formal diplomatic ties with Tessaly.")
    assert sorted(code for actors, _, _, _ in found for code in actors) == ["BRDLEG", "VLDLEG"], found


def test_a_primary_agent_alone_keeps_its_code(listed) -> None:
    (event,) = listed("The Relief Corps criticized Brandor.")
    assert event[2] == "NGO", event
    (event,) = listed("Officials criticized Brandor.")
    assert event[2] == "---GOV", event  # an ordinary agent with no country keeps CAMEO's dashes


# --- actors from the story's country -------------------------------------------------------------------


def _local(pipeline, text: str, places: dict[str, str], groups: dict[str, tuple[str, str]],
           extra: tuple[Actor, ...] = ()):
    """The events of `text` with hand-made places (name -> country) and actors of no stated country
    (name -> (kind, sector)), as the actors stage leaves "police" or "the court", and `extra` actors."""
    article = pipeline.parse([make_article("t", text, "2024-01-10")])[0]
    made = [Place(f"p{n}", Span(text.index(name), text.index(name) + len(name)), name, country, 1.0, 2.0, None,
                  "city") for n, (name, country) in enumerate(places.items())]
    actors = [Actor(f"a{n}", name, kind, None, sector, f"---{sector}",
                    (Mention(Span(text.index(name), text.index(name) + len(name)), "role"),))
              for n, (name, (kind, sector)) in enumerate(groups.items())]
    article = dataclasses.replace(article, actors=(*actors, *extra), places=tuple(sorted(made, key=lambda p: p.span)))
    return events.run(article, pipeline.knowledge).events


def test_state_institutions_of_no_country_take_the_storys_country(pipeline):
    text = ("A warehouse burned in Velmora on Monday. Police arrested the night guard. "
            "Prosecutors in Ostrik later charged the guard. Brask sent engines.")
    found = _local(pipeline, text, {"Velmora": "RUR", "Ostrik": "RUR", "Brask": "RUR"},
                   {"Police": ("organisation", "COP"), "Prosecutors": ("group", "JUD"), "guard": ("person", "CVL")})
    by_cameo = {e.cameo: e for e in found}
    assert by_cameo["173"].source == "RURCOP"
    assert by_cameo["112"].source == "RURJUD"
    # One person of a known role is the story's too (PLOVER gives every actor a country; the role the sector).
    assert by_cameo["173"].target == "RURCVL"


def test_media_and_business_groups_stay_unplaced(pipeline):
    # Newspapers and firms are as often foreign as local: only state bodies and civilians (PLOVER's CVL is
    # "domestic") take the story's country.
    text = "A dam burst near Velmora on Monday. Reporters criticized the builders. Brask mourned."
    found = _local(pipeline, text, {"Velmora": "RUR", "Brask": "RUR"},
                   {"Reporters": ("group", "JRN"), "builders": ("group", "BUS")})
    assert [(e.source, e.target) for e in found if e.cameo == "111"] == [("---JRN", "---BUS")]


def test_no_story_country_no_guess(pipeline):
    # Places of two countries in even measure: the story is set in neither, and police stay ---COP.
    text = "Talks opened in Velmora on Monday. Delegates flew in from Ostrik. Police arrested a protester."
    found = _local(pipeline, text, {"Velmora": "RUR", "Ostrik": "FRE"},
                   {"Police": ("organisation", "COP"), "protester": ("person", "CVL")})
    assert [(e.source, e.target) for e in found if e.cameo == "173"] == [("---COP", "---CVL")]


def test_one_official_takes_the_storys_country(pipeline):
    # "The minister" in a story set in one country, which names no other country's official, is its own.
    text = ("A bridge collapsed in Velmora on Monday. The minister praised the rescuers. "
            "Ostrik and Brask mourned.")
    found = _local(pipeline, text, {"Velmora": "RUR", "Ostrik": "RUR", "Brask": "RUR"},
                   {"minister": ("person", "GOV"), "rescuers": ("group", "CVL")})
    praised = next(e for e in found if e.cameo == "051")
    assert (praised.source, praised.target) == ("RURGOV", "RURCVL")


def test_a_visiting_official_is_not_given_the_storys_country(pipeline):
    # Two countries named: the Freedonian minister flew in to a story set in Ruritania. A later bare "the
    # minister" may be the visitor, so it keeps no country, though police stay the host's.
    text = ("The Freedonian trade minister arrived in Velmora on Monday. The minister praised the police. "
            "Ostrik and Brask welcomed talks.")
    at = text.index("Freedonian trade minister")
    visitor = Actor("v1", "Freedonian trade minister", "person", "FRE", "GOV", "FREGOV",
                    (Mention(Span(at, at + len("Freedonian trade minister")), "role"),))
    found = _local(pipeline, text, {"Velmora": "RUR", "Ostrik": "RUR", "Brask": "RUR"},
                   {"minister praised": ("person", "GOV"), "police": ("organisation", "COP")}, (visitor,))
    praised = next(e for e in found if e.cameo == "051")
    assert (praised.source, praised.target) == ("---GOV", "RURCOP")


def test_a_named_private_person_takes_the_country_alone(pipeline):
    # A person no table knows and no role places: the story's country with no sector, as CAMEO writes a
    # country code alone; the event, once it has a coded side, is kept.
    text = "Tomas Ferreira stabbed two guards in Velmora on Monday. Ostrik and Brask mourned."
    article = pipeline.parse([make_article("t", text, "2024-01-10")])[0]
    made = [Place(f"p{n}", Span(text.index(name), text.index(name) + len(name)), name, "RUR", 1.0, 2.0, None,
                  "city") for n, name in enumerate(("Velmora", "Ostrik", "Brask"))]
    person = Actor("a1", "Tomas Ferreira", "person", None, None, None,
                   (Mention(Span(0, len("Tomas Ferreira")), "name"),))
    guards = Actor("a2", "guards", "group", None, "CVL", "---CVL",
                   (Mention(Span(text.index("guards"), text.index("guards") + 6), "group"),))
    article = dataclasses.replace(article, actors=(person, guards), places=tuple(made))
    # (w19violence: the doer of a crime of violence whom nothing else codes is a criminal, PLOVER CRM)
    (stab,) = [e for e in events.run(article, pipeline.knowledge).events if e.cameo.startswith("18")]
    assert (stab.source, stab.target) == ("RURCRM", "RURCVL")
    # A foreign person in the story: the unplaced one may be a foreigner too (a criminal of no known country).
    other = Actor("a3", "Ana Vale", "person", "FRE", None, "FRE",
                  (Mention(Span(text.index("Brask"), text.index("Brask") + 5), "name"),))
    article = dataclasses.replace(article, actors=(person, guards, other))
    (stab,) = [e for e in events.run(article, pipeline.knowledge).events if e.cameo.startswith("18")]
    assert stab.source == "---CRM"


def test_roles_held_abroad_keep_no_country(pipeline):
    # An embassy serves in a country not its own; tourists and refugees are in one not their own.
    # (Praise between two groups of civilians is no political event: the tourists praise soldiers.)
    text = "A fire broke out in Velmora on Monday. The embassy criticized the police. Tourists praised the soldiers."
    found = _local(pipeline, text, {"Velmora": "RUR"},
                   {"embassy": ("organisation", "GOV"), "police": ("organisation", "COP"),
                    "Tourists": ("group", "CVL"), "soldiers": ("group", "MIL")})
    assert [(e.source, e.target) for e in found if e.cameo in ("111", "051")] == [
        ("---GOV", "RURCOP"), ("---CVL", "RURMIL")]


def test_a_participant_of_another_country_keeps_the_institution_unplaced(pipeline):
    # The story's only place describes the accusers ("a Velby-based group"); the forces accused are not
    # thereby Velby's country's.
    text = "The Freedonian League, a Velby-based group, accused government forces of shelling a market."
    article = pipeline.parse([make_article("t", text, "2024-01-10")])[0]
    at, forces = text.index("Velby"), text.index("forces")
    league = Actor("a1", "The Freedonian League", "organisation", "FRE", "HRI", "FREHRI",
                   (Mention(Span(0, len("The Freedonian League")), "name"),))
    troops = Actor("a2", "government forces", "group", None, "MIL", "---MIL",
                   (Mention(Span(forces, forces + len("forces")), "role"),))
    place = Place("p1", Span(at, at + len("Velby")), "Velby", "RUR", 1.0, 2.0, None, "city")
    article = dataclasses.replace(article, actors=(league, troops), places=(place,))
    found = events.run(article, pipeline.knowledge).events
    assert [(e.source, e.target) for e in found if e.cameo.startswith("11")] == [("FREHRI", "---MIL")]


def test_a_pronoun_target_is_the_person_it_stands_for(pipeline):
    # "Police shot him": the actors stage resolves "him" to the attacker, who is the event's target and, named
    # in full with no role in a story set in Peru, takes its country; so do the police and the victims.
    text = "Tomas Ferreira stabbed three people in Lima on Monday. Police arrived and shot him."
    article = pipeline.annotate(pipeline.parse([make_article("t", text, "2024-01-10")])[0])
    found = {e.cameo[:2]: e for e in article.events}
    person = next(a for a in article.actors if a.name == "Tomas Ferreira")
    # (w19violence: the stabbing is a crime of violence, its doer a criminal, PLOVER CRM)
    assert found["18"].actors == (person.id,) and (found["18"].source, found["18"].target) == ("PERCRM", "PERCVL")
    assert found["19"].recipients == (person.id,) and (found["19"].source, found["19"].target) == ("PERCOP", "PER")


def test_two_private_people_make_no_event(pipeline):
    # Two people no table knows and no role places, one acting on the other: the story's country says where
    # they are, not that the act is political. The same act on one of them by the police is kept.
    text = "Tomas Ferreira criticized Ana Vale. Police criticized Ana Vale. Velmora, Ostrik and Brask mourned."
    article = pipeline.parse([make_article("t", text, "2024-01-10")])[0]
    made = [Place(f"p{n}", Span(text.index(name), text.index(name) + len(name)), name, "RUR", 1.0, 2.0, None,
                  "city") for n, name in enumerate(("Velmora", "Ostrik", "Brask"))]
    tomas = Actor("a1", "Tomas Ferreira", "person", None, None, None, (Mention(Span(0, 14), "name"),))
    spans = [Span(i, i + 8) for i in (text.index("Ana Vale"), text.rindex("Ana Vale"))]
    ana = Actor("a2", "Ana Vale", "person", None, None, None, tuple(Mention(s, "name") for s in spans))
    at = text.index("Police")
    police = Actor("a3", "Police", "organisation", None, "COP", "---COP", (Mention(Span(at, at + 6), "role"),))
    article = dataclasses.replace(article, actors=(tomas, ana, police), places=tuple(made))
    found = [(e.source, e.target) for e in events.run(article, pipeline.knowledge).events if e.cameo == "111"]
    assert found == [("RURCOP", "RUR")]
