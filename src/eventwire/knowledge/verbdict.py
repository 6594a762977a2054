"""Verb dictionaries in PETRARCH/TABARI style: read the original format, write and load eventwire's table.

A verb dictionary codes a verb by the words around it. The original format (PETRARCH-2's `CAMEO.2.0.txt`,
TABARI's `.verbs` files) has

- synonym sets: a line `&NAME` then `+MEMBER` lines; a member may be a phrase (`+GOLDEN_GOBLIN_GALLEONS`,
  `+AUSTRIAN FLORIN`) or another set (`+&TIETYPES`);
- verb blocks: `--- NAME [code] ---` (the block default; `[---]` = no event by itself), then the verbs of
  the block, one a line, with irregular forms in braces (`BREAK {BROKE BROKEN}`), a `+` marking the verb
  word of a phrase (`+BREAK_DOWN`, `WIRE_+TAP`) and optionally a code of its own;
- patterns `- words * words [code]`: `*` is the verb; words before it must occur before the verb, words
  after it after the verb, in order; `_` joins words that must be adjacent; `&NAME` is a synonym set;
  `$` and `+` mark where the source and the target are; `^` skips a word; `%` asks for a compound
  actor; `{...}` and `(...)` group a noun or prepositional phrase (read as their words); `[a:b]` codes the
  source→target event `a` and the reciprocal target→source event `b`;
- comments after `#` and `<!-- ... -->` lines.

eventwire's own representation is `verb_dictionary.tsv` (its header explains the columns): one row per
synonym set, verb, block default and pattern, in the notation above, lower-cased and checked.
`convert_petrarch_verbs` writes it with a report of what could not be converted; `load_verb_dictionary`
reads it into `VerbDictionary`, whose `match` takes plain words (no spaCy), so the events stage decides
what the left and right context of a verb are.
"""
from __future__ import annotations

import re
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Iterable, Mapping, Sequence

from ..errors import KnowledgeError
from . import generated_file, user_file
from .columns import Row, items, lower, read_rows, text

if TYPE_CHECKING:
    from . import Knowledge

FILE = "verb_dictionary.tsv"
COLUMNS = ("block", "verb", "forms", "pattern", "code", "reverse", "note")
# An event code as verb dictionaries write them: CAMEO digits, TABARI/WEIS codes with a letter ("174K").
_CODE = re.compile(r"^[0-9]{2,4}[A-Za-z]?$")
NO_EVENT = "---"
SLOTS = frozenset({"$", "+", "^", "%"})
# Shorter words match only whole; longer ones also as a stem ("contribut" → "contributions"), as TABARI did,
# unless the dictionary ends them with "_" ("arnor_": exactly that word).
_STEM_MIN = 5

TSV_HEADER = """\
# Verb dictionary: PETRARCH/TABARI-style verb patterns, in eventwire's notation (knowledge/verbdict.py).
# Columns
#   block    the verb block ("abandon"), or "&name" for a synonym set
#   verb     a verb of the block (lemma or form; "break down": the first word is the verb unless one is
#            marked "+", the others must be adjacent); empty on block-default and pattern rows
#   forms    irregular forms of the verb, "|"-separated
#   pattern  synonym set rows: the members, "|"-separated; pattern rows: "before * after" where "*" is the
#            verb, words are in order with gaps allowed, "_" joins adjacent words, "&name" is a synonym
#            set, "$"/"+" mark the source/target, "^" skips one word, "%" needs a compound actor;
#            a word ending in "_" matches only whole, longer words also as a stem
#   code     the event code ("---": no event); on a verb row, the verb's own default; on a block row with
#            empty pattern and verb, the block default
#   reverse  the code of the reciprocal event, target -> source ("[032:033]" in the original)
#   note     where the row came from
# The longest matching pattern wins, then the verb's own code, then the block default.
"""


# --- reading the PETRARCH/TABARI format ------------------------------------------------------------------


