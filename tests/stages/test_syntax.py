"""The argument-structure helpers on sentences written for these tests (fictional or varied names)."""
from __future__ import annotations

import pytest

from eventwire.stages import syntax


@pytest.fixture(scope="module")
def parse(pipeline):
    return lambda text: pipeline.nlp(text)


def _word(doc, text: str):
    return next(t for t in doc if t.text == text)


def test_conjuncts_with_commas_and_and(parse) -> None:
    doc = parse("Freedonia, Sylvania and Ruritania signed the accord.")
    heads = syntax.conjuncts(_word(doc, "Freedonia"))
    assert [t.text for t in heads] == ["Freedonia", "Sylvania", "Ruritania"]


def test_subjects_are_every_conjunct(parse) -> None:
    doc = parse("Chile and Peru said they will attack the camps.")
    assert [t.text for t in syntax.subjects(_word(doc, "said"))] == ["Chile", "Peru"]
    assert syntax.is_subject(_word(doc, "Peru"))


def test_governing_subjects_climb_to_the_clause_above(parse) -> None:
    doc = parse("Ana Vell wanted to help the farmers.")
    assert [t.text for t in syntax.governing_subjects(_word(doc, "help"), ("nsubj",), ("xcomp",))] == ["Vell"]
    # not through a relation it is not given, and the verb's own subject first
    assert syntax.governing_subjects(_word(doc, "help"), ("nsubj",), ("conj",)) == []
    assert [t.text for t in syntax.governing_subjects(_word(doc, "wanted"), ("nsubj",), ("xcomp",))] == ["Vell"]


def test_coordinated_modifiers_make_two_parties(parse) -> None:
    doc = parse("Chilean and Peruvian students staged a protest in Lima.")
    assert [t.text for t in syntax.coordinated_modifiers(_word(doc, "students"))] == ["Chilean", "Peruvian"]
    single = parse("Chilean students staged a protest.")
    assert syntax.coordinated_modifiers(_word(single, "students")) == []


def test_a_subject_misread_as_a_compound_of_its_verb(parse) -> None:
    # a verb form that disagrees with its subject: the parser makes the name a "compound" of the verb
    doc = parse("Norway act on a resolution with Sylvania, a senior official said on Saturday.")
    verb = _word(doc, "act")
    assert syntax.subjects(verb) == [] and syntax.misread_subject(verb).text == "Norway"
    ok = parse("Norway acted on a resolution with Sylvania, a senior official said on Saturday.")
    assert syntax.misread_subject(_word(ok, "acted")) is None  # a subject of its own: nothing misread


def test_coordinated_verbs_share_the_object_of_the_last(parse) -> None:
    doc = parse("Valdorian troops attacked and burned a Tessalian village.")
    assert [t.text for t in syntax.shared_objects(_word(doc, "attacked"))] == ["village"]
    assert syntax.shared_objects(_word(doc, "burned")) == []  # its own object is not "shared"
    own = parse("Valdoria attacked a convoy and burned a village.")
    assert syntax.shared_objects(_word(own, "attacked")) == []


def test_passive_agents(parse) -> None:
    doc = parse("The convoy was attacked by bandits and rebels.")
    verb = _word(doc, "attacked")
    assert syntax.is_passive(verb)
    assert [t.text for t in syntax.passive_agents(verb)] == ["bandits", "rebels"]
    assert not syntax.is_passive(_word(parse("Bandits attacked the convoy."), "attacked"))


def test_prepositional_targets_of_verbs_and_nouns(parse) -> None:
    doc = parse("Sylvania imposed sanctions on Freedonia and Ruritania on Monday.")
    found = syntax.prep_objects(_word(doc, "imposed"))
    assert [t.text for t in found["on"]] == ["Freedonia", "Ruritania"]  # not the date
    noun = parse("The talks with Ruritania ended.")
    assert [t.text for t in syntax.prep_objects(_word(noun, "talks"))["with"]] == ["Ruritania"]


