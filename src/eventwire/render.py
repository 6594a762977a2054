"""One stored article with every record marked on its text: `eventwire show` and the web article view.

    view = article_view(store, "nyt-42")        # the text, its marks and records (corrections applied)
    console.print(terminal(view))               # coloured by kind, each mark followed by its codes
    Path("a.html").write_text(html_page(view))  # one self-contained page (no network, no external file)

Marks may nest or overlap (an actor inside a quote, an event trigger inside an actor's mention), so the text
is cut at every mark boundary and each piece carries the marks that cover it. All text goes through an
escaping function before it reaches HTML; records reach the page's script as JSON in a data block whose
`<`, `>` and `&` are escaped, and the script writes them with textContent, never as markup.
"""
from __future__ import annotations

import hashlib
import base64
import json
from dataclasses import dataclass, field
from importlib import resources
from typing import TYPE_CHECKING, Any, Iterable, Mapping, Sequence

from markupsafe import Markup, escape

from .errors import StoreError

if TYPE_CHECKING:
    from rich.console import RenderableType

    from .store import Store

# The kinds of record, in the order a click on a piece of text prefers them, with their colours.
KINDS: Mapping[str, str] = {
    "event": "#c62828", "actor": "#1565c0", "time": "#2e7d32", "place": "#ef6c00", "cue": "#6a1b9a",
    "quote": "#6a1b9a",
}
_TERMINAL_STYLES: Mapping[str, str] = {
    "event": "bold red", "actor": "blue underline", "time": "green", "place": "dark_orange", "cue": "bold magenta",
    "quote": "magenta",
}


@dataclass(frozen=True, slots=True)
class Mark:
    start: int
    end: int
    kind: str  # a key of KINDS
    ref: str  # the id of the record in ArticleView.records
    label: str  # the codes shown after the mark: "ASSAULT 190", "RUSMIL", "2023-09-13"


@dataclass(frozen=True, slots=True)
class ArticleView:
    article_id: str
    title: str | None
    url: str | None
    published: str | None
    text: str
    marks: tuple[Mark, ...]
    records: Mapping[str, Mapping[str, Any]]  # ref -> the fields shown when the record is clicked
    events: tuple[Mapping[str, Any], ...] = field(default=())  # corrected events, in article order


def _span(value: Sequence[int] | None) -> tuple[int, int] | None:
    return (int(value[0]), int(value[1])) if value else None


def article_view(store: "Store", article_id: str) -> ArticleView:
    """The article with its actors, events (corrections applied), quotes, times and places. StoreError if the
    store has no such article."""
    record = store.record(article_id)
    rows = store._query("SELECT title, url, strftime(published, '%Y-%m-%d'), text FROM articles WHERE id = ?",
                        [article_id])
    if record is None or not rows:
        raise StoreError(f"no article {article_id!r} in the store", record=store.path)
    title, url, published, text = rows[0]
    marks: list[Mark] = []
    records: dict[str, dict[str, Any]] = {}
    actor_names = {a["id"]: a["name"] for a in record.get("actors", [])}
    for actor in record.get("actors", []):
        ref = f"actor:{actor['id']}"
        records[ref] = {"kind": "actor", "id": actor["id"], "name": actor["name"], "code": actor.get("code"),
                        "actor kind": actor.get("kind"), "country": actor.get("country"),
                        "sector": actor.get("sector"), "mentions": len(actor.get("mentions", []))}
        for span in actor.get("mentions", []):
            marks.append(Mark(span[0], span[1], "actor", ref, actor.get("code") or actor.get("kind") or ""))
    events = _events(store, article_id)
    for event in events:
        ref = f"event:{event['id']}"
        span = event["trigger"] or event["sentence"]
        label = " ".join(x for x in (event["event"], event["cameo"]) if x)
        sides = " → ".join(x or "?" for x in (event["source"], event["target"]))
        records[ref] = {
            "kind": "event", "id": event["id"], "event": event["event"], "mode": event["mode"],
            "cameo": event["cameo"], "goldstein": event["goldstein"], "quad_class": event["quad_class"],
            "source": event["source"], "target": event["target"],
            "actors": "; ".join(actor_names.get(a, a) for a in event["actors"]),
            "recipients": "; ".join(actor_names.get(a, a) for a in event["recipients"]),
            "date": event["date"], "place": event["place"], "negated": event["negated"],
            "hypothetical": event["hypothetical"], "reported_by": actor_names.get(event["reported_by"]),
            "pattern": event["pattern"], "trigger": event["trigger_text"], "sentence": event["sentence_text"],
            "corrected": event["corrected"], "machine": event["machine"],
        }
        marks.append(Mark(span[0], span[1], "event", ref, f"{label} {sides}" if event["source"] or
                          event["target"] else label))
    for quote in record.get("quotes", []):
        ref = f"quote:{quote['id']}"
        speaker = actor_names.get(quote.get("speaker")) or _cut(text, _span(quote.get("speaker_span")))
        records[ref] = {"kind": "quote", "id": quote["id"], "quote kind": quote.get("kind"), "speaker": speaker,
                        "cue": _cut(text, _span(quote.get("cue"))),
                        "content": " … ".join(text[s[0]:s[1]] for s in quote.get("content", []))}
        for span in quote.get("content", []):
            marks.append(Mark(span[0], span[1], "quote", ref, ""))
        cue = _span(quote.get("cue"))
        if cue:
            marks.append(Mark(cue[0], cue[1], "cue", ref, f"said: {speaker or '?'}"))
    for number, time in enumerate(record.get("times", []), 1):
        ref = f"time:t{number}"
        records[ref] = {"kind": "time", "text": _cut(text, _span(time["span"])), "type": time.get("type"),
                        "value": time.get("value"), "mod": time.get("mod")}
        marks.append(Mark(time["span"][0], time["span"][1], "time", ref, time.get("value") or time.get("type") or ""))
    for place in record.get("places", []):
        ref = f"place:{place['id']}"
        records[ref] = {"kind": "place", "id": place["id"], "name": place.get("name"),
                        "country": place.get("country"), "lat": place.get("lat"), "lon": place.get("lon"),
                        "geonameid": place.get("geonameid"), "feature": place.get("feature")}
        marks.append(Mark(place["span"][0], place["span"][1], "place", ref, place.get("country") or ""))
    marks = [m for m in marks if 0 <= m.start < m.end <= len(text)]
    marks.sort(key=lambda m: (m.start, -m.end, list(KINDS).index(m.kind), m.ref))
    return ArticleView(article_id, title, url, published, text, tuple(marks), records, tuple(events))