@dataclass
class ConversionReport:
    """What a conversion did: counts by kind of entry, and failures grouped by reason (with examples)."""

    converted: dict[str, int] = field(default_factory=dict)
    failed: dict[str, list[str]] = field(default_factory=dict)

    def ok(self, kind: str, n: int = 1) -> None:
        self.converted[kind] = self.converted.get(kind, 0) + n

    def fail(self, reason: str, entry: str) -> None:
        self.failed.setdefault(reason, []).append(entry)

    @property
    def total_converted(self) -> int:
        return sum(self.converted.values())

    @property
    def total_failed(self) -> int:
        return sum(len(v) for v in self.failed.values())

    def lines(self) -> list[str]:
        """A human summary: one line of counts, one line per failure reason with up to three examples."""
        done = ", ".join(f"{n} {kind}" for kind, n in sorted(self.converted.items())) or "nothing"
        out = [f"converted {self.total_converted} entries ({done}); not converted {self.total_failed}"]
        for reason, entries in sorted(self.failed.items()):
            examples = "; ".join(entries[:3]) + ("; ..." if len(entries) > 3 else "")
            out.append(f"  {len(entries)} not converted: {reason}: {examples}")
        return out


_BLOCK = re.compile(r"^---\s*(?P<name>.*?)\s*(?P<codes>(?:\[[^\]]*\]\s*)*)-*\s*$")
_BRACKET = re.compile(r"\[([^\]]*)\]")


def _strip_comment(line: str) -> str:
    """Text before a "#" (PETRARCH) or ";" (TABARI) comment."""
    return re.split(r"[#;]", line, maxsplit=1)[0].rstrip()


def _codes(text: str) -> list[str]:
    return [c.strip() for c in _BRACKET.findall(text)]


def _split_code(cell: str) -> tuple[str | None, str | None, str | None]:
    """"032:033" -> ("032", "033", None); a bad code -> (None, None, reason)."""
    primary, _, reverse = cell.partition(":")
    primary, reverse = primary.strip(), reverse.strip()
    for value in (primary, reverse):
        if value and value != NO_EVENT and not _CODE.match(value):
            return None, None, f"code {value!r} is not an event code (2-4 digits, optionally a letter, or ---)"
    if not primary and not reverse:
        return None, None, "empty code"
    return primary or NO_EVENT, reverse or None, None


def _clean_words(text: str) -> str:
    """Pattern text in eventwire's notation: lower case, phrase brackets dropped, spaces collapsed."""
    text = text.replace("{", " ").replace("}", " ").replace("(", " ").replace(")", " ")
    return " ".join(text.lower().split())


def convert_petrarch_verbs(path: Path) -> tuple[list[tuple[str, ...]], ConversionReport]:
    """Rows of `verb_dictionary.tsv` (see COLUMNS) from a PETRARCH/TABARI verb dictionary, and a report."""
    try:
        lines = path.read_text(encoding="utf-8", errors="replace").splitlines()
    except OSError as error:
        raise KnowledgeError(f"cannot read {path}: {error}") from error
    report = ConversionReport()
    rows: list[tuple[str, ...]] = []
    synset: tuple[str, list[str], int] | None = None
    block: str | None = None
    synsets: set[str] = set()

    def close_synset() -> None:
        nonlocal synset
        if synset is not None:
            name, members, number = synset
            if members:
                rows.append((name, "", "", "|".join(members), "", "", f"line {number}"))
                report.ok("synonym sets")
            else:
                report.fail("synonym set without members", f"{name} (line {number})")
            synset = None

    for number, raw in enumerate(lines, 1):
        stripped = raw.strip()
        if not stripped or stripped.startswith("<!") or stripped.startswith("-->"):
            continue
        line = _strip_comment(stripped)
        if not line.strip():
            continue
        if line.startswith("&"):
            close_synset()
            name = "&" + line[1:].split()[0].strip("_").lower()
            synset = (name, [], number)
            synsets.add(name)
            continue
        if line.startswith("---"):
            close_synset()
            found = _BLOCK.match(line)
            codes = _codes(line)
            if not found or not found.group("name").strip():
                report.fail("unreadable block header", f"line {number}: {line}")
                block = None
                continue
            block = found.group("name").strip().strip("_").lower().replace("_", " ")
            code, reverse, reason = _split_code(codes[-1]) if codes else (NO_EVENT, None, None)
            if reason:
                report.fail(f"block default: {reason}", f"{block} (line {number})")
                code, reverse = NO_EVENT, None
            rows.append((block, "", "", "", code or NO_EVENT, reverse or "", f"line {number}"))
            report.ok("verb blocks")
            continue
        if line.startswith("+") and synset is not None:
            member = line[1:].strip()
            if member.startswith("&"):
                synset[1].append("&" + member[1:].strip("_").lower())
            else:
                words = _clean_words(member.replace("_", " ").strip())
                if words:
                    synset[1].append(words)
            continue
        close_synset()
        if block is None:
            report.fail("entry outside a verb block", f"line {number}: {line}")
            continue
        if line.startswith("~"):
            report.fail("transformation rule (not supported; eventwire's events stage has its own)",
                        f"line {number}: {line}")
            continue
        if line.startswith("-"):
            _convert_pattern(line[1:].strip(), block, number, rows, report)
        else:
            _convert_verb(line, block, number, rows, report)
    close_synset()
    # "&tietypes_relations": a set glued to the next word; set names may hold "_" themselves
    # ("&fight_of_words"), so the longest known name wins
    known = sorted({r[0] for r in rows if r[0].startswith("&")}, key=len, reverse=True)
    kept: list[tuple[str, ...]] = []
    for row in rows:
        if row[0].startswith("&") or not row[3]:
            kept.append(row)
            continue
        resolved, unknown = _resolve_sets(row[3], known)
        if unknown:
            report.fail("unknown synonym set", f"{unknown} in {row[0]} ({row[6]})")
            report.ok("patterns", -1)
        else:
            kept.append(row[:3] + (resolved,) + row[4:])
    return kept, report


