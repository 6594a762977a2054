"""Non-English text is reported and skipped, never coded as English."""
from __future__ import annotations

from eventwire.language import detect, keep_languages, parse_languages
from eventwire.pipeline import make_article
from eventwire.records import Failure

FRENCH = ("Le ministre des affaires étrangères a rencontré son homologue à Genève lundi pour discuter "
          "de la frontière et des accords commerciaux entre les deux pays.")
ENGLISH = ("The foreign minister met his counterpart in Geneva on Monday to discuss the border and the "
           "trade agreements between the two countries.")


def test_detect() -> None:
    assert detect(FRENCH) == "fr" and detect(ENGLISH) == "en"
    assert detect("Kim met Putin.") is None  # too short to tell: let through


def test_other_languages_are_failures_unless_asked() -> None:
    items = [make_article("fr-1", FRENCH), make_article("en-1", ENGLISH), Failure("x", "bad line")]
    kept = list(keep_languages(items, parse_languages(None)))
    assert isinstance(kept[0], Failure) and "'fr'" in kept[0].reason and "--lang fr" in kept[0].reason
    assert kept[1].meta["language"] == "en" and kept[2] == items[2]
    assert all(not isinstance(i, Failure) for i in keep_languages(items[:2], parse_languages("en,fr")))
    assert parse_languages("any") is None and list(keep_languages(items[:1], None)) == items[:1]


# Short English sentences full of names, which the identifier on its own takes for a language written like
# English (Nigerian Pidgin, Scots): invented, as the sentences a user codes one at a time.
SHORT_ENGLISH = ("Hamas leader Dana Kell met British Prime Minister Tony Blair.",
                 "Hezbollah chief Dana Kell met British Prime Minister Tony Blair.")


def test_a_short_english_sentence_is_english_when_it_is_a_near_tie() -> None:
    for text in SHORT_ENGLISH:
        assert detect(text) == "en"
        assert not any(isinstance(i, Failure) for i in keep_languages([make_article("s", text)],
                                                                       parse_languages(None)))


def test_a_short_foreign_sentence_is_still_foreign() -> None:
    # the near tie is English's only when it is nearly as likely; a short sentence in another language is not
    assert detect("Le ministre a rencontré son homologue à Genève lundi.") == "fr"
    assert detect("Minister spotkał się w poniedziałek ze swoim odpowiednikiem w Genewie.") == "pl"
    # asked for French, a French text is French whatever else is near
    assert detect(FRENCH, frozenset({"fr"})) == "fr"