def _cut(text: str, span: tuple[int, int] | None) -> str | None:
    return text[span[0]:span[1]] if span else None


def _events(store: "Store", article_id: str) -> list[dict[str, Any]]:
    """The article's events as the queries see them (corrections applied), each with the history of its
    corrections and its machine coding. Wrong events are left out, as everywhere."""
    from .corrections import _qualified, all_corrections, anchor

    names = ("id", "event", "mode", "cameo", "goldstein", "quad_class", "source", "target", "actors",
             "recipients", "date", "place", "sentence", "trigger", "sentence_text", "trigger_text",
             "reported_by", "negated", "hypothetical", "pattern", "machine_event", "machine_cameo")
    rows = store._query(f"""
        SELECT e.event_id, e.event, e.mode, e.cameo, e.goldstein, e.quad_class, e.source, e.target, e.actors,
               e.recipients, e.date_value, e.place, [e.sentence_start, e.sentence_end],
               CASE WHEN e.trigger_start IS NULL THEN NULL ELSE [e.trigger_start, e.trigger_end] END,
               e.sentence_text, e.trigger_text, e.reported_by, e.negated, e.hypothetical, e.pattern,
               raw.event, raw.cameo
        FROM events e JOIN articles art ON art.key = e.article_key
        JOIN {_qualified(store.connection, "events")} raw
          ON raw.article_key = e.article_key AND raw.event_id = e.event_id
        WHERE art.id = ? ORDER BY e.ordinal""", [article_id])
    corrections = [] if store.raw else all_corrections(store, article_id)
    events = []
    for row in rows:
        event = dict(zip(names, row))
        key = anchor(event["sentence_text"], None if event["trigger"] is None
                     else event["trigger"][0] - event["sentence"][0], event["trigger_text"], event["machine_event"])
        event["corrected"] = [
            {"by": c.made_by, "at": c.made_at.isoformat(timespec="seconds"), "why": c.why, "change": _change(c)}
            for c in corrections if anchor(c.sentence_text, c.trigger_offset, c.trigger_text, c.machine_event) == key]
        event["machine"] = f"{event['machine_event']} {event['machine_cameo'] or ''}".strip()
        events.append(event)
    return events


def _change(correction: Any) -> str:
    parts = []
    if correction.event is not None:
        parts.append(f"coded {correction.event} {correction.cameo or ''}".strip())
    for side in ("source", "target"):
        value = getattr(correction, side)
        if value is not None:
            parts.append(f"{side} {value or '(none)'}")
    if correction.wrong is not None:
        parts.append("marked wrong" if correction.wrong else "marked right")
    return ", ".join(parts)


@dataclass(frozen=True, slots=True)
class Piece:
    start: int
    end: int
    marks: tuple[Mark, ...]  # the marks covering the piece
    ending: tuple[Mark, ...]  # the marks that end with it: their labels follow the piece


