from __future__ import annotations

import dataclasses

from eventwire import make_article
from eventwire.records import Actor, Article, Mention, Place, Span
from eventwire.stages.event_places import event_place


def _article(pipeline, text: str, places: dict[str, tuple[str, str]],
             actors: tuple[Actor, ...] = ()) -> Article:
    """The parsed text with hand-made places (name -> (id, country)) at their first occurrence."""
    article = pipeline.parse([make_article("t", text, "2024-05-02")])[0]
    made = []
    for name, (place_id, country) in places.items():
        at = text.index(name)
        made.append(Place(place_id, Span(at, at + len(name)), name, country, 1.0, 2.0, None, "city"))
    return dataclasses.replace(article, places=tuple(sorted(made, key=lambda p: p.span)), actors=actors)


def _locate(article: Article, trigger: str, participants: tuple[Actor, ...] = ()) -> tuple[str | None, str | None]:
    at = article.text.index(trigger)
    for sentence in article.sentences():
        for token in sentence.sent:
            if sentence.offset + token.idx == at:
                return event_place(article, sentence, token, participants)
    raise AssertionError(f"no token at {trigger!r}")


def _actor(actor_id: str, name: str, text: str, country: str | None) -> Actor:
    at = text.index(name)
    return Actor(actor_id, name, "group", country, None, None, (Mention(Span(at, at + len(name)), "name"),))


def test_the_place_of_the_events_own_clause(pipeline):
    text = "Farmers blocked roads near Velmora on Monday, while traders in Ostrik said prices would rise."
    article = _article(pipeline, text, {"Velmora": ("p1", "RUR"), "Ostrik": ("p2", "RUR")})
    assert _locate(article, "blocked") == ("p1", "clause")


def test_a_place_that_only_names_the_actor_is_no_location(pipeline):
    # "Velmora" is who condemned, not where: the event takes the place after "in".
    text = "Velmora condemned the arrests in Ostrik."
    article = _article(pipeline, text, {"Velmora": ("p1", "RUR"), "Ostrik": ("p2", "FRE")})
    assert _locate(article, "condemned") == ("p2", "clause")


def test_else_a_locative_place_of_the_sentence(pipeline):
    text = "After the rally in Ostrik ended, the minister resigned."
    article = _article(pipeline, text, {"Ostrik": ("p1", "RUR")})
    assert _locate(article, "resigned") == ("p1", "sentence")


def test_a_place_named_with_a_strike_abroad_not_the_attackers(pipeline):
    text = "Ruritanian jets struck a depot near Ostrik, the ministry in Velmora said."
    article = _article(pipeline, text, {"Ostrik": ("p1", "FRE"), "Velmora": ("p2", "RUR")})
    assert _locate(article, "struck") == ("p1", "clause")


def test_the_dateline_only_for_local_participants(pipeline):
    text = "VELMORA (Wire) — Police arrested two protesters on Tuesday. Freedonian troops shelled a village."
    article = _article(pipeline, text, {"VELMORA": ("p1", "RUR")})
    police = _actor("a1", "Police", text, "RUR")
    troops = _actor("a2", "Freedonian troops", text, "FRE")
    assert _locate(article, "arrested", (police,)) == ("p1", "dateline")
    assert _locate(article, "shelled", (troops,)) == (None, None)  # a foreign actor: the dateline says nothing
    stranger = _actor("a3", "protesters", text, None)
    assert _locate(article, "arrested", (police, stranger)) == ("p1", "dateline")  # none known to be foreign
    assert _locate(article, "arrested", (police, troops)) == (None, None)  # two countries


def test_no_dateline_no_place(pipeline):
    text = "Police arrested two protesters on Tuesday."
    article = _article(pipeline, text, {})
    assert _locate(article, "arrested", (_actor("a1", "Police", text, "RUR"),)) == (None, None)


def test_a_domestic_event_takes_its_countrys_place_named_as_the_actor(pipeline):
    text = "Ruritania banned two newspapers on Friday."
    article = _article(pipeline, text, {"Ruritania": ("p1", "RUR")})
    government = _actor("a1", "Ruritania", text, "RUR")
    assert _locate(article, "banned", (government,)) == ("p1", "sentence")