def test_objects_of_the_tokens_own_prepositions(parse) -> None:
    doc = parse("Chile eased the curfew in response to a statement from Bolivia.")
    assert [t.text for t in syntax.objects_of(_word(doc, "eased"), ("in",))] == ["response"]
    statement = _word(doc, "statement")
    assert [t.text for t in syntax.objects_of(statement, ("from", "by"))] == ["Bolivia"]
    assert syntax.objects_of(statement, ("of",)) == []

def test_locative_objects_follow_of_phrases(parse) -> None:
    doc = parse("Chile held naval exercises off the coast of Bolivia.")
    assert [t.text for t in syntax.locative_objects(_word(doc, "held"))] == ["coast", "Bolivia"]


def test_negation(parse) -> None:
    assert syntax.is_negated(_word(parse("The senator did not endorse Ms. Varga."), "endorse"))
    assert syntax.is_negated(_word(parse("Ruritania never attacked Sylvania."), "attacked"))
    assert not syntax.is_negated(_word(parse("The senator endorsed Ms. Varga."), "endorsed"))


def test_conditionals_reach_through_to_infinitives(parse) -> None:
    doc = parse("The accord would have to be ratified by the Sylvanian parliament.")
    assert syntax.is_conditional(_word(doc, "ratified"))
    assert syntax.is_conditional(_word(parse("Freedonia could strike the depots."), "strike"))
    assert syntax.is_conditional(_word(parse("Freedonia will strike if the talks fail."), "strike"))
    assert not syntax.is_conditional(_word(parse("Freedonia struck the depots."), "struck"))


def test_allegation_clause(parse) -> None:
    doc = parse("He resigned after an allegation that he assaulted a clerk.")
    noun = syntax.alleged_by_noun(_word(doc, "assaulted"), frozenset({"allegation"}))
    assert noun is not None and noun.text == "allegation"
    plain = parse("He resigned after he assaulted a clerk.")
    assert syntax.alleged_by_noun(_word(plain, "assaulted"), frozenset({"allegation"})) is None


def test_object_control(parse) -> None:
    doc = parse("Chile wants Peru to withdraw its envoy.")
    controller = syntax.controller_object(_word(doc, "withdraw"))
    assert controller is not None and controller.text == "Peru"
    own = parse("Peru agreed to lift the sanctions.")
    assert syntax.controller_object(_word(own, "lift")) is None
    head = syntax.complement_of(_word(own, "lift"), frozenset({"agree"}))
    assert head is not None and head.text == "agreed"


def test_light_verb_and_bare_nouns(parse) -> None:
    doc = parse("Ruritania launched an investigation into the bank.")
    verb = syntax.light_verb_object(_word(doc, "investigation"))
    assert verb is not None and verb.text == "launched"
    assert syntax.bare_noun(_word(parse("She attended law school in Quito."), "school"))
    assert not syntax.bare_noun(_word(parse("She attended the summit in Quito."), "summit"))


def test_subtree_span(pipeline) -> None:
    from eventwire import make_article
    article = pipeline.parse([make_article("t", "Sylvania expelled two diplomats from Freedonia.", None)])[0]
    (sentence,) = article.sentences()
    verb = next(t for t in sentence.sent if t.text == "expelled")
    assert syntax.subtree_span(sentence, verb).text(article.text) == "Sylvania expelled two diplomats from Freedonia."


def test_comma_list_misread_as_apposition_stays_a_list(parse) -> None:
    # en_core_web_sm reads "X, the Y, Z and W" as X with an apposition "the Y" that has the conjuncts
    doc = parse("Sylvania, the Marshall Islands, Tonga and Ruritania welcomed the accord.")
    heads = syntax.conjuncts(_word(doc, "Sylvania"))
    assert [t.text for t in heads] == ["Sylvania", "Islands", "Tonga", "Ruritania"]
    # "A, the B, and C": the apposition is followed by the head's own conjunct
    doc = parse("Sylvania, the wealthy Freedonia, and Ruritania condemned the raid.")
    assert [t.text for t in syntax.conjuncts(_word(doc, "Sylvania"))] == ["Sylvania", "Freedonia", "Ruritania"]


def test_true_apposition_is_no_list_member(parse) -> None:
    doc = parse("Sylvania, the Gulf state, condemned the raid.")
    assert [t.text for t in syntax.conjuncts(_word(doc, "Sylvania"))] == ["Sylvania"]