def pieces(view: ArticleView) -> list[Piece]:
    """The text cut at every mark boundary, each piece with the marks that cover it."""
    cuts = sorted({0, len(view.text), *(m.start for m in view.marks), *(m.end for m in view.marks)})
    result = []
    for start, end in zip(cuts, cuts[1:]):
        covering = tuple(m for m in view.marks if m.start <= start and end <= m.end)
        ending = tuple(m for m in covering if m.end == end and m.label)
        result.append(Piece(start, end, covering, ending))
    return result


def _order(marks: Iterable[Mark]) -> list[Mark]:
    kinds = list(KINDS)
    return sorted(marks, key=lambda m: (kinds.index(m.kind), m.end - m.start, m.ref))


# -- terminal ------------------------------------------------------------------------------------------

def terminal(view: ArticleView) -> "RenderableType":
    """The article for a terminal: the text with every record coloured by kind, its codes after it in
    brackets, then a table of the events with the pattern that coded each."""
    from rich.console import Group
    from rich.table import Table
    from rich.text import Text

    body = Text()
    for piece in pieces(view):
        style = " ".join(_TERMINAL_STYLES[m.kind] for m in reversed(_order(piece.marks)))
        body.append(view.text[piece.start:piece.end], style=style or None)
        for mark in _order(piece.ending):
            body.append(f" [{mark.label}]", style=f"dim {KINDS[mark.kind]}")
    heading = Text(view.title or view.article_id, style="bold")
    meta = Text(" · ".join(x for x in (view.article_id, view.published, view.url) if x), style="dim")
    legend = Text("  ").join(Text(kind, style=_TERMINAL_STYLES[kind]) for kind in KINDS)
    table = Table(title="Events", title_justify="left", header_style="bold", expand=True)
    for title, ratio in (("Id", 0), ("Event", 0), ("Who → whom", 1), ("Trigger", 0), ("Pattern", 1),
                         ("Corrected", 1)):
        table.add_column(title, ratio=ratio or None, overflow="fold")
    for event in view.events:
        table.add_row(event["id"], " ".join(x for x in (event["event"], event["cameo"]) if x),
                      f"{event['source'] or '?'} → {event['target'] or '?'}", event["trigger_text"] or "",
                      event["pattern"] or "",
                      "; ".join(f"{c['change']} by {c['by']}" for c in event["corrected"]))
    return Group(heading, meta, legend, Text(""), body, Text(""), table)


# -- HTML ----------------------------------------------------------------------------------------------

def annotated_html(view: ArticleView) -> Markup:
    """The annotated text as HTML: each piece a <span> whose classes name the kinds covering it and whose
    data-refs name its records; each record's codes follow it in a clickable <sup>."""
    out: list[str] = []
    for piece in pieces(view):
        text = escape(view.text[piece.start:piece.end])
        ordered = _order(piece.marks)
        if not ordered:
            out.append(str(text))
        else:
            classes = " ".join(sorted({f"k-{m.kind}" for m in ordered}))
            refs = " ".join(m.ref for m in ordered)
            out.append(f'<span class="m {classes}" data-refs="{escape(refs)}">{text}</span>')
        for mark in _order(piece.ending):
            out.append(f'<sup class="label k-{mark.kind}" data-refs="{escape(mark.ref)}" tabindex="0">'
                       f'{escape(mark.label)}</sup>')
    return Markup("".join(out))


def records_json(view: ArticleView) -> Markup:
    """The records as JSON safe inside a <script type="application/json"> block: no '<', '>' or '&' in it
    can close the block or start markup."""
    data = json.dumps(view.records, ensure_ascii=False, default=str)  # fields in reading order
    return Markup(data.replace("&", "\\u0026").replace("<", "\\u003c").replace(">", "\\u003e"))


def asset(name: str) -> str:
    """A file of the web package's static folder (shared by the server and the self-contained page)."""
    return resources.files("eventwire.web").joinpath("static", name).read_text(encoding="utf-8")


def html_page(view: ArticleView) -> str:
    """One self-contained HTML page: the stylesheet and script inline, a Content-Security-Policy that allows
    only that script (by its hash) and no network at all."""
    from .web.templating import environment

    script = asset("article.js")
    digest = base64.b64encode(hashlib.sha256(script.encode("utf-8")).digest()).decode("ascii")
    template = environment().get_template("standalone.html")
    return template.render(view=view, text=annotated_html(view), records=records_json(view),
                           style=Markup(asset("style.css")), script=Markup(script), kinds=KINDS,
                           csp=f"default-src 'none'; style-src 'unsafe-inline'; script-src 'sha256-{digest}'")


__all__ = ["ArticleView", "KINDS", "Mark", "Piece", "annotated_html", "article_view", "html_page", "pieces",
           "records_json", "terminal"]