def test_a_story_without_a_dateline_defaults_to_the_place_its_lead_names(pipeline):
    text = ("A bridge collapsed on Monday in Ostrik, killing four. "
            "Rescuers searched the river. Later, the governor resigned.")
    article = _article(pipeline, text, {"Ostrik": ("p1", "RUR")})
    rescuers = _actor("a1", "Rescuers", text, "RUR")
    assert _locate(article, "searched", (rescuers,)) == ("p1", "article")
    foreign = _actor("a2", "governor", text, "FRE")
    assert _locate(article, "resigned", (foreign,)) == (None, None)


def test_else_the_place_the_story_names_most_in_the_participants_country(pipeline):
    text = ("Ruritania's parliament met on Monday. Lawmakers argued for hours. "
            "Later the speaker adjourned the session, and Ruritania waited.")
    article = _article(pipeline, text, {"Ruritania": ("p1", "RUR")})
    speaker = _actor("a1", "speaker", text, "RUR")
    assert _locate(article, "adjourned", (speaker,)) == ("p1", "article")
    assert _locate(article, "adjourned", (_actor("a2", "speaker", text, "FRE"),)) == (None, None)


def test_participants_of_no_known_country_take_the_storys_one_country(pipeline):
    # Every place the story names is in Ruritania: police and a driver of no stated country acted there.
    text = ("A bus crashed on Monday in Velmora, Ruritania. Police arrested the driver on Tuesday. "
            "Rescuers from Ostrik helped.")
    article = _article(pipeline, text, {"Velmora": ("p1", "RUR"), "Ruritania": ("p2", "RUR"), "Ostrik": ("p3", "RUR")})
    article = dataclasses.replace(article, places=tuple(
        dataclasses.replace(p, feature="country") if p.id == "p2" else p for p in article.places))
    police, driver = _actor("a1", "Police", text, None), _actor("a2", "the driver", text, None)
    assert _locate(article, "arrested", (police, driver)) == ("p2", "article")


def test_a_story_of_two_countries_gives_no_default_place(pipeline):
    text = "Talks opened in Velmora on Monday. Delegates flew in from Ostrik. Police arrested a man."
    article = _article(pipeline, text, {"Velmora": ("p1", "RUR"), "Ostrik": ("p2", "FRE")})
    assert _locate(article, "arrested", (_actor("a1", "Police", text, None),)) == (None, None)


def test_a_charge_by_no_one_known_is_placed_only_by_its_own_sentence(pipeline):
    text = "Prosecutors in Velmora charged the senator on Monday. Ostrik and Velmora voted in May."
    article = _article(pipeline, text, {"Velmora": ("p1", "RUR"), "Ostrik": ("p2", "RUR")})
    prosecutors, senator = _actor("a1", "Prosecutors", text, None), _actor("a2", "the senator", text, "RUR")
    assert _locate(article, "charged", (prosecutors, senator), ) == ("p1", "clause")
    # Only the target's country known and nobody acting of it: whoever acted may have done so from anywhere.
    later = "The senator was condemned on Monday. Ostrik and Velmora voted in May."
    article = _article(pipeline, later, {"Velmora": ("p1", "RUR"), "Ostrik": ("p2", "RUR")})
    sentence = next(iter(article.sentences()))
    trigger = next(t for t in sentence.sent if t.text == "condemned")
    assert event_place(article, sentence, trigger, (_actor("a2", "The senator", later, "RUR"),), acting=()) == (None, None)


def test_a_story_mostly_in_one_country_with_its_lead_there(pipeline):
    text = ("A dam burst on Monday in Velmora. Police arrested an engineer. Ostrik and Brask sent help, "
            "and Lunta in Freedonia sent boats.")
    places = {"Velmora": ("p1", "RUR"), "Ostrik": ("p2", "RUR"), "Brask": ("p3", "RUR"), "Lunta": ("p4", "FRE"),
              "Freedonia": ("p5", "FRE")}
    article = _article(pipeline, text, places)  # three in five in Ruritania, and the lead there
    assert _locate(article, "arrested", (_actor("a1", "Police", text, None),)) == ("p1", "article")
    # Without the lead's Velmora: two in four in Ruritania, no lead place: the story is set nowhere in particular.
    elsewhere = text.replace("on Monday in Velmora", "on Monday")
    article = _article(pipeline, elsewhere, {k: v for k, v in places.items() if k != "Velmora"})
    assert _locate(article, "arrested", (_actor("a1", "Police", elsewhere, None),)) == (None, None)


