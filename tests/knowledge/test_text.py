from __future__ import annotations

from eventwire.knowledge.text import fold, key


def test_fold_keeps_case_and_folds_typography():
    assert fold("  Côte d’Ivoire\u2010based   group ") == "Côte d'Ivoire-based group"


def test_key_is_fold_in_lower_case():
    assert key("The  KREMLIN’s") == "the kremlin's"
