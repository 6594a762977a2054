"""stages/sides.py on parsed sentences: which gerunds take the clause's subject, and which passives name
their institution. Sentences and names invented."""
from __future__ import annotations

import pytest

from eventwire.knowledge.legal import LegalActs
from eventwire.pipeline import make_article
from eventwire.stages import sides


def _token(pipeline, text: str, word: str):
    article = pipeline.parse([make_article("t", text, "2024-01-10")])[0]
    (sentence,) = list(article.sentences())
    return article, next(t for t in sentence.sent if t.text == word)


@pytest.mark.parametrize("text, word, controlled", [
    ("Chile angered Peru by expelling its ambassador.", "expelling", True),
    ("After meeting the minister, Chile signed the treaty.", "meeting", True),
    ("Peru criticised Chile for expelling its ambassador.", "expelling", False),
    ("Chile prevented Peru from sending troops.", "sending", False),
])
def test_subject_controlled_gerund(pipeline, text, word, controlled) -> None:
    _, token = _token(pipeline, text, word)
    assert sides.subject_controlled_gerund(token) is controlled


def test_legal_source_needs_a_passive_legal_act_with_no_agent(pipeline) -> None:
    acts = LegalActs((("arrest", "COP"), ("convict", "JUD")))
    article, token = _token(pipeline, "Two men were arrested on Monday.", "arrested")
    assert sides.legal_source(article, token, [], "CHL", acts) == "CHLCOP"
    assert sides.legal_source(article, token, [], None, acts) is None  # no country anywhere: no source
    assert sides.legal_source(article, token, [], "CHL", LegalActs()) is None  # not a legal act
    article, token = _token(pipeline, "Two men were arrested by soldiers.", "arrested")
    assert sides.legal_source(article, token, [], "CHL", acts) is None  # the agent is the source
    article, token = _token(pipeline, "Police arrested two men.", "arrested")
    assert sides.legal_source(article, token, [], "CHL", acts) is None  # active: the subject is


# A lede in Chile, a later paragraph on Peru: Chile holds half the votes but not two in three.
_LEDE_STORY = ("A former adviser to Chilean President Ana Vell was sentenced in a Santiago court on Wednesday. "
               "Tomas Reyes was sentenced by Judge Marta Quispe to six years in prison. "
               "Vell said the sentence was fair. Reyes had worked on a campaign in Lima and in Arequipa.")


def test_the_lede_gives_the_story_its_country_when_the_rest_bears_it_out(pipeline) -> None:
    article = pipeline(make_article("t", _LEDE_STORY, "2024-01-10"))
    assert sides.dominant_country(article) == "CHL"
    (judge,) = [a for a in article.actors if a.name == "Marta Quispe"]
    assert judge.code == "CHLJUD"


def test_a_lede_of_two_countries_gives_none(pipeline) -> None:
    text = ("Chilean President Ana Vell and Peruvian President Tomas Reyes met in Lima on Monday. "
            "Judge Marta Quispe said the talks went well. Reyes had worked in Santiago.")
    assert sides.dominant_country(pipeline(make_article("t", text, "2024-01-10"))) is None