def test_a_country_named_among_others_is_a_party_not_the_place(pipeline):
    text = "Ruritania, Freedonia and Grand Fenwick have pledged funds for the bridge."
    article = _article(pipeline, text, {"Ruritania": ("p1", "RUR"), "Freedonia": ("p2", "FRE"),
                                        "Grand Fenwick": ("p3", "GFW")})
    article = dataclasses.replace(article, places=tuple(dataclasses.replace(p, feature="country") for p in article.places))
    # Not the sentence's place: what is left is the story's default for a Ruritanian actor (there is no other).
    assert _locate(article, "pledged", (_actor("a1", "Ruritania", text, "RUR"),)) == ("p1", "article")
    alone = "Ruritania has pledged funds for the bridge."
    article = _article(pipeline, alone, {"Ruritania": ("p1", "RUR")})
    article = dataclasses.replace(article, places=tuple(dataclasses.replace(p, feature="country") for p in article.places))
    assert _locate(article, "pledged", (_actor("a1", "Ruritania", alone, "RUR"),)) == ("p1", "sentence")


def test_a_default_location_is_a_town_or_larger(pipeline):
    text = "Crowds gathered at Velmora Hall on Monday. Police arrested a man."
    article = _article(pipeline, text, {"Velmora Hall": ("p1", "RUR")})
    article = dataclasses.replace(article, places=tuple(dataclasses.replace(p, feature="facility") for p in article.places))
    assert _locate(article, "arrested", (_actor("a1", "Police", text, None),)) == (None, None)


def test_a_place_of_a_clause_inside_the_event_is_not_its_place(pipeline):
    text = "Police arrested a man who robbed a bank in Ostrik."
    article = _article(pipeline, text, {"Ostrik": ("p1", "RUR")})
    assert _locate(article, "arrested") == (None, None)
    # A participle after a noun says where that thing is: attending it happens there.
    held = "Hundreds attended the rally held in Ostrik."
    article = _article(pipeline, held, {"Ostrik": ("p1", "RUR")})
    assert _locate(article, "attended") == ("p1", "clause")


def test_a_place_of_a_later_or_coordinated_clause_is_not_the_sentences(pipeline):
    text = "The ministry blamed Freedonia for the attack, promising to send troops to Ostrik."
    article = _article(pipeline, text, {"Ostrik": ("p1", "RUR")})
    assert _locate(article, "blamed") == (None, None)
    text = "The attack was claimed by rebels in Ostrik, but the ministry blamed Lunta."
    article = _article(pipeline, text, {"Ostrik": ("p1", "RUR")})
    assert _locate(article, "blamed") == (None, None)
    # Words fronted before the first of two coordinated clauses scope over both.
    text = "In Velmora, police raided a house and arrested two men."
    article = _article(pipeline, text, {"Velmora": ("p1", "RUR")})
    assert _locate(article, "arrested") == ("p1", "sentence")


def test_a_place_inside_the_object_of_a_clause_over_the_event_is_not_its_place(pipeline):
    text = "After the minister resigned, the senator criticised his dealings in Ostrik."
    article = _article(pipeline, text, {"Ostrik": ("p1", "RUR")})
    assert _locate(article, "resigned") == (None, None)
    text = "Police in Ostrik said they had arrested two men."
    article = _article(pipeline, text, {"Ostrik": ("p1", "RUR")})
    assert _locate(article, "arrested") == ("p1", "sentence")


def test_a_place_describing_a_person_in_apposition_is_not_the_events(pipeline):
    text = "Yesterday Tomas Brel, a senator in Ostrik, was convicted of fraud."
    article = _article(pipeline, text, {"Ostrik": ("p1", "RUR")})
    assert _locate(article, "convicted") == (None, None)
    # Nor is it how the sentence names its participant, for the participants' own country.
    text = "The court ruled for Ana Ruiz, a senator in Ostrik, on Monday. Freedonia and Lunta objected."
    article = _article(pipeline, text, {"Ostrik": ("p1", "RUR"), "Freedonia": ("p2", "FRE"), "Lunta": ("p3", "LUN")})
    # (What is left is the story's default location for a Ruritanian, not the sentence's place.)
    assert _locate(article, "ruled", (_actor("a1", "Ana Ruiz", text, "RUR"),)) == ("p1", "article")