def _resolve_sets(pattern: str, known: list[str]) -> tuple[str, str | None]:
    out: list[str] = []
    position = 0
    for found in re.finditer(r"&[a-z0-9_]+", pattern):
        out.append(pattern[position:found.start()])
        text = found.group(0)
        name = next((k for k in known if text == k or text.startswith(k + "_")), None)
        if name is None:
            return pattern, text.rstrip("_")
        rest = text[len(name):].lstrip("_")
        out.append(name + ("_" + rest if rest else ""))
        position = found.end()
    out.append(pattern[position:])
    return "".join(out), None


def _convert_verb(line: str, block: str, number: int, rows: list[tuple[str, ...]], report: ConversionReport) -> None:
    codes = _codes(line)
    text = _BRACKET.sub(" ", line)
    forms: list[str] = []
    braces = re.search(r"\{([^}]*)\}", text)
    if braces:
        forms = [_verb_words(f) for f in braces.group(1).split() if f.strip()]
        text = text[:braces.start()] + text[braces.end():]
    verb = _verb_words(text.strip())
    if not verb or not re.match(r"^[a-z+][a-z0-9+' .\-]*$", verb):
        report.fail("unreadable verb line", f"line {number}: {line}")
        return
    code, reverse = "", ""
    if codes:
        primary, rev, reason = _split_code(codes[-1])
        if reason:
            report.fail(f"verb: {reason}", f"{verb} (line {number})")
            return
        code, reverse = primary or "", rev or ""
    rows.append((block, verb, "|".join(f for f in forms if f), "", code, reverse, f"line {number}"))
    report.ok("verbs")


def _verb_words(text: str) -> str:
    """"+BREAK_DOWN" -> "+break down"; a lone leading "+" (the verb word) is kept only inside a phrase."""
    words = text.replace("_", " ").lower().split()
    if len(words) == 1:
        return words[0].lstrip("+")
    return " ".join(words)


def _convert_pattern(text: str, block: str, number: int, rows: list[tuple[str, ...]],
                     report: ConversionReport) -> None:
    codes = _codes(text)
    body = _BRACKET.sub(" ", text).strip()
    if not codes:
        report.fail("pattern without a code", f"{block}: {text} (line {number})")
        return
    code, reverse, reason = _split_code(codes[-1])
    if reason:
        report.fail(f"pattern: {reason}", f"{block}: {text} (line {number})")
        return
    words = _clean_words(body)
    if words.count("*") != 1:
        report.fail("pattern without exactly one '*' (the verb)", f"{block}: {text} (line {number})")
        return
    rows.append((block, "", "", words, code or NO_EVENT, reverse or "", f"line {number}"))
    report.ok("patterns")


def tsv_text(rows: Iterable[tuple[str, ...]], source: str) -> str:
    lines = [TSV_HEADER.rstrip("\n"), f"# Converted from {source} by eventwire import-dictionary.",
             "\t".join(COLUMNS)]
    lines += ["\t".join(cell.replace("\t", " ") for cell in row) for row in rows]
    return "\n".join(lines) + "\n"


# --- the loaded dictionary and its matcher --------------------------------------------------------------

# One position of a pattern: a literal word, a slot ("$", "+", "^", "%"), or alternatives (a synonym set:
# each alternative a run of adjacent words).
Item = str | tuple[tuple[str, ...], ...]


