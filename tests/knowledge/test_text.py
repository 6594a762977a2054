from __future__ import annotations

from eventwire.knowledge.text import fold, key, name_key, place_key


def test_fold_keeps_case_and_folds_typography():
    assert fold("  Côte d’Ivoire\u2010based   group ") == "Côte d'Ivoire-based group"


def test_an_underscore_joins_the_words_of_a_name_as_a_space_does():
    # PETRARCH writes "PRINCE_OF_TOLMERE" in its dictionaries; a text may carry the same joined form
    assert fold("the Prince of Tol_Mere") == "the Prince of Tol Mere"
    assert name_key("Tol__Mere_") == name_key("Tol Mere")


def test_key_is_fold_in_lower_case():
    assert key("The  KREMLIN’s") == "the kremlin's"
    assert key("  Right\tNow ") == "right now"


def test_name_key_drops_the_article_and_the_possessive():
    assert name_key("the  Velmoran Republic’s") == "velmoran republic"
    assert name_key("Ostrias'") == "ostrias"
    assert name_key("UK", keep_case=True) == "UK"


def test_place_key_folds_case_accents_and_punctuation():
    assert place_key("São Paulo") == "sao paulo"
    assert place_key("Komsomol’sk-na-Amure") == "komsomolsk na amure"
    assert place_key("the  Strait of Hormuz") == "strait of hormuz"
    assert place_key("St. Louis") == "st louis"