def test_the_participants_country_named_in_the_sentence_only_as_a_participant(pipeline):
    text = "A Ruritanian judge sentenced a Velmora man to prison. Freedonia and Lunta objected."
    places = {"Velmora": ("p1", "RUR"), "Freedonia": ("p2", "FRE"), "Lunta": ("p3", "LUN")}
    article = _article(pipeline, text, places)
    assert _locate(article, "sentenced", (_actor("a1", "Ruritanian judge", text, "RUR"),)) == ("p1", "article")
    text = "The governor of Velmora signed the decree. Freedonia and Lunta objected."
    article = _article(pipeline, text, places)
    assert _locate(article, "signed", (_actor("a1", "governor of Velmora", text, "RUR"),)) == ("p1", "sentence")
    # The agent of a passive acted on its subject, which may be anywhere.
    text = "The rebels are backed by Velmora. Freedonia and Lunta objected."
    article = _article(pipeline, text, places)
    assert _locate(article, "backed", (_actor("a1", "Velmora", text, "RUR"),)) == ("p1", "article")


def test_a_story_whose_opening_names_the_country_of_three_in_four_of_its_places(pipeline):
    text = ("Ana Ruiz, the Prime Minister of Ruritania, signed a decree on Friday. Velmora and Ostrik "
            "protested, and Lunta wrote. Police detained a man.")
    places = {"Ruritania": ("p1", "RUR"), "Velmora": ("p2", "RUR"), "Ostrik": ("p3", "RUR"), "Lunta": ("p4", "FRE")}
    article = _article(pipeline, text, places)
    article = dataclasses.replace(article, places=tuple(
        dataclasses.replace(p, feature="country") if p.id == "p1" else p for p in article.places))
    assert _locate(article, "detained", (_actor("a1", "Police", text, None),)) == ("p1", "article")
    # Two in three: not enough without a place the lead puts something in.
    fewer = {k: v for k, v in places.items() if k != "Ostrik"}
    article = _article(pipeline, text, fewer)
    assert _locate(article, "detained", (_actor("a1", "Police", text, None),)) == (None, None)


def _named_twice(pipeline, text: str, places: dict[str, tuple[str, str]], name: str) -> Article:
    """The article with hand-made places, and `name` a place once more at its second occurrence."""
    article = _article(pipeline, text, places)
    second = text.index(name, text.index(name) + 1)
    again = Place(f"p{len(article.places) + 9}", Span(second, second + len(name)), name, "RUR", 1.0, 2.0, None, "city")
    return dataclasses.replace(article, places=tuple(sorted(article.places + (again,), key=lambda p: p.span)))


def test_the_place_a_story_names_most_only_when_most_of_its_mentions_name_it(pipeline):
    text = "The senator resigned on Monday. Velmora voted, Ostrik voted, and Velmora and Brask cheered."
    places = {"Velmora": ("p1", "RUR"), "Ostrik": ("p2", "RUR"), "Brask": ("p3", "RUR")}
    article = _named_twice(pipeline, text, places, "Velmora")
    # Velmora is two of four mentions: the story spans three towns, none of them in particular.
    assert _locate(article, "resigned", (_actor("a1", "The senator", text, "RUR"),)) == (None, None)
    text = "The senator resigned on Monday. Velmora voted, and Velmora and Brask cheered."
    article = _named_twice(pipeline, text, {"Velmora": ("p1", "RUR"), "Brask": ("p3", "RUR")}, "Velmora")
    assert _locate(article, "resigned", (_actor("a1", "The senator", text, "RUR"),)) == ("p1", "article")


def test_a_semicolon_parts_the_places_of_two_sentences(pipeline):
    text = "The charity urged more help for refugees from Lunta; since then, rival groups have grown in Ostrik."
    article = _article(pipeline, text, {"Ostrik": ("p1", "RUR")})
    assert _locate(article, "urged") == (None, None)


def test_a_trip_to_a_place_puts_what_happened_during_it_there(pipeline):
    text = "The magazine reported that during a 2019 trip to Ostrik, the minister refused to meet the envoy."
    article = _article(pipeline, text, {"Ostrik": ("p1", "FRE")})
    assert _locate(article, "refused") == ("p1", "clause")
    # Not "to" after any noun: "a threat to Ostrik" says what is threatened, not where.
    text = "The minister rejected the threat to Ostrik."
    article = _article(pipeline, text, {"Ostrik": ("p1", "FRE")})
    assert _locate(article, "rejected") == (None, None)


