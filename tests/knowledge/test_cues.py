from __future__ import annotations

import pytest

from eventwire.errors import KnowledgeError
from eventwire.knowledge import Knowledge
from eventwire.knowledge.cues import (NEVER_CUES, THIRD_PARTY_ONLY, Cues, load_cues, read_cues, read_document_roles,
                                      read_documents)
from eventwire.settings import Settings

HEADER = "cue\tpos\tsense\tobject\n"


def _parse(tmp_path, body: str) -> Cues:
    path = tmp_path / "quote_cues.tsv"
    path.write_text(HEADER + body, encoding="utf-8")
    return read_cues(path)


@pytest.fixture(scope="module")
def bundled() -> Cues:
    return load_cues(Knowledge())


def test_bundled_table_has_the_common_cues(bundled):
    for lemma in ("say", "tell", "add", "ask", "warn", "insist", "argue", "acknowledge", "write", "announce",
                  "claim", "deny", "note", "stress", "explain", "believe", "think"):
        assert bundled.verb(lemma) is not None, lemma
    assert ("according", "to") in bundled.phrases
    assert bundled.verb("point", "out") == "speech"
    assert bundled.verb("call", "for") == "speech"


def test_bundled_object_roles(bundled):
    assert bundled.object_role("deny") == "transfer"  # "denied the report", not "denied him entry"
    assert bundled.object_role("declare") == "act"  # "declared that …", not "declared war"
    assert bundled.object_role("say") == "content"
    assert bundled.object_role("tell") == "listener"
    assert bundled.object_role("think") == ""
    assert bundled.object_role("not-a-cue") == ""
    assert bundled.object_role("put") == "it"  # "as she put it", not "put the plan on hold"


def test_the_it_role_is_for_verbs_only(tmp_path):
    assert _parse(tmp_path, "put\tverb\tspeech\tit\n").object_role("put") == "it"
    with pytest.raises(KnowledgeError, match="object 'it'"):
        _parse(tmp_path, "remark\tnoun\tspeech\tit\n")


def test_knowledge_property_is_the_loaded_table():
    knowledge = Knowledge()
    assert isinstance(knowledge.cues, Cues)
    assert knowledge.cues is knowledge.cues  # loaded once per Knowledge


def test_lookup_is_case_insensitive_and_particle_first(tmp_path):
    cues = _parse(tmp_path, "say\tverb\tspeech\tcontent\npoint out\tverb\tspeech\t\npoint\tverb\treport\t\n")
    assert cues.verb("Say") == "speech"
    assert cues.verb("point", "OUT") == "speech"
    assert cues.verb("point") == "report"
    assert cues.verb("point", "at") == "report"  # an unknown particle falls back to the bare verb
    assert cues.takes_particle("point", "out") and not cues.takes_particle("say", "out")


def test_phrases_and_nouns(tmp_path):
    cues = _parse(tmp_path, "According  To\tphrase\tspeech\t\nstatement\tnoun\tspeech\t\n")
    assert cues.phrases == {("according", "to"): "speech"}
    assert cues.nouns == {"statement": "speech"}
    assert cues.verb("statement") is None


@pytest.mark.parametrize("row, message", [
    ("say\tadverb\tspeech\t\n", "pos 'adverb'"),
    ("say\tverb\tgossip\t\n", "sense 'gossip'"),
    ("say\tverb\tspeech\tmaybe\n", "object 'maybe'"),
    ("statement\tnoun\tspeech\tcontent\n", "object 'content'"),
    ("\tverb\tspeech\t\n", "empty"),
    ("set out to say\tverb\tspeech\t\n", "at most one particle"),
    ("say\tverb\tcognition\t\n", "listed twice"),
])
def test_bad_rows_name_their_line(tmp_path, row, message):
    with pytest.raises(KnowledgeError, match=message) as error:
        _parse(tmp_path, "say\tverb\tspeech\t\n" + row)
    assert "quote_cues.tsv:3" in str(error.value)