@dataclass(frozen=True, slots=True)
class Word:
    """A word of the sentence as the matcher sees it. `nominal`: may fill a slot ($ + ^);
    `compound`: part of a coordination ("Arnor and Gondor"), for "%"."""

    lower: str
    lemma: str
    index: int = -1
    nominal: bool = True
    compound: bool = False


@dataclass(frozen=True, slots=True)
class Pattern:
    block: str
    text: str
    before: tuple[tuple[Item, ...], ...]  # runs of adjacent items, in order; the last one may touch the verb
    after: tuple[tuple[Item, ...], ...]
    touch_before: bool  # "in_*": the last run ends right before the verb
    touch_after: bool  # "*_out"
    code: str | None  # None: no event
    reverse: str | None
    line: int

    @property
    def length(self) -> int:
        """Specificity: the number of words and slots the pattern asks for."""
        return sum(len(run) for run in self.before + self.after)


@dataclass(frozen=True, slots=True)
class VerbEntry:
    block: str
    verb: str  # the verb word
    before: tuple[str, ...]  # adjacent words before it ("wire" of "wire +tap")
    after: tuple[str, ...]  # adjacent words after it ("down" of "break down")
    forms: frozenset[str]
    code: str | None  # the verb's own default; None: the block's
    reverse: str | None


@dataclass(frozen=True, slots=True)
class Match:
    """The coding of one verb: the pattern (None: a default), the code, captured source/target words."""

    block: str
    code: str | None
    reverse: str | None
    text: str  # the explanation: "abandon: * diplomatic ties [901]"
    length: int
    source: int | None = None  # Word.index of the "$" word
    target: int | None = None  # of the "+" word
    compound: int | None = None  # Word.index of the "%" word: the pattern asked for a compound actor there
    words: tuple[int, ...] = ()  # Word.index of every word the pattern matched (the verb's own particles too)


@dataclass(frozen=True, slots=True)
class VerbDictionary:
    verbs: Mapping[str, tuple[VerbEntry, ...]]  # by verb word and by each form
    patterns: Mapping[str, tuple[Pattern, ...]]  # by block, longest first
    defaults: Mapping[str, tuple[str | None, str | None]]  # block -> (code, reverse)
    origin: str = "built-in"  # "built-in" (the generated layer) or "user"

    def __len__(self) -> int:
        return sum(len(p) for p in self.patterns.values())

    def entries(self, lower: str, lemma: str) -> tuple[VerbEntry, ...]:
        """Verb entries a word may be: by form, lemma, or a stem the dictionary wrote ("exchang")."""
        found: list[VerbEntry] = []
        for key in dict.fromkeys((lower, lemma, lemma[:-1], lower[:-1], lower[:-2])):
            if key and (key in (lower, lemma) or len(key) >= _STEM_MIN):
                found.extend(e for e in self.verbs.get(key, ()) if e not in found)
        return tuple(found)

    def match(self, left: Sequence[Word], verb: Word, right: Sequence[Word]) -> Match | None:
        """The coding of `verb` given the words before it (nearest last) and after it (nearest first).

        The longest pattern of the verb's block that matches wins (ties: file order); else the verb's own
        code, else the block default. None when the word is no verb of the dictionary, or its multiword
        form is incomplete.
        """
        best: Match | None = None
        for entry in self.entries(verb.lower, verb.lemma):
            pre = _match_run(entry.before, left, len(left) - len(entry.before), exact=True)
            post = _match_run(entry.after, right, 0, exact=True)
            if pre is None or post is None:
                continue
            own = tuple(w.index for w in left[len(left) - len(entry.before):]) + tuple(
                w.index for w in right[:len(entry.after)])
            context_left = left[:len(left) - len(entry.before)]
            context_right = right[len(entry.after):]
            found = self._best_pattern(entry, context_left, context_right, own)
            if found is None:
                code, reverse = (entry.code, entry.reverse) if entry.code else self.defaults.get(entry.block, (None, None))
                found = Match(entry.block, None if code == NO_EVENT else code, reverse,
                              f"{entry.block}: {entry.verb} [{code or NO_EVENT}]", 0, words=own)
            if best is None or found.length > best.length:
                best = found
        return best

    def _best_pattern(self, entry: VerbEntry, left: Sequence[Word], right: Sequence[Word],
                      own: tuple[int, ...]) -> Match | None:
        for pattern in self.patterns.get(entry.block, ()):
            captures: dict[str, int] = {}
            used: list[int] = []
            if not _match_before(pattern, left, captures, used) or not _match_after(pattern, right, captures, used):
                continue
            code = pattern.code
            return Match(entry.block, None if code == NO_EVENT else code, pattern.reverse,
                         f"{entry.block}: {pattern.text} [{code}]", pattern.length + 1,
                         captures.get("$"), captures.get("+"), captures.get("%"), own + tuple(used))
        return None