def _locate_force(article: Article, trigger: str, participants: tuple[Actor, ...], force: str | None,
                  acting: tuple[Actor, ...] | None = None) -> tuple[str | None, str | None]:
    at = article.text.index(trigger)
    for sentence in article.sentences():
        for token in sentence.sent:
            if sentence.offset + token.idx == at:
                return event_place(article, sentence, token, participants, acting=acting, force=force)
    raise AssertionError(f"no token at {trigger!r}")


def test_an_assault_is_not_placed_in_the_attackers_country(pipeline):
    # "Ruritania began an offensive" names the attacker, not where the offensive is; the same sentence
    # with a ban, an act of coercion at home, keeps the country it names.
    # A story of two countries: neither is where the offensive is by default.
    text = "On Monday, Ruritania began a military offensive. Officials in Ostrik and Brask disagreed."
    article = _article(pipeline, text, {"Ruritania": ("p1", "RUR"), "Ostrik": ("p2", "FRE"),
                                        "Brask": ("p3", "FRE")})
    attacker = _actor("a1", "Ruritania", text, "RUR")
    assert _locate_force(article, "began", (attacker,), "ASSAULT") == (None, None)
    assert _locate_force(article, "began", (attacker,), "COERCE") == ("p1", "sentence")
    assert _locate_force(article, "began", (attacker,), None) == ("p1", "sentence")


def test_an_assault_with_a_place_named_with_it_keeps_it(pipeline):
    text = "Ruritania began a military offensive near Ostrik on Monday."
    article = _article(pipeline, text, {"Ruritania": ("p1", "RUR"), "Ostrik": ("p2", "FRE")})
    attacker = _actor("a1", "Ruritania", text, "RUR")
    assert _locate_force(article, "began", (attacker,), "ASSAULT") == ("p2", "clause")


def test_a_place_beside_other_words_describing_a_town_is_not_where(pipeline):
    text = "Police arrested a man in the Velmora coastal town on Monday."
    article = _article(pipeline, text, {"Velmora": ("p1", "RUR")})
    assert _locate(article, "arrested") == (None, None)
    text = "Police arrested a man at a Velmora ceremony on Monday."
    article = _article(pipeline, text, {"Velmora": ("p1", "RUR")})
    assert _locate(article, "arrested") == ("p1", "clause")


def test_an_outsider_to_a_one_country_story_gets_no_default_place(pipeline):
    # A story set in Ruritania (all its places there); a Freedonian company commenting is not placed in
    # Freedonia just because the story once names a Freedonian town.
    text = ("Floods hit towns in Velmora, Ostrik, Zenda and Brask on Monday. Rescuers worked all night. "
            "Tarn had no rain. A company said it would send pumps.")
    article = _article(pipeline, text, {"Velmora": ("p1", "RUR"), "Ostrik": ("p2", "RUR"), "Zenda": ("p3", "RUR"),
                                        "Brask": ("p4", "RUR"), "Tarn": ("p5", "FRE")})
    rescuers = _actor("a1", "Rescuers", text, "RUR")
    company = _actor("a2", "company", text, "FRE")
    assert _locate(article, "send", (company,)) == (None, None)
    assert _locate(article, "worked", (rescuers,)) == ("p1", "article")


def test_an_event_without_participants_in_a_one_country_story(pipeline):
    # "weeks of protests" names nobody; in a story set in Ruritania it happened there, in a story of two
    # countries nowhere known.
    text = "Floods hit towns in Velmora, Ostrik, Zenda and Brask on Monday. The protests went on for weeks."
    article = _article(pipeline, text, {"Velmora": ("p1", "RUR"), "Ostrik": ("p2", "RUR"), "Zenda": ("p3", "RUR"),
                                        "Brask": ("p4", "RUR")})
    assert _locate_force(article, "protests", (), None, acting=()) == ("p1", "article")
    assert _locate(article, "protests") == (None, None)  # not told who acted: only the text's own place
    article = _article(pipeline, text, {"Velmora": ("p1", "RUR"), "Ostrik": ("p2", "FRE"), "Zenda": ("p3", "RUR"),
                                        "Brask": ("p4", "FRE")})
    assert _locate_force(article, "protests", (), None, acting=()) == (None, None)