def test_override_folder_replaces_the_table(tmp_path):
    (tmp_path / "quote_cues.tsv").write_text(HEADER + "opine\tverb\tcognition\t\n", encoding="utf-8")
    cues = load_cues(Knowledge(Settings(knowledge_dir=tmp_path)))
    assert cues.verb("opine") == "cognition"
    assert cues.verb("say") is None


def test_bundled_senses_keep_actions_and_intentions_apart(bundled):
    # What someone wanted, decided, imagined or found out is not reported speech; opinions need a third party.
    for lemma in ("want", "decide", "decline", "imagine", "plan"):
        assert bundled.verb(lemma) == "intention", lemma
    for lemma in ("discover", "learn", "realize"):
        assert bundled.verb(lemma) == "discovery", lemma
    for lemma in ("think", "believe", "know", "guess"):
        assert bundled.verb(lemma) == "cognition", lemma
    assert {"intention", "discovery"} <= NEVER_CUES and "cognition" in THIRD_PARTY_ONLY
    # "endorsed the candidate" is an act: only a clause makes these verbs report what was said.
    for lemma in ("endorse", "recommend"):
        assert bundled.object_role(lemma) == "", lemma


def test_the_subject_column_says_which_verbs_only_someone_speaking_can_head(tmp_path, bundled):
    path = tmp_path / "quote_cues.tsv"
    path.write_text("cue\tpos\tsense\tobject\tsubject\nyodel\tverb\tspeech\t\tspeaker\nhint at\tverb\tspeech\t\t\n"
                    "quaver about\tverb\tspeech\t\tspeaker\n", encoding="utf-8")
    cues = read_cues(path)
    assert cues.speaks("Yodel") and not cues.speaks("hint", "at") and cues.speaks("quaver", "about")
    assert bundled.speaks("say") and bundled.speaks("argue") and not bundled.speaks("suggest")
    assert not bundled.speaks("indicate") and not bundled.speaks("not-a-cue")


def test_a_subject_on_a_phrase_or_an_unknown_value_is_an_error(tmp_path):
    for body in ("according to\tphrase\tspeech\t\tspeaker\n", "yodel\tverb\tspeech\t\tsomeone\n"):
        path = tmp_path / "quote_cues.tsv"
        path.write_text("cue\tpos\tsense\tobject\tsubject\n" + body, encoding="utf-8")
        with pytest.raises(KnowledgeError, match="quote_cues.tsv:2"):
            read_cues(path)


@pytest.mark.parametrize("row, message", [
    ("memo\tdossier\n", r"^quote_documents.tsv:3: role 'dossier' is not one of document, release, voice, author$"),
    ("white paper\tdocument\n", r"^quote_documents.tsv:3: the word must be one lemma, not 'white paper'$"),
])
def test_bad_document_rows_name_their_line(tmp_path, row, message):
    path = tmp_path / "quote_documents.tsv"
    path.write_text("word\trole\nreport\tdocument\n" + row, encoding="utf-8")
    with pytest.raises(KnowledgeError, match=message):
        read_documents(path)


def test_document_words_are_stripped_and_lower_cased(tmp_path):
    path = tmp_path / "quote_documents.tsv"
    path.write_text("word\trole\n Memo \tdocument\npublish\trelease\n", encoding="utf-8")
    assert read_documents(path) == (frozenset({"memo"}), frozenset({"publish"}))


def test_a_voice_is_found_as_a_document_is(tmp_path):
    path = tmp_path / "quote_documents.tsv"
    path.write_text("word\trole\nmemo\tdocument\ncampaign\tvoice\npublish\trelease\n", encoding="utf-8")
    assert read_documents(path) == (frozenset({"memo", "campaign"}), frozenset({"publish"}))


def test_voices_are_kept_apart_from_documents(tmp_path):
    path = tmp_path / "quote_documents.tsv"
    path.write_text("word\trole\nmemo\tdocument\noffice\tvoice\npublish\trelease\n", encoding="utf-8")
    roles = read_document_roles(path)
    assert roles["voice"] == frozenset({"office"}) and roles["document"] == frozenset({"memo"})
    assert roles["release"] == frozenset({"publish"})