def _word_fits(word: str, token: Word) -> bool:
    if word.endswith("_"):
        word = word.rstrip("_")
        return word in (token.lower, token.lemma)
    if word in (token.lower, token.lemma):
        return True
    return len(word) >= _STEM_MIN and token.lower.startswith(word)


def _match_run(run: Sequence[Item], words: Sequence[Word], start: int, captures: dict[str, int] | None = None,
               exact: bool = False, used: list[int] | None = None) -> int | None:
    """Match the adjacent items of `run` from words[start]; the position after the match, or None."""
    if start < 0:
        return None
    position = start
    for item in run:
        if position >= len(words):
            return None
        token = words[position]
        if isinstance(item, tuple):
            for alternative in item:
                end = _match_run(alternative, words, position, exact=exact)
                if end is not None:
                    if used is not None:
                        used.extend(w.index for w in words[position:end])
                    position = end
                    break
            else:
                return None
            continue
        if item in SLOTS:
            if not token.nominal or (item == "%" and not token.compound):
                return None
            if captures is not None and item not in captures:
                captures[item] = token.index
        elif not _word_fits(item, token):
            return None
        elif used is not None:
            used.append(token.index)
        position += 1
    return position


def _place(run: Sequence[Item], words: Sequence[Word], starts: Iterable[int], captures: dict[str, int],
           used: list[int], limit: int | None = None) -> tuple[int, int] | None:
    """The first start of `starts` where the run matches (ending by `limit`): (start, end), recording its
    captured slots and matched words."""
    for start in starts:
        trial: dict[str, int] = {}
        trial_used: list[int] = []
        end = _match_run(run, words, start, trial, used=trial_used)
        if end is not None and (limit is None or end <= limit):
            for key, value in trial.items():
                captures.setdefault(key, value)
            used.extend(trial_used)
            return start, end
    return None


def _match_before(pattern: Pattern, left: Sequence[Word], captures: dict[str, int], used: list[int]) -> bool:
    """Runs in order, the last one nearest the verb: search backwards, each run as late as it fits."""
    end = len(left)
    for number, run in enumerate(reversed(pattern.before)):
        touching = number == 0 and pattern.touch_before
        starts = [end - len(run)] if touching else range(end - len(run), -1, -1)
        found = _place(run, left, starts, captures, used, limit=end)
        if found is None:
            return False
        end = found[0]
    return True


def _match_after(pattern: Pattern, right: Sequence[Word], captures: dict[str, int], used: list[int]) -> bool:
    start = 0
    for number, run in enumerate(pattern.after):
        touching = number == 0 and pattern.touch_after
        found = _place(run, right, [0] if touching else range(start, len(right)), captures, used)
        if found is None:
            return False
        start = found[1]
    return True


# --- loading verb_dictionary.tsv ------------------------------------------------------------------------


def load_chosen_verb_dictionary(knowledge: "Knowledge") -> VerbDictionary | None:
    """The PETRARCH-style verb dictionary `Knowledge.verb_dictionary` holds: the user's `verb_dictionary.tsv`,
    else the generated one (cached on disk) when `settings.generated_verbs` asks for it, else None."""
    from .cache import load_cached

    user = user_file(FILE, knowledge.settings)
    if user is not None:
        return load_verb_dictionary(user, "user")
    generated = generated_file(FILE) if knowledge.settings.generated_verbs else None
    if generated is None:
        return None
    return load_cached(knowledge.settings, "verb-dictionary", [generated], lambda: load_verb_dictionary(generated))