def test_first_names_of_a_list_misread_as_a_modifier(pipeline) -> None:
    from spacy.tokens import Doc

    # the parse en_core_web_sm gives some lists "X and the evil Y": X an nmod of Y, the "and" inside X's phrase
    words = ["Tarvonia", "and", "the", "evil", "Ruritania", "welcomed", "it"]
    heads = [4, 0, 3, 0, 5, 5, 5]
    deps = ["nmod", "cc", "det", "conj", "nsubj", "ROOT", "dobj"]
    pos = ["PROPN", "CCONJ", "DET", "NOUN", "PROPN", "VERB", "PRON"]
    doc = Doc(pipeline.nlp.vocab, words=words, heads=heads, deps=deps, pos=pos)
    assert syntax.listed_modifier(doc[0])
    assert [t.text for t in syntax.conjuncts(doc[4])] == ["Ruritania", "Tarvonia", "evil"]
    # a name that modifies a name without a coordinator is no list ("Freedonia President Vlad")
    plain = Doc(pipeline.nlp.vocab, words=["Freedonia", "President", "Vlad"], heads=[2, 2, 2],
                deps=["compound", "compound", "ROOT"], pos=["PROPN", "PROPN", "PROPN"])
    assert not syntax.listed_modifier(plain[0])


def test_comitative_along_with_adds_parties(parse) -> None:
    doc = parse("Freedonia, along with Sylvania and Tonga, attacked Osterlich.")
    assert [t.text for t in syntax.conjuncts(_word(doc, "Freedonia"))] == ["Freedonia", "Sylvania", "Tonga"]
    doc = parse("Freedonia, together with Sylvania, condemned Tonga.")
    assert [t.text for t in syntax.conjuncts(_word(doc, "Freedonia"))] == ["Freedonia", "Sylvania"]
    # a bare "with" is no comitative
    doc = parse("A man with a gun attacked the convoy.")
    assert [t.text for t in syntax.conjuncts(_word(doc, "man"))] == ["man"]


def test_a_name_after_an_owner_phrase_joins_the_owner_not_the_role_noun(parse) -> None:
    # en_core_web_sm makes "Brandor" a conjunct of "Senators"; like coordinates with like ("in X and Y")
    doc = parse("Senators in Valdoria and Brandor welcomed a resumption of formal diplomatic ties with Tessaly.")
    assert _word(doc, "Brandor").head.text == "Senators"  # the misreading this guards against
    assert [t.text for t in syntax.subjects(_word(doc, "welcomed"))] == ["Senators"]
    assert [t.text for t in syntax.conjuncts(_word(doc, "Valdoria"))] == ["Valdoria", "Brandor"]
    # a phrase of its own, with a determiner, stays the second subject
    doc = parse("Senators in Valdoria and the army welcomed a resumption of formal diplomatic ties with Tessaly.")
    assert [t.text for t in syntax.subjects(_word(doc, "welcomed"))] == ["Senators", "army"]


def test_owner_phrase_after_coordinated_nouns_covers_the_second(parse) -> None:
    doc = parse("Valdoria's herds and flocks of Tessaly criticized Brandor.")
    assert [p.text for p in syntax.owner_preps(_word(doc, "flocks"))] == ["of"]
    assert syntax.owner_preps(_word(doc, "Brandor")) == []


def test_for_clause_finds_the_subject_of_a_for_to_clause(pipeline) -> None:
    from eventwire.stages.syntax import for_clause
    doc = pipeline.nlp("Freedonia called for Ruritania to withdraw its ambassador.")
    verb, subject = for_clause(doc[1])
    assert (verb.lower_, subject.lower_) == ("withdraw", "ruritania")
    assert for_clause(pipeline.nlp("Freedonia called for calm.")[1]) is None


def test_agentless_passive(parse) -> None:
    assert syntax.agentless_passive(_word(parse("Marr could be jailed for ten years."), "jailed"))
    assert not syntax.agentless_passive(_word(parse("Marr was jailed by a Brumian court."), "jailed"))
    assert not syntax.agentless_passive(_word(parse("A Brumian court jailed Marr."), "jailed"))


