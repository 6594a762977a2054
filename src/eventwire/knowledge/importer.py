"""Convert a PETRARCH/TABARI dictionary into the tables of a knowledge dir, with a report of what failed.

`import_dictionary(path, kind)` returns the text of each table the dictionary fills, under the file name a
knowledge dir is read by, and a `ConversionReport`:

- actors: people and other actors with dated codes go to `people.tsv` (one row per dated code); entries
  whose codes are all a bare primary code ("ARNOR_ [ARN]", "AMNESTY_INTERNATIONAL [NGM]") are actors in
  their own right and go to `countries.tsv`, with their `+` synonyms as names (and as adjectives where
  they read as one: "+ERIADORIAN"); organisations with a sector after IGO/NGO... stay in `people.tsv`
  like the other coded entries; a name with several bare codes ("LORIEN [ELR/GAL]") stands for several
  actors at once: a countries.tsv row per code, each listing the others in its `joint` column;
- agents: `agents.tsv`;
- verbs: `verb_dictionary.tsv` (see `verbdict`), plus empty `verb_patterns.tsv` and `nominal_events.tsv`
  when not merging, so that the dictionary alone codes events (a knowledge-dir file replaces the built-in
  table of the same name).

With `merge`, the built-in rows of the same table follow the imported ones, so the written file can replace
the built-in table without losing anything; the verb dictionary needs no merging: the hand-written tables
stay in force beside it, and the generated layer is what it replaces.
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date, timedelta
from typing import Callable
from pathlib import Path

from ..errors import KnowledgeError
from . import data_file, read_tsv
from .agents import _PETRARCH_CODE, _words, _yymmdd, import_petrarch_agents

# "[RUSGOV 000507-080507]", "[HOBGOV 19950601 - 19990815]", "[USAGOV >090120]", "[ATGELI <760201]", "[G77]"
_ACTOR_CODE = re.compile(r"\[~?([A-Z0-9]*)(?:\s+(?:>\s*(?P<since>\d{6,8})|<\s*(?P<until>\d{6,8})"
                         r"|(?P<start>\d{6,8})?\s*-\s*(?P<end>\d{6,8})?))?\s*\]")
from .verbdict import ConversionReport, convert_petrarch_verbs, tsv_text

KINDS = ("actors", "agents", "verbs")
PEOPLE_COLUMNS = ("name", "aliases", "country", "sector", "role", "start", "end", "gender")
AGENT_COLUMNS = ("phrase", "sector", "kind")
COUNTRY_COLUMNS = ("iso3", "cameo", "iso2", "name", "names", "adjectives", "capital", "metonyms", "lat", "lon",
                   "geonameid", "joint")
_DEMONYM = re.compile(r"(?:an|ian|ese|ish|i|ic)$", re.IGNORECASE)
_NO_CODE = frozenset({"---", "+++", "###"})


@dataclass(frozen=True)
class Imported:
    files: dict[str, str]  # file name in a knowledge dir -> its text
    report: ConversionReport


def import_dictionary(path: Path, kind: str, *, merge: bool = True) -> Imported:
    if kind not in KINDS:
        raise KnowledgeError(f"unknown dictionary kind {kind!r}: use one of {', '.join(KINDS)}")
    if kind == "verbs":
        rows, report = convert_petrarch_verbs(path)
        files = {"verb_dictionary.tsv": tsv_text(rows, path.name)}
        if not merge:
            for name in ("verb_patterns.tsv", "nominal_events.tsv"):
                files[name] = _empty_table(name)
        return Imported(files, report)
    if kind == "agents":
        return _agents(path, merge)
    return _actors(path, merge)


def _empty_table(name: str) -> str:
    header = next(line for line in data_file(name).read_text(encoding="utf-8").splitlines()
                  if line.strip() and not line.startswith("#"))
    return (f"# Emptied by eventwire import-dictionary --no-merge: the verb dictionary alone codes events.\n"
            f"{header}\n")


def _table(source: Path, columns: tuple[str, ...], rows: list[tuple[str, ...]], name: str, merge: bool) -> str:
    lines = [f"# Converted from {source.name} by eventwire import-dictionary; keep the dictionary's own licence",
             "# notice beside this file.", "\t".join(columns)]
    lines += ["\t".join(cell.replace("\t", " ") for cell in row) for row in rows]
    if merge:
        lines.append(f"# --- eventwire's own {name} ---")
        lines += ["\t".join(row.get(c, "") for c in columns) for _, row in read_tsv(data_file(name))]
    return "\n".join(lines) + "\n"


def _agents(path: Path, merge: bool) -> Imported:
    report = ConversionReport()
    try:
        text = path.read_text(encoding="utf-8", errors="replace")
    except OSError as error:
        raise KnowledgeError(f"cannot read {path}: {error}") from error
    for number, raw in enumerate(text.splitlines(), 1):
        line = raw.split("#", 1)[0].strip()
        if "[" in line and not line.startswith("<"):
            code = line[line.index("["):].replace(" ", "")
            if not _PETRARCH_CODE.search(code):
                report.fail("unreadable code", f"line {number}: {line}")
    seen: set[str] = set()
    rows: list[tuple[str, ...]] = []
    # a role noun eventwire's own table uses as a title before a name ("Prime Minister X") stays a title
    titles = {row.get("phrase", "").strip().lower() for _, row in read_tsv(data_file("agents.tsv"))
              if row.get("kind", "").strip() == "title"}
    for agent in import_petrarch_agents(path):
        if agent.phrase in seen:
            report.fail("phrase already defined (the first entry wins)", agent.phrase)
            continue
        seen.add(agent.phrase)
        kind = "title" if agent.kind == "person" and agent.phrase in titles else agent.kind
        rows.append((agent.phrase, (agent.sector or "") + ("~" if agent.prefix else ""), kind))
        report.ok("agent phrases (singular and plural)" if not agent.prefix else
                  "primary agent phrases (CODE~: before the country)")
    return Imported({"agents.tsv": _table(path, AGENT_COLUMNS, rows, "agents.tsv", merge)}, report)


@dataclass
class _Entry:
    name: str
    aliases: list[str]
    codes: list[tuple[str, str, str]]  # (code, start, end)
    line: int


def _read_actors(path: Path, report: ConversionReport) -> list[_Entry]:
    try:
        lines = path.read_text(encoding="utf-8", errors="replace").splitlines()
    except OSError as error:
        raise KnowledgeError(f"cannot read {path}: {error}") from error
    entries: list[_Entry] = []
    current: _Entry | None = None
    for number, raw in enumerate(lines, 1):
        stripped = raw.split("#", 1)[0].strip()
        if not stripped or stripped.startswith("<"):
            continue
        codes: list[tuple[str, str, str]] = []
        for cell in re.findall(r"\[[^\]]*\]", stripped):
            found = _ACTOR_CODE.fullmatch(cell)
            value = cell[1:-1].strip()
            if found and found.group(1):
                # a range's end day is in it ("950601-990815" includes 15 August); people.tsv's end is the
                # first day out of office, so the day after; "<950601" already is
                end = _day_after(_yymmdd(found.group("end"))) if found.group("end") else _yymmdd(found.group("until"))
                codes.append((found.group(1), _yymmdd(found.group("start") or found.group("since")), end))
            elif value.split()[0].upper() in _NO_CODE if value else True:
                report.fail("no actor code (---, +++, ###)", f"line {number}: {stripped}")
            else:
                slash = re.fullmatch(r"([A-Za-z]{3,})(?:/[A-Za-z]+)+", value)
                if slash:
                    # "[ELR/GAL]": one name for several actors at once, each coded (see `_actors`)
                    codes.extend((code.upper(), "", "") for code in value.split("/"))
                elif re.fullmatch(r"[a-z]{3,}", value):
                    codes.append((value.upper(), "", ""))  # "[pse]": a code written in lower case
                else:
                    report.fail("unreadable code", f"line {number}: {stripped}")
        text = _words(re.sub(r"\[[^\]]*\]", "", stripped).lstrip("+"))
        if stripped.startswith("+"):
            if current is not None and text:
                current.aliases.append(text.title())
        elif text:
            current = _Entry(text.title(), [], codes, number)
            entries.append(current)
        elif current is not None:
            current.codes.extend(codes)
    return entries


def _day_after(day: str) -> str:
    return (date.fromisoformat(day) + timedelta(days=1)).isoformat() if day else day


def _actors(path: Path, merge: bool) -> Imported:
    report = ConversionReport()
    people: list[tuple[str, ...]] = []
    countries: list[tuple[str, ...]] = []
    bare: set[str] = set()
    for entry in _read_actors(path, report):
        if not entry.codes:
            report.fail("entry without a code", f"{entry.name} (line {entry.line})")
            continue
        dated = [c for c in entry.codes if c[1] or c[2]]
        if not dated and len({c[0] for c in entry.codes}) == 1 and len(entry.codes[0][0]) <= 3 and (
                entry.codes[0][0] in bare):
            # a second entry with a code a country already has ("ROMENDACIL [BRE]" after "BREE [BRE]"):
            # one of its people or members, coded with it
            people.append((entry.name, "|".join(entry.aliases), entry.codes[0][0], "", "", "", "", ""))
            report.ok("members of an actor with its bare code (people.tsv)")
            continue
        joint = list(dict.fromkeys(c[0] for c in entry.codes))
        if not dated and len(joint) > 1 and all(len(code) <= 3 for code in joint):
            # "LORIEN [ELR/GAL]", "THE_SHIRE [FRO/BIL/SAM]": the name stands for several actors at once
            # (PETRARCH codes an event for each); one row per code, each naming the others in `joint`
            names = "|".join(dict.fromkeys([entry.name, *entry.aliases]))
            for code in joint:
                bare.add(code)
                countries.append((code, code, "", entry.name, names, "", "", "", "", "", "",
                                  "|".join(c for c in joint if c != code)))
            report.ok("names of several actors at once ([A/B]: countries.tsv, a row per code)")
            continue
        if not dated and len({c[0] for c in entry.codes}) == 1 and len(entry.codes[0][0]) <= 3:
            bare.add(entry.codes[0][0])
            code = entry.codes[0][0]
            names = "|".join(dict.fromkeys([entry.name, *entry.aliases]))
            adjectives = "|".join(a for a in entry.aliases if _DEMONYM.search(a) and " " not in a)
            countries.append((code[:3], code, "", entry.name, names, adjectives, "", "", "", "", "", ""))
            report.ok("actors with a bare code (countries.tsv)")
            continue
        # PETRARCH reads an undated code as the fallback when no dated one applies: it follows the dated rows,
        # and people.tsv's lookup prefers a role with a start date over one without
        for code, start, end in dated + [c for c in entry.codes if c not in dated]:
            if start and end and end < start:
                report.fail("a role that ends before it starts", f"{entry.name} [{code} {start}-{end}]")
                continue
            country, sector = (code[:3], code[3:]) if len(code) > 3 else (code, "")
            # "THE_GREY_CHANCERY": the name is also written without its article
            aliases = [*entry.aliases, *([entry.name[4:]] if entry.name.lower().startswith("the ") else [])]
            people.append((entry.name, "|".join(aliases), country, sector, "", start, end, ""))
            report.ok("dated or sector codes (people.tsv)")
    files = {"people.tsv": _table(path, PEOPLE_COLUMNS, people, "people.tsv", merge)}
    if countries:
        files["countries.tsv"] = _table(path, COUNTRY_COLUMNS, countries, "countries.tsv", merge)
    return Imported(files, report)



# --- the built-in generated layer ---------------------------------------------------------------------

ORGANISATION_COLUMNS = ("name", "aliases", "code", "country", "sector")


def actor_layer(paths: list[Path], country_codes: set[str], country_names: frozenset[str] = frozenset(),
                is_place: Callable[[str], bool] = lambda name: False, sectors: frozenset[str] = frozenset()
                ) -> tuple[list[tuple[str, ...]], list[tuple[str, ...]], ConversionReport]:
    """People and organisations for `data/generated/` from actor dictionaries such as Phoenix's.

    An entry with dated codes is an office-holder: one people.tsv row per dated code. An entry with one
    undated code of more than three letters is an organisation ("AL_QAEDA [IMGMOSALQ]", "ETA [ESPSEP]"):
    its country is the code's first three letters when `country_codes` knows them. A bare country code
    ("RUSSIA_ [RUS]", with place names as synonyms) is left to countries.tsv, which is built from ISO 3166;
    so is an entry named like a country or its seat of government (`country_names`, lower case: "Kremlin"),
    which the actors stage reads as that country's government. An organisation named like a place
    (`is_place`: "Gaza", coded as a region) is the places stage's. A one-word name of up to five letters
    is an acronym ("NATO", "IAEA") and keeps its capitals, so that it matches only as written. A three-letter
    code that is a CAMEO actor type (`sectors`: "REUTERS [MED]", "OPCW [IGO]", a former office-holder's
    "[ELI]") is no country: a news outlet is a MED organisation, an office-holder keeps the dated roles.
    """
    report = ConversionReport()
    people: list[tuple[str, ...]] = []
    organisations: list[tuple[str, ...]] = []
    for path in paths:
        for entry in _read_actors(path, report):
            dated = [c for c in entry.codes if c[1] or c[2]]
            codes = {c[0] for c in entry.codes}
            if {n.lower() for n in (entry.name, *entry.aliases)} & country_names:
                report.fail("named like a country or its seat of government (countries.tsv's)", entry.name)
            elif any(len(code) <= 3 and code not in sectors for code in codes):
                # a country or territory, dated when it changed ("GEORGIA_ [SUN <911225] [GEO]"), with place
                # names as synonyms: countries.tsv (ISO 3166) is the table for those
                report.fail("a bare country code (countries.tsv is built from ISO 3166)", entry.name)
            elif dated:
                for code, start, end in dated:
                    if start and end and end < start:
                        report.fail("a role that ends before it starts", f"{entry.name} [{code} {start}-{end}]")
                        continue
                    country, sector = (code[:3], code[3:]) if len(code) > 3 else (code, "")
                    people.append((entry.name, "|".join(entry.aliases), country, sector, "", start, end, ""))
                    report.ok("dated roles (people.tsv)")
            elif len(codes) != 1:
                report.fail("several undated codes and no dated one", f"{entry.name} ({path.name}:{entry.line})")
            elif is_place(entry.name):
                report.fail("an organisation named like a place (the places stage's)", entry.name)
            else:
                code = next(iter(codes))
                country = code[:3] if code[:3] in country_codes else ""
                names = [_acronym(n) for n in (entry.name, *entry.aliases)]
                organisations.append((names[0], "|".join(names[1:]), code, country, ""))
    return people, _unambiguous(organisations, report), report


def _acronym(name: str) -> str:
    return name.upper() if " " not in name and len(name.replace(".", "")) <= 5 else name


def _unambiguous(organisations: list[tuple[str, ...]], report: ConversionReport) -> list[tuple[str, ...]]:
    """Organisations without the names several of them share: a generic name ("Interior Ministry",
    "Supreme Court") listed under many countries would otherwise go to whichever came first."""
    codes: dict[str, set[str]] = {}
    for name, aliases, code, *_ in organisations:
        for each in (name, *aliases.split("|")):
            if each:
                codes.setdefault(each.lower(), set()).add(code)
    shared = {name for name, found in codes.items() if len(found) > 1}
    kept: list[tuple[str, ...]] = []
    for row in organisations:
        names = [n for n in (row[0], *row[1].split("|")) if n and n.lower() not in shared]
        if not names:
            report.fail("a name other organisations share, with other codes", f"{row[0]} [{row[2]}]")
            continue
        kept.append((names[0], "|".join(names[1:]), *row[2:]))
        report.ok("organisations (organisations.tsv)")
    return kept