def load_verb_dictionary(path: Path, origin: str = "built-in") -> VerbDictionary:
    """Read a `verb_dictionary.tsv`; raises KnowledgeError naming the line of a malformed row."""
    synsets: dict[str, tuple[str, ...]] = {}
    rows: list[Row] = []
    for row in read_rows(path, _COLUMNS):
        block = row["block"]
        if not block:
            raise row.error("the block cell is empty")
        if block.startswith("&"):
            synsets[block] = items(row["pattern"])
        else:
            rows.append(row)
    expanded: dict[str, tuple[tuple[str, ...], ...]] = {}

    def expand(name: str, seen: tuple[str, ...] = ()) -> tuple[tuple[str, ...], ...]:
        if name in expanded:
            return expanded[name]
        if name not in synsets:
            raise KnowledgeError(f"{path.name}: unknown synonym set {name}")
        if name in seen:
            raise KnowledgeError(f"{path.name}: synonym set {name} contains itself")
        out: list[tuple[str, ...]] = []
        for member in synsets[name]:
            if member.startswith("&"):
                out.extend(expand(member, seen + (name,)))
            else:
                out.append(tuple(member.split()))
        expanded[name] = tuple(out)
        return expanded[name]

    verbs: dict[str, list[VerbEntry]] = {}
    patterns: dict[str, list[Pattern]] = {}
    defaults: dict[str, tuple[str | None, str | None]] = {}
    for row in rows:
        where = row.where
        block, verb, pattern = row["block"], row["verb"], row["pattern"].lower()
        code, reverse = _checked_code(row, "code"), _checked_code(row, "reverse") or None
        if verb:
            entry = _verb_entry(block, verb, row["forms"], code or None, reverse, where)
            for key in {entry.verb, *entry.forms}:
                verbs.setdefault(key, []).append(entry)
        elif pattern:
            if not code:
                raise row.error("a pattern needs a code")
            patterns.setdefault(block, []).append(_pattern(block, pattern, code, reverse, row.line, expand, where))
        else:
            if not code:
                raise row.error("a block row needs a code")
            defaults[block] = (code, reverse)
    # plain dicts (read-only by convention): the built-in dictionary is pickled to the disk cache
    return VerbDictionary(
        {k: tuple(v) for k, v in sorted(verbs.items())},
        {k: tuple(sorted(v, key=lambda p: (-p.length, p.line))) for k, v in sorted(patterns.items())},
        dict(sorted(defaults.items())), origin)


def _checked_code(row: Row, column: str) -> str:
    """A code cell of a verb, pattern or block row: empty, "---" (no event) or an event code."""
    value: str = row[column]
    if value and value != NO_EVENT and not _CODE.match(value):
        raise row.error(f"{value!r} is not an event code")
    return value


_COLUMNS = {"block": lower, "verb": lower, "forms": items, "pattern": text, "code": text, "reverse": text}


def _verb_entry(block: str, verb: str, forms: tuple[str, ...], code: str | None, reverse: str | None,
                where: str) -> VerbEntry:
    words = verb.split()
    marked = [i for i, w in enumerate(words) if w.startswith("+")]
    at = marked[0] if marked else 0
    words = [w.lstrip("+") for w in words]
    if not all(words):
        raise KnowledgeError(f"{where}: unreadable verb {verb!r}")
    # a form of a phrase verb is written as the whole phrase ("+broke_down"): keep its verb word
    form_words = {f.replace("_", " ").split()[at if len(f.split()) == len(words) else 0].lstrip("+")
                  for f in forms if f.strip("+ ")}
    return VerbEntry(block, words[at], tuple(words[:at]), tuple(words[at + 1:]), frozenset(form_words), code,
                     reverse)


def _pattern(block: str, text: str, code: str, reverse: str | None, line: int, expand, where: str) -> Pattern:
    tokens = text.split()
    star = [i for i, t in enumerate(tokens) if "*" in t]
    if len(star) != 1:
        raise KnowledgeError(f"{where}: a pattern needs exactly one '*'")
    i = star[0]
    left_part, _, right_part = tokens[i].partition("*")
    before = [_run(t, expand, where) for t in tokens[:i]]
    after = [_run(t, expand, where) for t in tokens[i + 1:]]
    touch_before = bool(left_part)
    touch_after = bool(right_part)
    if left_part:
        before.append(_run(left_part.rstrip("_"), expand, where))
    if right_part:
        after.insert(0, _run(right_part.lstrip("_"), expand, where))
    before = [r for r in before if r]
    after = [r for r in after if r]
    return Pattern(block, text, tuple(before), tuple(after), touch_before, touch_after,
                   code, reverse, line)


def _run(token: str, expand, where: str) -> tuple[Item, ...]:
    """"new_&tietypes_relations" -> ("new", <tietypes>, "relations"); a word keeps a final "_" (exact)."""
    items: list[Item] = []
    parts = [p for p in re.split(r"_(?=[^_])", token) if p]
    for part in parts:
        if part.startswith("&"):
            items.append(expand(part.rstrip("_")))
        elif part.rstrip("_"):
            items.append(part)
    return tuple(items)
