"""Role words and organisations: what sector "officials" or "troops" belong to, and which IGO "NATO" is.

Two tables, both TSV data files:

- `data/agents.tsv` (`phrase  sector  kind  [gender  abroad]`): role nouns and titles to a CAMEO agent code.
  `sector` may
  stack codes as CAMEO does ("GOVMED" for state media: a government body that is also media; the
  first code is the primary sector). `kind` is `person` (one person: "official"), `group` (people:
  "troops"), `organisation` (an institution: "army", "government"), `title` (a title before a name that
  is also a role noun: "President"), `honorific` ("Mr.", no sector) or `head` (a noun that gives its sector
  only as the last word of a capitalised name: "the Blue Lantern Party", "Granite News"; alone, "a party" or
  "the news" is no actor), `national` and `body` (words of a state body's name, no roles of their own: a
  name with a national word and ending in a body noun is the state's, "National Safety Board"), and two
  kinds that say what a role word's row alone does not, read from the bundled table as `gender` and `abroad`
  are: `profession` (a trade practised for clients, "lawyer", not an office: "former" does not make its
  holder one of CAMEO's elites, ELI) and `delegate` (one who acts for another, "representatives": with an
  "of"/"from" phrase naming a country, that country's delegates, its government, whatever the row of the word
  alone says, as "representatives" alone is the House, LEG). A sector
  written with a trailing
  `~` ("NGO~", PETRARCH's notation for a primary agent) goes before the country instead of after it: "MSF"
  [NGO~] with "Arnor" is NGOARN, an IGO or NGO working in that country; alone it is just NGO. The
  hand-written rows come first;
  the rest were converted from PETRARCH-2's Phoenix.agents.txt (MIT, see NOTICE-petrarch.txt) with
  `import_petrarch_agents`. The first row for a phrase wins. Two optional trailing columns say what a
  word tells about the person it names: `gender` (m or f) on honorifics and titles that say it ("Mrs.",
  "King"; a pronoun then skips a person of the other sex), `abroad` (yes) on roles of people who usually
  serve in a country not their own ("ambassador", "embassy", "correspondent"; the place they are in is not
  their country). These two are read from the bundled table even when the user's `agents.tsv` replaces its
  roles: they describe English words, not the user's coding.
- `data/organisations.tsv` (`name  aliases  code  country  sector`): international and non-governmental
  organisations and armed groups with their CAMEO codes (UN → IGOUNO, NATO → IGOWSTNAT).
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Iterable, Iterator, Sequence

from ..errors import KnowledgeError
from . import data_file, list_cell, read_tsv, user_file
from .columns import flag, items, lower, optional, read_rows, text, upper
from .text import key as _key

if TYPE_CHECKING:
    from . import Knowledge

AGENTS_FILE = "agents.tsv"
ORGANISATIONS_FILE = "organisations.tsv"
KINDS = frozenset({"person", "group", "organisation", "title", "honorific", "head", "national", "body",
                   "profession", "delegate"})
# Kinds that say something of the words of a role and are no role on their own (`Agents.profession`,
# `Agents.delegate`)
_TRAIT_KINDS = frozenset({"profession", "delegate"})
# Kinds that are no role on their own and stay out of the phrase index: a word of a state body's name
# (`Agents.state_body`), and the traits
_NAME_WORD_KINDS = frozenset({"national", "body"}) | _TRAIT_KINDS
_SPACES = re.compile(r"\s+")
_CODE = re.compile(r"^[A-Z0-9]{3,}$")
_FIRST_WORD = re.compile(r"\w+")


@dataclass(frozen=True, slots=True)
class Agent:
    phrase: str
    sector: str | None  # CAMEO agent code, possibly stacked ("GOVMED"); None for honorifics
    kind: str
    prefix: bool = False  # a primary agent ("NGO~"): its code goes before the country's
    gender: str | None = None  # "m" or "f": the sex an honorific or title says ("Mrs.", "King")
    abroad: bool = False  # a role usually held in a foreign country ("ambassador", "embassy")

    @property
    def primary(self) -> str | None:
        """The primary sector: the first three letters of a stacked code."""
        return self.sector[:3] if self.sector else None


class Agents:
    """Role phrases, matched case-insensitively, longest first."""

    def __init__(self, agents: Iterable[Agent], traits: Iterable[Agent] = ()) -> None:
        """`traits`: more rows whose gender and abroad columns count (the bundled table's, when the user's
        replaces it), after those of `agents`."""
        self._all = tuple(agents)
        self._by_phrase: dict[str, Agent] = {}
        for agent in self._all:
            if agent.kind not in _NAME_WORD_KINDS:
                self._by_phrase.setdefault(_key(agent.phrase), agent)
        self._national = frozenset(_key(a.phrase) for a in self._all if a.kind == "national")
        self._bodies = {_key(a.phrase): a.sector for a in self._all if a.kind == "body"}
        self.longest = max((len(k.split()) for k in self._by_phrase), default=0)
        self._genders: dict[str, str] = {}  # "Mrs" → "f": the word as written, without its full stop
        self._abroad: set[str] = set()
        self._traits: dict[str, dict[str, str | None]] = {kind: {} for kind in _TRAIT_KINDS}
        for agent in (*self._all, *traits):
            if agent.gender:
                self._genders.setdefault(agent.phrase.rstrip("."), agent.gender)
            if agent.abroad:
                self._abroad.add(_key(agent.phrase))
            if agent.kind in _TRAIT_KINDS:
                self._traits[agent.kind].setdefault(_key(agent.phrase), agent.sector)

    def __iter__(self) -> Iterator[Agent]:
        return iter(self._all)

    def __len__(self) -> int:
        return len(self._all)

    def get(self, phrase: str) -> Agent | None:
        return self._by_phrase.get(_key(phrase))

    def match(self, words: Sequence[str], start: int = 0) -> tuple[Agent, int] | None:
        """The longest phrase that starts at `words[start]`, with the number of words it covers."""
        for length in range(min(self.longest, len(words) - start), 0, -1):
            agent = self._by_phrase.get(_key(" ".join(words[start:start + length])))
            if agent is not None:
                return agent, length
        return None

    @property
    def honorifics(self) -> tuple[str, ...]:
        return tuple(a.phrase for a in self._all if a.kind == "honorific")

    def gender(self, name: str) -> str | None:
        """The sex the first word of a name says, as written ("Mrs. Wu", "King Rudolf"), else None."""
        first = _FIRST_WORD.match(name)
        return self._genders.get(first.group()) if first else None

    def state_body(self, words: Sequence[str]) -> str | None:
        """The sector of an organisation's name that a national word and a body's head noun make a state
        body ("National Transportation Safety Board", "Federal Energy Agency": GOV), else None. The head
        alone says nothing ("Governing Board", "Xinhua News Agency"), nor the national word alone ("National
        Rifle Association")."""
        if len(words) < 2 or not any(_key(w) in self._national for w in words[:-1]):
            return None
        return self._bodies.get(_key(words[-1]))

    def abroad(self, word: str) -> bool:
        """Whether a role word names someone who usually serves abroad ("ambassador", "embassies")."""
        return _key(word) in self._abroad

    def profession(self, phrase: str) -> bool:
        """Whether a role phrase names a trade practised for clients ("lawyer"), not an office."""
        return _key(phrase) in self._traits["profession"]

    def delegate(self, phrase: str) -> str | None:
        """The sector of a country's delegates for a word of one who acts for another ("representatives":
        GOV), else None."""
        return self._traits["delegate"].get(_key(phrase))

    @property
    def titles(self) -> tuple[Agent, ...]:
        return tuple(a for a in self._all if a.kind == "title")


@dataclass(frozen=True, slots=True)
class Organisation:
    name: str
    aliases: tuple[str, ...]
    code: str  # the CAMEO actor code: IGOUNO, NGOHRIAMN, PSEREBHMS
    country: str | None  # the CAMEO country code for national groups (Hamas: PSE), else None
    sector: str  # the primary sector: IGO, NGO, REB, …


class Organisations:
    """Organisations by name or alias; short all-capital acronyms match only as written."""

    def __init__(self, organisations: Iterable[Organisation]) -> None:
        self._all = tuple(organisations)
        self._folded: dict[str, Organisation] = {}
        self._exact: dict[str, Organisation] = {}
        for org in self._all:
            for name in (org.name, *org.aliases):
                if _acronym(name):
                    self._exact.setdefault(_strip_the(name.strip()), org)
                else:
                    self._folded.setdefault(_strip_the(_key(name)), org)
        self.longest = max((len(k.split()) for k in (*self._folded, *self._exact)), default=0)

    def __iter__(self) -> Iterator[Organisation]:
        return iter(self._all)

    def __len__(self) -> int:
        return len(self._all)

    def find(self, text: str) -> Organisation | None:
        text = text.replace("’", "'").strip()
        text = re.sub(r"['’]s$", "", text)
        exact = _strip_the(_SPACES.sub(" ", text))
        if exact in self._exact:
            return self._exact[exact]
        return self._folded.get(_strip_the(_key(text)))


def _strip_the(text: str) -> str:
    return re.sub(r"^(?:the|The)\s+", "", text)


def _acronym(text: str) -> bool:
    letters = re.sub(r"[.\-&]", "", text.strip())
    return letters.isalnum() and letters.upper() == letters and len(letters) <= 6


@dataclass(frozen=True, slots=True)
class AgentTables:
    """What `Knowledge.agents` holds: the role phrases and the organisations."""

    roles: Agents
    organisations: Organisations

    @property
    def honorifics(self) -> tuple[str, ...]:
        return self.roles.honorifics


_ROLE_COLUMNS = {"phrase": text, "sector": optional(upper), "kind": text, "gender": optional(lower),
                 "abroad": flag}


def load_roles(knowledge: "Knowledge") -> Agents:
    path = knowledge.path(AGENTS_FILE)
    bundled = data_file(AGENTS_FILE)
    return Agents(_read_roles(path), traits=_read_roles(bundled) if path != bundled else ())


def _read_roles(path: Path) -> list[Agent]:
    agents: list[Agent] = []
    for row in read_rows(path, _ROLE_COLUMNS):
        phrase, sector, kind, gender = row["phrase"], row["sector"], row["kind"], row["gender"]
        prefix = sector is not None and sector.endswith("~")
        if prefix:
            sector = sector[:-1]
        if not phrase:
            raise row.error("empty phrase")
        if kind not in KINDS:
            raise row.error(f"kind {kind!r} is not one of {', '.join(sorted(KINDS))}")
        if sector is not None and not _CODE.match(sector):
            raise row.error(f"sector {sector!r} is not a CAMEO agent code")
        if gender not in (None, "m", "f"):
            raise row.error(f"gender is m, f or empty, not {gender!r}")
        agents.append(Agent(phrase, sector, kind, prefix, gender, row["abroad"]))
    return agents


# The tables of named actors a knowledge dir may give, with the columns that hold their names.
_NAMED_TABLES = (("people.tsv", ("name", "aliases")), ("countries.tsv", ("name", "names")))


def user_names(knowledge: "Knowledge") -> frozenset[str]:
    """The names (lookup keys) that the user's knowledge dir gives an actor in people.tsv or countries.tsv
    and the bundled table of the same name does not: the user's coding of those names must win over every
    built-in table, not only over the built-in copy of the same file. Precedence is layered: the user's
    dir, then the hand-written tables, then the generated layer. Rows an import merged from the bundled
    table are not the user's own and shadow nothing."""
    names: set[str] = set()
    for table, columns in _NAMED_TABLES:
        user = user_file(table, knowledge.settings)
        if user is None:
            continue
        bundled = {_names_key(n) for _, row in read_tsv(data_file(table)) for n in _row_names(row, columns)}
        names.update(_names_key(n) for _, row in read_tsv(user) for n in _row_names(row, columns))
        names -= bundled
    return frozenset(names)


def user_name_files(knowledge: "Knowledge") -> list[Path]:
    """The user's files `user_names` reads (for the cache key of tables they shadow)."""
    found = (user_file(table, knowledge.settings) for table, _ in _NAMED_TABLES)
    return [path for path in found if path is not None]


def _row_names(row: dict[str, str], columns: tuple[str, ...]) -> list[str]:
    return [n for c in columns for n in ([row.get(c, "")] if c == "name" else list_cell(row.get(c)))
            if n.strip()]


def _names_key(name: str) -> str:
    return _strip_the(_key(name))


_ORGANISATION_COLUMNS = {"name": text, "aliases": items, "code": upper, "country": optional(upper),
                         "sector": upper}


def load_organisations(knowledge: "Knowledge") -> Organisations:
    organisations: list[Organisation] = []
    # the hand-written table first: the first organisation to claim a name keeps it
    rows = [row for path in knowledge.layers(ORGANISATIONS_FILE) for row in read_rows(path, _ORGANISATION_COLUMNS)]
    # a built-in organisation never takes a name the user's own tables code otherwise
    shadowed = user_names(knowledge) if user_file(ORGANISATIONS_FILE, knowledge.settings) is None else frozenset()
    for row in rows:
        name, aliases, code, country = row["name"], row["aliases"], row["code"], row["country"]
        if not name or not code or not _CODE.match(code):
            raise row.error("an organisation needs a name and a CAMEO code")
        if shadowed:
            kept = [n for n in (name, *aliases) if _names_key(n) not in shadowed]
            if not kept:
                continue
            name, aliases = kept[0], tuple(kept[1:])
        sector = row["sector"] or (code[3:6] if country else code[:3])
        organisations.append(Organisation(name, aliases, code, country, sector))
    return Organisations(organisations)


def load_agents(knowledge: "Knowledge") -> AgentTables:
    """Both tables: `knowledge.agents.roles` and `knowledge.agents.organisations`."""
    return AgentTables(load_roles(knowledge), load_organisations(knowledge))


def load_cached_agents(knowledge: "Knowledge") -> AgentTables:
    """`load_agents`, cached on disk. The user's people and countries shadow built-in organisations of the
    same name (`user_names`), so their files are inputs too, and so is the bundled agents.tsv (its traits
    count beneath the user's copy)."""
    from .cache import load_cached

    inputs = [*knowledge.layers(AGENTS_FILE), data_file(AGENTS_FILE), *knowledge.layers(ORGANISATIONS_FILE),
              *user_name_files(knowledge)]
    return load_cached(knowledge.settings, "agents", inputs, lambda: load_agents(knowledge))


# --- PETRARCH/TABARI dictionaries -------------------------------------------------------------------

# Endings and words of English nouns for people, to tell "official" from "ministry" in imported rows.
_PERSON_ENDINGS = ("er", "or", "ist", "ian", "man", "woman", "person", "ant", "ent", "ee", "ive", "ary", "ess",
                   "ier", "eer", "nik", "crat")
_PERSON_WORDS = frozenset({"official", "chief", "head", "judge", "general", "diplomat", "envoy", "spy", "aide",
                           "cadet", "monk", "priest", "nun", "pope", "bishop", "imam", "mp", "deputy",
                           "delegate", "candidate", "graduate", "child", "boy", "girl", "thief", "marshal",
                           "colonel", "captain", "major", "sergeant", "lieutenant", "admiral", "king", "queen",
                           "prince", "princess", "emir", "sheikh", "mullah", "cleric", "rebel", "militant",
                           "pilot", "chef", "clerk", "mayor", "governor", "senator", "lawyer", "attorney"})
# "[RUSGOV 000507-080507]", "[USAGOV >090120]" (from), "[ATGELI <760201]" (until), "[~COP]"; dates are
# yymmdd, a few yyyymmdd.
_PETRARCH_CODE = re.compile(r"\[~?([A-Z]*)(?P<prefix>~)?(?:\s+(?:>\s*(?P<since>\d{6,8})|<\s*(?P<until>\d{6,8})"
                            r"|(?P<start>\d{6,8})?-(?P<end>\d{6,8})?))?\s*\]")
_MACRO = re.compile(r"^!([A-Z]+)!\s*=\s*(.+)$")


def _words(entry: str) -> str:
    return _SPACES.sub(" ", entry.replace("_", " ")).strip()


def import_petrarch_agents(path: Path) -> list[Agent]:
    """Agents from a PETRARCH/TABARI agents dictionary ("POLICE_OFFICER [~COP]").

    `!PERSON!`-style macros are expanded; a plural is made as PETRARCH's reader does (unless the entry
    gives one in braces; `{}` = no plural), with English -men/-ies endings. Singular forms get kind `person`,
    plurals `group`. Raises KnowledgeError on an unreadable file.
    """
    try:
        lines = path.read_text(encoding="utf-8", errors="replace").splitlines()
    except OSError as error:
        raise KnowledgeError(f"cannot read {path}: {error}") from error
    macros: dict[str, list[str]] = {}
    agents: list[Agent] = []
    for raw in lines:
        line = raw.split("#", 1)[0].strip()
        if not line:
            continue
        macro = _MACRO.match(line)
        if macro:
            macros[macro.group(1)] = [w.strip() for w in macro.group(2).split(",") if w.strip()]
            continue
        line = re.sub(r"\[\s+", "[", line)  # "[ ~COP]": a space the dictionary left inside the brackets
        code = _PETRARCH_CODE.search(line)
        if not code or not code.group(1):
            continue
        head = line[:code.start()]
        plural: str | None = None
        braces = re.search(r"\{([^}]*)\}", head)
        if braces:
            plural = braces.group(1).strip()
            head = head[:braces.start()] + head[braces.end():]
        for phrase in _expand(head.strip(), macros):
            singular = _words(phrase)
            if not singular or any(ch.isdigit() for ch in singular):
                continue
            prefix = code.group("prefix") is not None
            agents.append(Agent(singular.lower(), code.group(1), _singular_kind(singular), prefix))
            plural_form = _words(plural) if plural is not None else _plural(singular)
            if plural_form and plural_form.lower() != singular.lower():
                agents.append(Agent(plural_form.lower(), code.group(1), "group", prefix))
    return agents


def _singular_kind(phrase: str) -> str:
    """`person` when the last word names a person ("police officer", "spokesman"), else `organisation`
    ("security council", "defense industry"): PETRARCH's agents mix both."""
    last = phrase.lower().split()[-1]
    if last.endswith(_PERSON_ENDINGS) or last in _PERSON_WORDS:
        return "person"
    return "organisation"


def _plural(singular: str) -> str:
    """English plural of the last word; "" when the entry already is plural ("ministers", "men")."""
    lower = singular.lower()
    if lower.endswith(("s", "men", "people", "police")):
        return ""
    if lower.endswith("man"):
        return singular[:-3] + "men"
    if lower.endswith("y") and lower[-2:-1] not in ("a", "e", "o", "u"):
        return singular[:-1] + "ies"
    return singular + "s"


def _expand(phrase: str, macros: dict[str, list[str]]) -> list[str]:
    found = re.search(r"!([A-Z]+)!", phrase)
    if not found or found.group(1) not in macros:
        return [phrase.replace("!", "")] if "!" in phrase else [phrase]
    out: list[str] = []
    for value in macros[found.group(1)]:
        # A macro glued to a word ("SPOKES!PERSON!") joins it; one standing alone is a word.
        out.extend(_expand(phrase[:found.start()] + value + phrase[found.end():], macros))
    return out


def _yymmdd(value: str | None) -> str:
    if not value:
        return ""
    if len(value) == 8:
        return f"{value[:4]}-{value[4:6]}-{value[6:8]}"
    year = int(value[:2])
    year += 1900 if year > 30 else 2000
    return f"{year:04d}-{value[2:4]}-{value[4:6]}"


def load_companies(knowledge: "Knowledge") -> Organisations:
    """The companies of the generated organisations layer (Phoenix.International.actors.txt's multinationals,
    coded MNC + country: "Boeing" MNCUSA), as businesses (sector BUS) of their country (w21actors, issue 9). Read
    even while that layer is off (`Settings.generated_organisations`): a name the tagger calls an organisation and
    no hand-written row knows is then at least known to be a company, so that its spokesman or its accusation is
    business, not government. Rows with no name of their own ("MNC") are skipped; a user's organisations.tsv
    replaces this list too, as it replaces every built-in layer."""
    from . import generated_file

    path = generated_file(ORGANISATIONS_FILE)
    if path is None or user_file(ORGANISATIONS_FILE, knowledge.settings) is not None:
        return Organisations(())
    companies: list[Organisation] = []
    for row in read_rows(path, _ORGANISATION_COLUMNS):
        name, code = row["name"], row["code"]
        if not code.startswith("MNC") or not name or name.upper().startswith("MNC"):
            continue
        country = code[3:6] if len(code) >= 6 and knowledge.countries.get(code[3:6]) is not None else None
        # PETRARCH writes names in capitals, and the conversion keeps short ones so ("EXXON"): a name of five
        # letters or more is a word, no acronym, and matches as news writes it ("Exxon")
        name = name.title() if name.isupper() and len(name) >= 5 and name.isalpha() else name
        companies.append(Organisation(name, tuple(row["aliases"]), code, country, "BUS"))
    return Organisations(companies)
