""""I" and "we" inside a quote are its speaker (issue 9 item 5, w14speaker): the events stage takes the speaker
the quotes stage found for the quote (or interview answer) whose words hold the act. A first-person act in the
present simple with no date is a habit, not an event, unless saying it does it (a performative: "I condemn",
"we reject", "I urge"). An act the narrator tells and its doer retells in a quote is coded once. The whole
pipeline runs; every sentence and person is invented."""
from __future__ import annotations

from .test_events import affirmed, full_events


def coded(pipeline, text: str) -> list[tuple[str, str | None, str | None]]:
    return affirmed(full_events(pipeline, text))


# --- 1. the first person is the speaker -------------------------------------------------------------------------

_LATER_SENTENCES = ('Ana Vell, the Chilean foreign minister, spoke on Monday. "The talks went well. I refused to '
                    'sign the Peruvian proposal. We urged Peru to release the prisoners. The Peruvian police '
                    'arrested me last year," she said.')


def test_i_in_a_later_sentence_of_a_quote_is_its_speaker(pipeline) -> None:
    found = coded(pipeline, _LATER_SENTENCES)
    assert ("120", "CHLGOV", "PER") in found


def test_we_in_a_quote_is_the_speakers_side(pipeline) -> None:
    assert ("025", "CHLGOV", "PER") in coded(pipeline, _LATER_SENTENCES)


def test_me_in_a_quote_is_the_one_the_act_is_done_to(pipeline) -> None:
    assert ("173", "PERCOP", "CHLGOV") in coded(pipeline, _LATER_SENTENCES)


def test_first_person_events_are_reported_by_the_speaker(pipeline) -> None:
    events = [e for e in full_events(pipeline, _LATER_SENTENCES) if e.cameo == "120"]
    assert events and events[0].actors == (events[0].reported_by,)


def test_i_of_an_adjectives_infinitive_is_the_speaker(pipeline) -> None:
    text = ('Jo Reyes, the Peruvian opposition leader, arrived in Lima on Monday. "Today I am glad to endorse him," '
            'said Ana Vell, the Chilean foreign minister.')
    assert ("051", "CHLGOV", "PEROPP") in coded(pipeline, text)


def _interview(answer: str) -> str:
    """A Wikinews-style interview: "((Name)) answer" turns."""
    return ("Chilean foreign minister Ana Vell spoke to Wikinews this week.\n\n((Wikinews)) What happened?\n\n"
            f"((Ana Vell)) {answer}")


def test_interview_answer_speaks_for_its_speaker(pipeline) -> None:
    found = coded(pipeline, _interview("Last month I met the Peruvian president in Lima. The Peruvian police "
                                       "arrested me on Friday."))
    assert ("040", "CHLGOV", "PERGOV") in found
    assert ("173", "PERCOP", "CHLGOV") in found


def test_uncoded_speaker_makes_no_event_of_uncoded_parties(pipeline) -> None:
    text = 'Mira Solt spoke on Monday. "It was a long week. You never need to ask us for anything," she said.'
    assert coded(pipeline, text) == []


# --- 2. habits are no events; performatives are ----------------------------------------------------------------

def test_present_simple_first_person_is_a_habit(pipeline) -> None:
    text = '"We talk to activists in Lima," said Jo Reyes, the Peruvian interior minister.'
    assert [c for c in coded(pipeline, text) if c[0].startswith("04")] == []


def test_dated_first_person_act_is_an_event(pipeline) -> None:
    text = '"Yesterday we talked to activists in Lima," said Jo Reyes, the Peruvian interior minister.'
    assert [c for c in coded(pipeline, text) if c[0] == "040" and c[1] == "PERGOV"]


def test_habitual_aid_is_no_event_and_dated_aid_is(pipeline) -> None:
    habit = ('Jo Reyes, the Peruvian interior minister, spoke on Friday. "Things are hard. We provide aid to the '
             'Bolivian government," he said.')
    act = habit.replace("We provide", "Yesterday we provided")
    assert [c for c in coded(pipeline, habit) if c[0] == "070"] == []
    assert ("070", "PERGOV", "BOLGOV") in coded(pipeline, act)


def test_emphatic_do_is_a_habit(pipeline) -> None:
    found = coded(pipeline, _interview("Things are hard. I do help the Peruvian government."))
    assert [c for c in found if c[0].startswith("07")] == []


def test_performatives_in_the_present_are_acts(pipeline) -> None:
    text = ('Jo Reyes, the Peruvian interior minister, spoke on Friday. "Things are hard. We reject the Chilean '
            'proposal. I urge the Bolivian government to release the prisoners. We condemn the Chilean attack," '
            'he said.')
    found = coded(pipeline, text)
    assert ("120", "PERGOV", "CHL") in found
    assert ("025", "PERGOV", "BOLGOV") in found
    assert ("111", "PERGOV", "CHL") in found


# --- 3. told by the narrator, retold by the doer: once ---------------------------------------------------------

def test_act_retold_in_the_doers_quote_is_coded_once(pipeline) -> None:
    text = ('The Chilean government rejected the Peruvian proposal on Monday. "It is unfair. We reject the '
            'proposal," said Ana Vell, the Chilean foreign minister.')
    events = [e for e in full_events(pipeline, text) if e.cameo == "120"]
    assert [(e.source, e.target) for e in events] == [("CHLGOV", "PER")]
    assert [e.id for e in full_events(pipeline, text)] == [f"e{i}" for i in range(1, len(events) + 1)]


def test_another_act_of_the_same_kind_in_the_quote_is_kept(pipeline) -> None:
    text = ('The Chilean government rejected the Peruvian proposal on Monday. "We reject the Bolivian plan too," '
            'said Ana Vell, the Chilean foreign minister.')
    found = coded(pipeline, text)
    assert ("120", "CHLGOV", "PER") in found
    assert ("120", "CHLGOV", "BOL") in found


def test_endorsement_retold_by_its_maker_is_coded_once(pipeline) -> None:
    text = ('The Chilean government endorsed Jo Reyes, the Peruvian opposition leader, on Monday. "It was a good '
            'day. We are glad to endorse him," said Ana Vell, the Chilean foreign minister.')
    assert [c for c in coded(pipeline, text) if c[0] == "051"] == [("051", "CHLGOV", "PEROPP")]