def test_a_participle_joined_to_a_passive_shares_it(parse) -> None:
    doc = parse("A Chilean guard was shot and killed by Peruvian rebels near the border.")
    killed = _word(doc, "killed")
    assert syntax.passive_conjunct(killed) and syntax.is_passive(killed)
    assert syntax.undergoer_holder(killed).text == "shot"
    assert [t.text for t in syntax.passive_agents(killed)] == ["rebels"]


def test_a_finite_verb_joined_to_a_passive_is_active(parse) -> None:
    doc = parse("The minister was briefed by aides, and flew to Lima on Friday.")
    flew = _word(doc, "flew")
    assert not syntax.passive_conjunct(flew) and not syntax.is_passive(flew)


def test_no_longer_is_a_negation(parse) -> None:
    assert syntax.is_negated(_word(parse("Valdoria will no longer allow Sylvanian trucks to cross."), "allow"))
    assert not syntax.is_negated(_word(parse("Valdoria will allow Sylvanian trucks to cross."), "allow"))


# --- w19sub: adverbial gerunds and participles, addressees, control infinitives misread as purposes ----------

@pytest.mark.parametrize("text, gerund, head, word", [
    ("After rejecting the ruling, the Chilean government expelled the envoy.", "rejecting", "expelled", "after"),
    ("While visiting Lima, the Chilean minister praised the Peruvian army.", "visiting", "praised", "while"),
    ("The Chilean minister wrote to the Peruvian president, demanding the release of the crew.", "demanding",
     "wrote", ""),
])
def test_adverbial_gerunds(parse, text: str, gerund: str, head: str, word: str) -> None:
    doc = parse(text)
    found = syntax.adverbial_gerund(_word(doc, gerund))
    assert found is not None and found[0].i == _word(doc, head).i and found[1] == word


def test_a_gerund_with_a_subject_of_its_own_is_no_adjunct(parse) -> None:
    doc = parse("The Chilean minister left the talks, the Peruvian envoy demanding an apology.")
    assert syntax.adverbial_gerund(_word(doc, "demanding")) is None


def test_addressees_of_a_verb_of_contact(parse) -> None:
    doc = parse("The Bolivian minister sent a letter to the Chilean president.")
    assert "president" in [t.text for t in syntax.addressees(_word(doc, "sent"))]
    doc = parse("The Bolivian minister telephoned his Chilean counterpart.")
    assert [t.text for t in syntax.addressees(_word(doc, "telephoned"))] == ["counterpart"]


def test_a_purpose_is_no_misread_control(parse) -> None:
    doc = parse("The Chilean navy sailed to the border in order to attack the boats.")
    assert not syntax.misread_control(_word(doc, "attack"))


def test_an_object_control_infinitive_misread_as_a_purpose(parse) -> None:
    doc = parse("The Peruvian president did not order the army to attack the rebels.")
    attack = _word(doc, "attack")
    assert attack.dep_ == "xcomp" or syntax.misread_control(attack)


def test_not_only_is_an_addition_not_a_negation(parse) -> None:
    # "not only / not just X" says X happened and more: the predicate is not negated (s14own)
    assert not syntax.is_negated(_word(parse("Ms. Varga did not just criticise the mayor; she sued him."), "criticise"))
    assert not syntax.is_negated(_word(parse("The mayor is not only a liar but a thief."), "is"))
    assert syntax.is_negated(_word(parse("The mayor is not a liar."), "is"))
    doc = parse("The mayor is not merely careless.")
    assert syntax.focus_not(_word(doc, "not"))
    assert not syntax.focus_not(_word(parse("The mayor is not careless."), "not"))


def test_a_modal_on_the_copula_of_able_reaches_its_infinitive(parse) -> None:
    # "would be able to attack": the act is possible, not done; "were able to attack" did happen (s14own)
    assert syntax.is_conditional(_word(parse("The rebels would have been able to kill many soldiers."), "kill"))
    assert syntax.is_conditional(_word(parse("Valdoria would be able to attack Sylvania."), "attack"))
    assert not syntax.is_conditional(_word(parse("Valdoria was able to attack Sylvania."), "attack"))
